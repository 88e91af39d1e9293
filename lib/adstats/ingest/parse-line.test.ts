import { describe, expect, it } from "vitest";
import { AVAZU_HEADER } from "../columns.ts";
import { parseAvazuHour } from "../hour.ts";
import { lineHash, writeHashValue } from "./line-hash.ts";
import { LineSplitter } from "./line-splitter.ts";
import { parseAvazuLine, scanAvazuBytes } from "./parse-line.ts";

const GOOD =
  "1.4199688212321208e+19,0,14102101,1005,0,12fb4121,6b59f079,f028772b,ecad2386,7801e8d9,07d7df22,a99f214a,183586aa,8bfcd3c6,1,0,20970,320,50,2372,0,813,-1,46";

const withField = (i: number, v: string) => {
  const f = GOOD.split(",");
  f[i] = v;
  return f.join(",");
};

describe("parseAvazuLine", () => {
  it("reads a good line's hash, hour, click and rollup dimensions", () => {
    const p = parseAvazuLine(GOOD);
    expect(p).toEqual({
      ok: true,
      hash: lineHash(GOOD),
      epochHour: Date.UTC(2014, 9, 21, 1) / 1000,
      click: 0,
      deviceType: 1,
      deviceConnType: 0,
      bannerPos: 0,
      siteCategory: "f028772b",
      appCategory: "07d7df22",
      siteId: "12fb4121",
      appId: "ecad2386",
    });
  });

  it("accepts integer ids and the float notation pandas writes", () => {
    expect(parseAvazuLine(withField(0, "10000174058809263569")).ok).toBe(true);
    expect(parseAvazuLine(withField(0, "1e+19")).ok).toBe(true);
    expect(parseAvazuLine(withField(0, "1.5")).ok).toBe(true);
  });

  it.each([
    [GOOD.split(",").slice(0, 23).join(","), "expected 24 columns, found 23"],
    [GOOD + ",x", "expected 24 columns, found 25"],
    [withField(0, "abc"), 'id must be an integer or a float, found "abc"'],
    [withField(0, ""), 'id must be an integer or a float, found ""'],
    [withField(1, "2"), 'click must be 0 or 1, found "2"'],
    [withField(1, "01"), 'click must be 0 or 1, found "01"'],
    [withField(2, "14102124"), 'hour must be a valid YYMMDDHH, found "14102124"'],
    [withField(2, "14023100"), 'hour must be a valid YYMMDDHH, found "14023100"'],
    [withField(2, "1410210"), 'hour must be a valid YYMMDDHH, found "1410210"'],
    [withField(16, "12x4"), 'C14 must be an integer, found "12x4"'],
    [withField(16, "99999999999"), 'C14 must be an integer, found "99999999999"'],
    [withField(4, "40000"), 'banner_pos must be an integer, found "40000"'],
    [withField(22, "-"), 'C20 must be an integer, found "-"'],
    [withField(5, ""), 'site_id must be 1-64 characters, found ""'],
    [withField(5, "a\tb"), "line contains control character 9"],
    [withField(5, '"x"'), "line contains a quote"],
    [withField(5, "a\\b"), "line contains a backslash"],
    [withField(5, "a\u007fb"), "line contains control character 127"],
    // invalid UTF-8 as decoded, or a NUL as a dead letter's stored text holds it
    [withField(7, "caf\ufffd"), "line contains bytes that are not UTF-8 (or a NUL byte)"],
  ])("rejects %j: %s", (line, reason) => {
    expect(parseAvazuLine(line)).toEqual({ ok: false, reason });
  });

  it("accepts negative integers within range", () => {
    expect(parseAvazuLine(withField(22, "-2147483648")).ok).toBe(true);
    expect(parseAvazuLine(withField(22, "-2147483649")).ok).toBe(false);
  });
});

describe("parseAvazuHour", () => {
  it("reads YYMMDDHH as UTC and refuses impossible dates", () => {
    expect(parseAvazuHour("14102123")).toBe(Date.UTC(2014, 9, 21, 23) / 1000);
    expect(parseAvazuHour("16022912")).toBe(Date.UTC(2016, 1, 29, 12) / 1000);
    expect(parseAvazuHour("15022912")).toBe(-1);
    expect(parseAvazuHour("14130100")).toBe(-1);
    expect(parseAvazuHour("1410210a")).toBe(-1);
  });
});

describe("lineHash", () => {
  it("is a positive 63-bit decimal that changes with any character", () => {
    const h = lineHash(GOOD);
    expect(h).toMatch(/^\d{1,19}$/);
    expect(BigInt(h) < 2n ** 63n).toBe(true);
    expect(lineHash(withField(1, "1"))).not.toBe(h);
    expect(lineHash(GOOD)).toBe(h);
  });

  // Stored segment keys hash these digits: a change here would make every earlier
  // import's rows look new to a re-import. Values of the first implementation.
  it("gives the values it always gave (zero-padded low digits included)", () => {
    expect(lineHash(GOOD)).toBe("1532719166206348976");
    expect(lineHash("a")).toBe("3055718843540740968");
    expect(lineHash("")).toBe("3116064382828069416");
    expect(lineHash("x".repeat(4096))).toBe("7099927805988996389");
  });

  it("prints the 63-bit value in decimal as BigInt does, at every length", () => {
    const buf = Buffer.alloc(20);
    const pairs: [number, number][] = [
      [0, 0],
      [0, 999_999],
      [0, 1_000_000],
      [0, 2 ** 32 - 1],
      [1, 0],
      [23_283, 2 ** 32 - 1], // just below 10^14: no digits above the last fourteen
      [23_284, 0],
      [2 ** 31 - 1, 2 ** 32 - 1],
    ];
    for (let i = 0; i < 2000; i++) {
      pairs.push([Math.floor(Math.random() * 2 ** (i % 32)), Math.floor(Math.random() * 2 ** 32)]);
    }
    for (const [a, b] of pairs) {
      const end = writeHashValue(buf, 0, a, b);
      expect(buf.toString("latin1", 0, end)).toBe(((BigInt(a) << 32n) + BigInt(b)).toString());
    }
  });

  it("has no collisions among 20,000 lines that differ in one field", () => {
    const [head, tail] = [
      GOOD.slice(0, GOOD.indexOf("183586aa")),
      GOOD.slice(GOOD.indexOf("183586aa") + 8),
    ];
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(lineHash(head + i.toString(16) + tail));
    expect(seen.size).toBe(20_000);
  });
});

describe("an empty last field", () => {
  // the field's first unit lies past the line, where the string path's scratch array
  // and the splitter's reused buffer hold what an earlier line left: a "-" there once
  // read as "-0"
  const empty = GOOD.slice(0, GOOD.lastIndexOf(",") + 1);
  const reason = 'C21 must be an integer, found ""';

  it("is refused after a line that ended in a minus, as a string", () => {
    expect(parseAvazuLine(GOOD.slice(0, GOOD.lastIndexOf(",")) + ",-").ok).toBe(false);
    expect(parseAvazuLine(`${GOOD.slice(0, GOOD.lastIndexOf(","))},-7`).ok).toBe(true);
    expect(parseAvazuLine(empty)).toEqual({ ok: false, reason });
  });

  it("is refused when its bytes are followed by a minus", () => {
    const bytes = Buffer.from(`${empty}-1`);
    expect(scanAvazuBytes(bytes, 0, empty.length)).toBe(reason);
  });
});

describe("LineSplitter", () => {
  /** Lines as [text, line number, oversized, handed over as bytes]. */
  const split = (chunks: (string | Buffer)[], max = 100) => {
    const out: [string, number, boolean, boolean][] = [];
    const s = new LineSplitter(
      {
        bytes: (b, from, to, n) => out.push([b.toString("utf8", from, to), n, false, true]),
        text: (l, n, o) => out.push([l, n, o, false]),
      },
      max,
    );
    for (const c of chunks) s.push(typeof c === "string" ? Buffer.from(c) : c);
    s.end();
    return out;
  };

  it("splits across chunk borders, strips CR, numbers lines, keeps a last line without a break", () => {
    expect(split([`${AVAZU_HEADER.slice(0, 5)}`, "\r\nab", "c\r\n\r\nlast"], 1000)).toEqual([
      [AVAZU_HEADER.slice(0, 5), 1, false, true],
      ["abc", 2, false, true],
      ["", 3, false, true],
      ["last", 4, false, true],
    ]);
  });

  it("does not report an empty line after the final break", () => {
    expect(split(["a\nb\n"])).toEqual([
      ["a", 1, false, true],
      ["b", 2, false, true],
    ]);
  });

  it("cuts off an over-long line instead of buffering it", () => {
    const out = split(["x".repeat(60), "y".repeat(60), "z".repeat(600), "\nok\n"], 100);
    expect(out).toEqual([
      ["x".repeat(60) + "y".repeat(40), 1, true, false],
      ["ok", 2, false, true],
    ]);
  });

  it("counts a line's length in characters, not bytes, and a character split across chunks whole", () => {
    const korean = Buffer.from("가".repeat(50)); // 150 bytes, 50 characters
    const out = split(
      [korean.subarray(0, 100), korean.subarray(100), "\r\n", "é".repeat(101)],
      100,
    );
    expect(out).toEqual([
      ["가".repeat(50), 1, false, false],
      ["é".repeat(100), 2, true, false],
    ]);
  });

  it("keeps the CR of a line that is one character too long with it, as before", () => {
    expect(split(["a".repeat(100) + "\r\n"], 100)).toEqual([["a".repeat(100), 1, true, false]]);
    expect(split(["a".repeat(99) + "\r\n"], 100)).toEqual([["a".repeat(99), 1, false, true]]);
  });
});
