"use client";
// factText (./fact-text.ts) in the reader's language.
import { useLocale, useTranslations } from "next-intl";
import { factText, type Tr } from "./fact-text";

export function useFactText() {
  const t = useTranslations("matchFacts") as unknown as Tr;
  const tv = useTranslations("vocab") as unknown as Tr;
  const te = useTranslations("enums") as unknown as Tr;
  return factText(useLocale(), t, tv, te);
}
