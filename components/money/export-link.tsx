// A CSV download of a settlement table, scoped on the server to whoever clicks it.
export function ExportLink({ table }: { table: "settlements" | "statements" }) {
  return (
    <a
      className="text-sm font-medium text-blue-700 hover:underline"
      href={`/api/v1/settlements/export?table=${table}`}
    >
      Export CSV
    </a>
  );
}
