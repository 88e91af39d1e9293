// npm run gen:avazu -- --rows N [--out file.csv|file.csv.gz|-] [--malformed 0.001]
//                      [--seed 2014] [--days 10] [--ids float|int]
// Writes a realistic Avazu-shaped log (lib/adstats/generator/generate.ts), to stdout by default.
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { runScript } from "../lib/run-script.ts";
import { writeAvazuFile } from "../../lib/adstats/generator/write-generated.ts";

const USAGE =
  "usage: npm run gen:avazu -- --rows N [--out FILE|-] [--malformed SHARE] [--seed N] [--days N] [--ids float|int]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string" },
      out: { type: "string", default: "-" },
      malformed: { type: "string", default: "0" },
      seed: { type: "string", default: "2014" },
      days: { type: "string", default: "10" },
      ids: { type: "string", default: "float" },
    },
  });
  const rows = Number(values.rows?.replace(/_/g, ""));
  const malformed = Number(values.malformed);
  const seed = Number(values.seed);
  const days = Number(values.days);
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(`--rows needs a positive integer\n${USAGE}`);
  if (!(malformed >= 0 && malformed <= 1))
    throw new Error(`--malformed is a share in [0, 1]\n${USAGE}`);
  if (!Number.isInteger(days) || days < 1 || days > 366)
    throw new Error(`--days in 1..366\n${USAGE}`);
  if (values.ids !== "float" && values.ids !== "int") throw new Error(`--ids float|int\n${USAGE}`);
  const out = values.out === "-" ? process.stdout : createWriteStream(values.out!);
  await writeAvazuFile(out, {
    rows,
    malformed,
    seed,
    days,
    idFormat: values.ids,
    gzip: values.out!.endsWith(".gz"),
  });
  if (values.out !== "-")
    console.error(`wrote ${rows.toLocaleString("en-US")} rows to ${values.out}`);
  return 0;
}

runScript(main);
