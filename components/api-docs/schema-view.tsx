// A JSON Schema as a readable outline: each property with its type, whether it is
// required, its limits and description; references link to the component they name.
import { useTranslations } from "next-intl";
import type { JsonSchema } from "./types";

const LIMITS = [
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "minItems",
  "maxItems",
  "pattern",
  "format",
];

export function typeLabel(s: JsonSchema): string {
  if (typeof s.$ref === "string") return s.$ref.split("/").pop()!;
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if ("const" in s) return JSON.stringify(s.const);
  const alts = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (alts) return alts.map(typeLabel).join(" | ");
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type as string | undefined);
  if (type === "array" && s.items) return `${typeLabel(s.items as JsonSchema)}[]`;
  return type ?? "any";
}

export function SchemaView({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const t = useTranslations("apiDocs");
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  const items = schema.items as JsonSchema | undefined;
  if (!props && items?.properties) return <SchemaView schema={items} depth={depth} />;
  const alts = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (!props && alts?.some((a) => a.properties)) {
    return (
      <div className="space-y-2">
        {alts.map((a, i) => (
          <div key={i}>
            <p className="text-xs text-slate-500">{i === 0 ? t("oneOf") : t("or")}</p>
            <SchemaView schema={a} depth={depth} />
          </div>
        ))}
      </div>
    );
  }
  if (!props) return <code className="text-xs">{typeLabel(schema)}</code>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return (
    <ul className={`space-y-1 text-xs ${depth ? "ml-3 border-l border-slate-200 pl-3" : ""}`}>
      {Object.entries(props).map(([name, p]) => {
        const limits = LIMITS.filter((k) => k in p).map(
          (k) => `${k}: ${String(p[k]).slice(0, 60)}`,
        );
        const nested =
          (p.properties || (p.items as JsonSchema | undefined)?.properties) && depth < 3;
        return (
          <li key={name} className="break-words">
            <code className="font-semibold text-slate-900">{name}</code>{" "}
            <code className="text-violet-700">{typeLabel(p)}</code>
            {required.has(name) ? <span className="ml-1 text-red-700">{t("required")}</span> : null}
            {limits.length ? (
              // JSON Schema keywords (minLength: 1): the format's own words
              <span translate="no" className="ml-1 text-slate-500">
                ({limits.join(", ")})
              </span>
            ) : null}
            {typeof p.description === "string" ? (
              <span lang="en" className="ml-1 text-slate-600">
                — {p.description}
              </span>
            ) : null}
            {nested ? <SchemaView schema={p} depth={depth + 1} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
