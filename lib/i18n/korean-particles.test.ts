import { describe, expect, it } from "vitest";
import { fixKoreanParticles } from "./korean-particles";

describe("fixKoreanParticles", () => {
  it("picks the particle from the value's last syllable", () => {
    expect(fixKoreanParticles("글로우랩이(가) 제안했습니다")).toBe("글로우랩이 제안했습니다");
    expect(fixKoreanParticles("이하늘이(가) 거절했습니다")).toBe("이하늘이 거절했습니다");
    expect(fixKoreanParticles("부산한입이(가) 초대했습니다")).toBe("부산한입이 초대했습니다");
    expect(fixKoreanParticles("민수이(가) 왔다")).toBe("민수가 왔다");
    expect(fixKoreanParticles("영상을(를) 봤다, 사진을(를)")).toBe("영상을 봤다, 사진을");
    expect(fixKoreanParticles("하늘과(와) 바다")).toBe("하늘과 바다");
    expect(fixKoreanParticles("바다과(와) 하늘")).toBe("바다와 하늘");
    expect(fixKoreanParticles("서울(으)로, 부산(으)로, 제주(으)로")).toBe(
      "서울로, 부산으로, 제주로",
    );
  });
  it("reads digits as Korean numbers are read", () => {
    expect(fixKoreanParticles("₩9,000,000이(가) 기준 ₩5,000,000을(를) 넘습니다")).toBe(
      "₩9,000,000이 기준 ₩5,000,000을 넘습니다",
    );
    expect(fixKoreanParticles("₩1,200,002(으)로 초대")).toBe("₩1,200,002로 초대");
    expect(fixKoreanParticles("₩1,000,001(으)로, 3(으)로")).toBe("₩1,000,001로, 3으로");
    expect(fixKoreanParticles("2개이(가), 5이(가)")).toBe("2개가, 5가");
  });
  it("leaves both forms where the reading is unknown", () => {
    expect(fixKoreanParticles("Glow Lab이(가) 제안")).toBe("Glow Lab이(가) 제안");
    expect(fixKoreanParticles("50%을(를) 넘습니다")).toBe("50%을(를) 넘습니다");
  });
});
