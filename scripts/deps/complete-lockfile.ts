// npm run deps:complete-lockfile — run after every `npm install` that changes dependencies.
//
// Why: the registry mirror our machines reach holds only the platform binaries that
// have been installed here (linux-x64), so `npm install` silently leaves the other
// platforms' optional packages (@next/swc-darwin-arm64, @rollup/rollup-win32-x64-msvc,
// ...) out of package-lock.json, and `npm ci` then refuses the lock file as out of
// sync. This adds those entries back with the os / cpu / libc that their names
// declare, exactly as a lock file written against the full registry has them; npm ci
// skips them on every platform they are not for, without fetching anything.
import { readFileSync, writeFileSync } from "node:fs";

type LockEntry = {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
};
export type Lock = { packages: Record<string, LockEntry> };

const OS = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "openbsd",
  "openharmony",
  "netbsd",
  "sunos",
  "aix",
  "win32",
];
const CPU = [
  "arm64",
  "arm",
  "x64",
  "ia32",
  "loong64",
  "ppc64",
  "riscv64",
  "s390x",
  "mips64el",
  "wasm32",
];

export function platformOf(name: string): Pick<LockEntry, "os" | "cpu" | "libc"> | null {
  const parts = name.split("/").pop()!.split("-");
  const os = parts.find((p) => OS.includes(p)) ?? (parts.includes("win32") ? "win32" : undefined);
  const cpu = parts.find((p) => CPU.includes(p)) ?? (parts.includes("wasi") ? "wasm32" : undefined);
  if (!os && !cpu) return null;
  const libc = parts.some((p) => p.startsWith("musl"))
    ? ["musl"]
    : parts.includes("gnu") || parts.some((p) => p.startsWith("gnueabi"))
      ? ["glibc"]
      : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc } : {}) };
}

/** Optional platform packages the lock file names but has no entry for. */
export function missingOptionalPackages(
  lock: Lock,
): { name: string; version: string; entry: LockEntry }[] {
  const missing = new Map<string, { name: string; version: string; entry: LockEntry }>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      // npm resolves a dependency next to its dependent first, then at the top.
      const nested = `${path ? `${path}/` : ""}node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
      const platform = platformOf(name);
      if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) continue;
      missing.set(name, {
        name,
        version: spec,
        entry: { version: spec, optional: true, ...platform },
      });
    }
  }
  return [...missing.values()];
}

function main() {
  const file = process.argv[2] ?? "package-lock.json";
  const lock = JSON.parse(readFileSync(file, "utf8")) as Lock;
  const missing = missingOptionalPackages(lock);
  for (const m of missing) lock.packages[`node_modules/${m.name}`] = m.entry;
  const added = missing.length;
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0,
    ),
  );
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`added ${added} platform-specific optional packages to ${file}`);
}

if (process.argv[1]?.endsWith("complete-lockfile.ts")) main();
