import { describe, expect, it } from "vitest";
import { bearerCredential } from "./bearer-credential";

const h = (authorization?: string) =>
  new Headers(authorization === undefined ? {} : { authorization });

describe("bearerCredential", () => {
  it("reads the token of a Bearer header, any case of the scheme, spaces around", () => {
    expect(bearerCredential(h("Bearer cm_live_abc"))).toBe("cm_live_abc");
    expect(bearerCredential(h("bearer   cm_live_abc  "))).toBe("cm_live_abc");
  });

  it("treats a Bearer header without one usable token as a (bad) bearer attempt", () => {
    expect(bearerCredential(h("Bearer"))).toBe("");
    expect(bearerCredential(h("Bearer a b"))).toBe("");
  });

  it("ignores other schemes and no header: those callers use their cookie", () => {
    expect(bearerCredential(h())).toBeNull();
    expect(bearerCredential(h("Basic dXNlcjpwYXNz"))).toBeNull();
    expect(bearerCredential(h("Bearertoken"))).toBeNull();
  });
});
