"use client";
// Why the engine scored a creator as it did, in the reader's language: one line per
// reason with its clauses beneath. Matches proposed before the engine wrote facts
// have only the English sentences: they are shown as they are, marked lang="en".
import type { Fact, FactParams } from "@/lib/matching/engine/facts";
import { useFactText } from "./use-fact-text";

const LIST = "mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700";

export function Explanation({
  facts,
  english,
}: {
  facts: Fact[] | null | undefined;
  english: string[];
}) {
  const text = useFactText();
  const lines = facts?.map((f) => ({ f, line: text.fact(f) }));
  if (!lines || lines.some((l) => l.line === null)) {
    return (
      <ul lang="en" className={LIST}>
        {english.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    );
  }
  return (
    <ul className={LIST}>
      {lines.map(({ f, line }, i) => (
        <li key={i}>
          {line}
          <Details facts={f.details} />
        </li>
      ))}
    </ul>
  );
}

function Details({ facts }: { facts: Fact[] | undefined }) {
  const text = useFactText();
  if (!facts?.length) return null;
  return (
    <ul className="mt-1 list-[circle] space-y-0.5 pl-5">
      {facts.map((d, i) => {
        const line = text.fact(d);
        return line === null ? null : <li key={i}>{line}</li>;
      })}
    </ul>
  );
}

/** One risk's sentence (and its audience-quality signals); English when stored without params. */
export function RiskText({
  risk,
}: {
  risk: { code: string; message: string; params?: FactParams; details?: Fact[] };
}) {
  const text = useFactText();
  const line = text.risk(risk);
  if (line === null) return <span lang="en">{risk.message}</span>;
  return (
    <>
      <span>{line}</span>
      <Details facts={risk.details} />
    </>
  );
}
