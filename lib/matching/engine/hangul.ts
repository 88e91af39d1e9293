// Hangul in the labels people type (categories, places): a syllable test, and the
// aliases a longer word may contain, longest first so that 헬스케어 wins over 헬스.
export const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;
const ONLY_HANGUL = /^[\uac00-\ud7a3]+$/;

export const isAllHangul = (text: string) => ONLY_HANGUL.test(text);

/** The keys of `aliases` of two Hangul syllables or more, longest first. */
export function hangulKeysLongestFirst(aliases: Record<string, unknown>): string[] {
  return Object.keys(aliases)
    .filter((k) => k.length >= 2 && isAllHangul(k))
    .sort((a, b) => b.length - a.length);
}
