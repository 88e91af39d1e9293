import { describe, expect, it } from "vitest";
import { z } from "zod";
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

  it("leaves English (and requests naming no language) as the API says it", () => {
    expect(localizeAppError(error, "en").fields).toEqual(error.fields);
    expect(localizeAppError(error, null).message).toBe("Some fields are invalid");
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
});
