// The CLIs' arguments: node's util.parseArgs, strict, plus the two things every one of
// them does alike. `--help` / `-h` prints the usage and exits 0; an argument parseArgs
// refuses (an unknown option, a missing value) exits 1 with its message and the usage.
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function readCliArgs<const O extends Options, const P extends boolean = false>(
  argv: string[],
  usage: string,
  options: O,
  allowPositionals?: P,
) {
  const config = {
    args: argv,
    options: { ...options, help: { type: "boolean", short: "h", default: false } },
    strict: true,
    allowPositionals: (allowPositionals ?? false) as P,
  } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    process.exit(1);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** A refused value: its message and the usage on stderr, exit 1. */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}
