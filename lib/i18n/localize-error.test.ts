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
      "그사이 다른 사람이 먼저 변경했습니다. 새로 고친 뒤 다시 시도해 주세요.",
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
