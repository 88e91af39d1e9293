// The roster CLI end to end: a child process on temporary files.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCreators } from "./eval/synthetic.ts";

const dir = mkdtempSync(join(tmpdir(), "match-cli-"));
const roster = join(dir, "roster.jsonl");
const records = generateCreators(300, 5);
const lines = records.map((r, i) => JSON.stringify(i === 3 ? { ...r, id: 12345 } : r));
lines.splice(10, 0, "{broken");
lines.splice(
  20,
  0,
  JSON.stringify({ id: "x", platform: "youtube", videos: [{ publishedAt: "soon", views: 1 }] }),
);
writeFileSync(roster, `${lines.join("\n")}\n`);
const campaign = join(dir, "campaign.json");
writeFileSync(
  campaign,
  JSON.stringify({
    title: "Test",
    category: "food",
    platforms: ["youtube", "instagram"],
    budget: 20_000_000,
    currency: "KRW",
    targetAudience: { ageRanges: ["25-34"], genders: [], countries: ["KR"], regions: [] },
  }),
);

function run(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/matching/match.ts", ...args], {
    encoding: "utf8",
    timeout: 120_000,
    // --top 300 --json with each result's explanation facts is over spawnSync's 1 MiB default
    maxBuffer: 16 * 1024 * 1024,
  });
}

describe("npm run match", () => {
  it("--json: pure JSON on stdout, counts and bad lines on stderr", () => {
    const r = run("--creators", roster, "--campaign", campaign, "--top", "5", "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["results", "roster", "sort", "total"]);
    expect(out.roster).toEqual({
      read: 302,
      used: 300,
      rejected: 2,
      normalised: out.roster.normalised,
      rejectedLines: [11, 21],
    });
    expect(out.sort).toBe("score");
    expect(out.results).toHaveLength(5);
    for (let k = 1; k < 5; k++)
      expect(out.results[k - 1].score).toBeGreaterThanOrEqual(out.results[k].score);
    expect(r.stderr).toContain(`${roster}:11: not valid JSON`);
    expect(r.stderr).toContain(`${roster}:21: videos.0.publishedAt`);
    expect(r.stderr).toContain("302 lines read, 300 creators used, 2 rejected");
  }, 120_000);

  it("--strict: the ranking is printed, but rejected lines make the exit code 2", () => {
    const r = run("--creators", roster, "--campaign", campaign, "--top", "3", "--json", "--strict");
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).results).toHaveLength(3);
    expect(r.stderr).toContain("2 lines rejected (--strict): exit 2");
  }, 120_000);

  it("--sort value: ordered by target views per won, every row says what it costs", () => {
    const r = run(
      "--creators",
      roster,
      "--campaign",
      campaign,
      "--top",
      "5",
      "--json",
      "--sort",
      "value",
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sort).toBe("value");
    const v = out.results.map((x: { value: { targetViewsPerMillion: number } }) => x.value);
    for (let k = 1; k < v.length; k++)
      expect(v[k - 1].targetViewsPerMillion).toBeGreaterThanOrEqual(v[k].targetViewsPerMillion);
  }, 120_000);

  it("echoes the roster's own ids, numbers included", () => {
    const r = run(
      "--creators",
      roster,
      "--campaign",
      campaign,
      "--top",
      "300",
      "--json",
      "--now",
      "2026-11-01T00:00:00Z",
    );
    const ids = JSON.parse(r.stdout).results.map((x: { id: unknown }) => x.id);
    expect(ids).toContain(12345);
    expect(new Set(ids).size).toBe(ids.length);
  }, 120_000);

  it("a malformed campaign is a clear error", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ category: "food", budget: -3 }));
    const r = run("--creators", roster, "--campaign", bad, "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("is not a valid campaign: budget: the budget must be above 0");
    writeFileSync(bad, "{");
    expect(run("--creators", roster, "--campaign", bad).stderr).toContain("is not valid JSON");
  }, 120_000);

  it("prints a readable table without --json", () => {
    const r = run("--creators", roster, "--campaign", campaign, "--top", "3");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/#\s+id\s+channel\s+platform\s+score/);
    expect(r.stdout).not.toContain("target views per 1M");
    expect(r.stdout).toContain("300 creators used");
    const value = run(
      "--creators",
      roster,
      "--campaign",
      campaign,
      "--top",
      "3",
      "--sort",
      "value",
    );
    expect(value.stdout).toMatch(/views \(80%\)\s+target views per 1M\s+risks/);
  }, 120_000);
});
