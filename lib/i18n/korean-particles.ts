// Korean particles after a value put into a sentence ("{brand}이(가)", "{amount}을(를)",
// "{amount}(으)로"): the message cannot know whether the value ends in a consonant, so
// it writes both forms; once the value is in, the right one is picked from the last
// syllable's final consonant (batchim), as a Korean writer would. A value ending in a
// digit is read as Korean numbers are (0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in one).
// Anything else (Latin letters, symbols) keeps both forms: its reading is unknown.
// Applied by translatorFor (e-mails, notifications, refusals); the messages pages show
// through next-intl are worded so that no such particle follows a value.

const PAIRS: Record<string, [withBatchim: string, without: string]> = {
  "이(가)": ["이", "가"],
  "을(를)": ["을", "를"],
  "은(는)": ["은", "는"],
  "과(와)": ["과", "와"],
  "아(야)": ["아", "야"],
};
const DIGIT_BATCHIM = "1101001110"; // 0..9: 영 일 이 삼 사 오 육 칠 팔 구
const RIEUL_DIGITS = "178"; // 일 칠 팔 end in ㄹ

/** The batchim of a character: "none", "rieul" (ㄹ), "other", or null when unknown. */
function batchim(ch: string): "none" | "rieul" | "other" | null {
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? "none" : final === 8 ? "rieul" : "other";
  }
  if (ch >= "0" && ch <= "9") {
    if (DIGIT_BATCHIM[Number(ch)] === "0") return "none";
    return RIEUL_DIGITS.includes(ch) ? "rieul" : "other";
  }
  return null;
}

const PATTERN = /([가-힣0-9])(이\(가\)|을\(를\)|은\(는\)|과\(와\)|아\(야\)|\(으\)로)/g;

export function fixKoreanParticles(text: string): string {
  return text.replace(PATTERN, (whole, last: string, particle: string) => {
    const b = batchim(last);
    if (b === null) return whole;
    if (particle === "(으)로") return last + (b === "other" ? "으로" : "로");
    const [withBatchim, without] = PAIRS[particle]!;
    return last + (b === "none" ? without : withBatchim);
  });
}
