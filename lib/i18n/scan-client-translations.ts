// Which message namespaces the browser needs (checked by i18n/client-messages.test.ts).
// The browser gets only CLIENT_MESSAGE_NAMESPACES (components/i18n/client-messages-*.ts),
// so a client component reading any other namespace would render raw keys. This finds every
// useTranslations / useMessages call and whether its module can run in the browser: a
// "use client" file or anything it imports, transitively, up to a "use server" module.
// Static text analysis, not a bundler: it follows the project's own imports ("@/..." and
// relative), and a type-only import brings no code along.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** One call of next-intl's useTranslations / useMessages in the project's source. */
export type IntlCall = {
  /** Path relative to the root. */
  module: string;
  hook: "useTranslations" | "useMessages";
  /** The string-literal namespace; undefined when absent or not a literal. */
  namespace: string | undefined;
  /** The argument as written, for messages. */
  argument: string;
  /** Whether the module can run in the browser. */
  client: boolean;
};

const SOURCE_DIRS = ["app", "components", "lib"];
const EXTENSIONS = [".tsx", ".ts"];
// A directive is the first statement; comments may precede it.
const directive = (name: string) =>
  new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*["']${name}["']`);
const USE_CLIENT = directive("use client");
// A "use server" module imported by a client one ships only a reference to its actions.
const USE_SERVER = directive("use server");
// `import x from "y"`, `export { x } from "y"`, side-effect `import "y"`, `import("y")`.
// Whole-statement `import type` / `export type` carry no code and are skipped.
const STATIC_IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(type\s)?[^;'"]*?from\s*["']([^"']+)["']/g;
const BARE_IMPORT = /(?:^|[\n;])\s*import\s*["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
const INTL_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["'](?:next-intl|use-intl)["']/g;

function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== "node_modules" && name !== "generated") walk(full);
      } else if (EXTENSIONS.some((e) => name.endsWith(e)) && !/\.test\.tsx?$/.test(name)) {
        out.push(full);
      }
    }
  };
  for (const d of SOURCE_DIRS) if (existsSync(path.join(root, d))) walk(path.join(root, d));
  return out;
}

function resolveImport(root: string, from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith("./") || spec.startsWith("../"))
    base = path.join(path.dirname(from), spec);
  else return undefined; // a package: not ours to scan
  const candidates = [base, ...EXTENSIONS.map((e) => base + e)];
  candidates.push(...EXTENSIONS.map((e) => path.join(base, `index${e}`)));
  return candidates.find((c) => EXTENSIONS.some((e) => c.endsWith(e)) && existsSync(c));
}

function importsOf(root: string, file: string, src: string): string[] {
  const specs: string[] = [];
  for (const m of src.matchAll(STATIC_IMPORT)) if (!m[1]) specs.push(m[2]!);
  for (const m of src.matchAll(BARE_IMPORT)) specs.push(m[1]!);
  for (const m of src.matchAll(DYNAMIC_IMPORT)) specs.push(m[1]!);
  return specs.flatMap((s) => resolveImport(root, file, s) ?? []);
}

/** Local names of next-intl's hooks in a module: `{ useTranslations as t }` -> t. */
function intlHooks(src: string): Map<string, IntlCall["hook"]> {
  const local = new Map<string, IntlCall["hook"]>();
  for (const m of src.matchAll(INTL_IMPORT)) {
    for (const part of m[1]!.split(",")) {
      const [name, alias] = part
        .replace(/^\s*type\s+/, "")
        .trim()
        .split(/\s+as\s+/);
      if (name === "useTranslations" || name === "useMessages") local.set(alias ?? name!, name);
    }
  }
  return local;
}

// A call mentioned in a comment is not a call. (`//` after a colon is a URL, not a comment.)
function withoutComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/[^\n]*/g, "$1");
}

/** Modules a "use client" file brings into the browser, itself included. */
function clientModules(root: string, sources: Map<string, string>): Set<string> {
  const queue = [...sources].filter(([, src]) => USE_CLIENT.test(src)).map(([f]) => f);
  const reached = new Set(queue);
  while (queue.length) {
    const file = queue.pop()!;
    for (const dep of importsOf(root, file, sources.get(file) ?? readFileSync(file, "utf8"))) {
      if (reached.has(dep) || USE_SERVER.test(sources.get(dep) ?? readFileSync(dep, "utf8")))
        continue;
      reached.add(dep);
      queue.push(dep);
    }
  }
  return reached;
}

/** Every useTranslations / useMessages call under app/, components/ and lib/. */
export function scanIntlCalls(root: string): IntlCall[] {
  const sources = new Map(sourceFiles(root).map((f) => [f, readFileSync(f, "utf8")]));
  const client = clientModules(root, sources);
  const calls: IntlCall[] = [];
  for (const [file, raw] of sources) {
    const src = withoutComments(raw);
    for (const [alias, hook] of intlHooks(src)) {
      for (const call of src.matchAll(new RegExp(`\\b${alias}\\s*\\(([^)]*)\\)`, "g"))) {
        const argument = call[1]!.trim();
        calls.push({
          module: path.relative(root, file),
          hook,
          namespace: /^(["'])([\w.-]+)\1$/.exec(argument)?.[2],
          argument,
          client: client.has(file),
        });
      }
    }
  }
  return calls.sort((a, b) => a.module.localeCompare(b.module));
}
