import { describe, expect, it } from "vitest";
import { z } from "zod";
import { queryInt, queryNumber } from "@/lib/api/query-params";
import { validationError } from "@/lib/api/zod-errors";
import { AppError } from "@/lib/errors";
import { localizeAppError } from "./localize-error";
import { KNOWN_MESSAGES } from "./localize-issue";
import { translatorFor } from "./translator";

const Schema = z.object({
  title: z.string().min(3).max(10),
  platforms: z.array(z.string()).min(1, "Choose a platform"),
  email: z.email(),
});

describe("localizeAppError", () => {
  const error = validationError(
    Schema.safeParse({ title: "ab", platforms: [], email: "x", extra: 1 }).error!,
  );

  it("rewords zod issues for a Korean reader from their structure and our own sentences", () => {
    expect(localizeAppError(error, "ko")).toEqual({
      message: "입력 내용을 확인해 주세요.",
      fields: {
        title: ["3자 이상 입력하세요"],
        platforms: ["플랫폼을 선택하세요"],
        email: ["올바른 이메일 주소를 입력하세요"],
      },
    });
  });

  it("keeps our English sentences for English (and no language), and words zod's own as a person would", () => {
    expect(error.fields!.title).toEqual(["Too small: expected string to have >=3 characters"]);
    for (const locale of ["en", null] as const) {
      expect(localizeAppError(error, locale)).toEqual({
        message: "Some fields are invalid",
        fields: {
          title: ["At least 3 characters"],
          platforms: ["Choose a platform"],
          email: ["Enter a valid e-mail address"],
        },
      });
    }
  });

  it("falls back to the error code's message for a sentence it does not know", () => {
    const e = new AppError("conflict", "Ana moved it to negotiating");
    expect(localizeAppError(e, "ko").message).toBe(
      "지금 상태에서는 할 수 없는 작업입니다. 새로 고쳐 현재 상태를 확인해 주세요.",
    );
  });

  it("keeps a field named __proto__ a field (an unknown key a client sent)", () => {
    const e = validationError(
      z.strictObject({ a: z.string() }).safeParse(JSON.parse('{"a":"x","__proto__":1}')).error!,
    );
    const { fields } = localizeAppError(e, "ko");
    expect(Object.keys(fields!)).toEqual(["__proto__"]);
    expect(fields!["__proto__"]).toEqual(["알 수 없는 항목"]);
  });

  it("words refusals with values in them, statuses included, instead of a generic 'try again'", () => {
    const ko = (message: string, code: "conflict" | "forbidden" = "conflict") =>
      localizeAppError(new AppError(code, message), "ko").message;
    expect(ko("This creator already has a match for this campaign (COMPLETED)")).toBe(
      "이 크리에이터에게는 이 캠페인의 매칭이 이미 있습니다 (완료됨)",
    );
    expect(ko("This creator has had 3 proposals for this campaign: no more can be sent")).toBe(
      "이 캠페인에서 이 크리에이터에게 이미 3번 제안했습니다. 더 보낼 수 없습니다",
    );
    expect(ko("A match cannot go from COMPLETED to PENDING")).toBe(
      "매칭을 ‘완료됨’에서 ‘대기’(으)로 바꿀 수 없습니다",
    );
    expect(ko("You cannot move a CONTACTED match to RESPONDED", "forbidden")).toBe(
      "‘크리에이터에게 전달됨’ 상태의 매칭을 ‘응답함’(으)로 바꾸는 것은 상대방이나 관리자의 몫입니다",
    );
    expect(
      ko("The campaign changed since you read it (version 3, now 4); reload and try again"),
    ).toBe("읽은 뒤에 캠페인이 바뀌었습니다. 새로 고친 뒤 다시 시도해 주세요");
    expect(ko("An active campaign cannot become draft")).toBe(
      "‘진행 중’ 캠페인은 ‘초안’(으)로 바꿀 수 없습니다",
    );
  });

  it("has a Korean sentence for every known English message", () => {
    const ko = translatorFor("ko", "validation");
    const missing = Object.values(KNOWN_MESSAGES).filter((key) => {
      const text = ko(`known.${key}`);
      return text.includes("known.") || /^[\x00-\x7f]*$/.test(text);
    });
    expect(missing).toEqual([]);
  });

  it("tells a value of the wrong type only that, and a missing field that it is required", () => {
    const schema = z.strictObject({
      title: z.string().min(3),
      budget: z.number().int("Use whole minor units (KRW has no decimals)").positive(),
      fee: z.number().int("Some sentence nobody translated").positive(),
      note: z.string(),
    });
    const e = validationError(schema.safeParse({ title: ["abc"], budget: 0, fee: 1.5 }).error!);
    expect(localizeAppError(e, "en").fields).toEqual({
      title: ["Enter text"],
      budget: ["Must be above 0"],
      fee: ["Some sentence nobody translated"],
      note: ["Required"],
    });
    expect(localizeAppError(e, "ko").fields).toEqual({
      title: ["텍스트를 입력하세요"],
      budget: ["0보다 커야 합니다"],
      // not translated: worded from its structure (a whole number), never "required"
      fee: ["정수를 입력하세요"],
      note: ["필수 항목입니다"],
    });
    const decimal = validationError(
      schema.safeParse({ title: "abc", budget: 1.5, fee: 1, note: "" }).error!,
    );
    expect(localizeAppError(decimal, "ko").fields).toEqual({
      budget: ["최소 화폐 단위의 정수로 입력하세요 (원화에는 소수점이 없습니다)"],
    });
  });

  it("tells the loser of a race what the match is now, in Korean too", () => {
    const e = new AppError(
      "conflict",
      "This match changed while you were looking: the creator moved it to negotiating at 2026-12-07T09:00:00.000Z (version 3, you had 2). Reload to see the new state.",
      { version: ["Now 3: negotiating"] },
    );
    expect(localizeAppError(e, "ko")).toEqual({
      message:
        "보고 있는 사이에 매칭이 바뀌었습니다. 지금은 ‘협상 중’ 상태입니다 (버전 3, 보내신 버전 2). 새로 고쳐 확인해 주세요.",
      fields: { version: ["현재 버전 3: 협상 중"] },
    });
    expect(localizeAppError(e, "en")).toEqual({ message: e.message, fields: e.fields });
  });

  it("keeps the bounds of a query number's message", () => {
    const e = validationError(
      z.object({ limit: queryInt(1, 100), minScore: queryNumber(0, 100) }).safeParse({
        limit: "abc",
        minScore: "1e2",
      }).error!,
      "query",
    );
    expect(localizeAppError(e, "ko").fields).toEqual({
      "query.limit": ["1부터 100까지의 정수를 입력하세요"],
      "query.minScore": ["0부터 100까지의 숫자를 입력하세요"],
    });
  });
});
