// A number typed into a form field, as the schemas take it (they want JSON numbers, not
// text): empty is undefined (the schema says whether the field is required); digits,
// with thousands separators ("1,200,000") and decimals if typed, are the number;
// anything else is NaN, which the schema refuses with the field's message.
export function formNumber(value: FormDataEntryValue | null | undefined): number | undefined {
  const text = String(value ?? "").trim();
  if (text === "") return undefined;
  const plain = text.replace(/,(?=\d{3}(?!\d))/g, "");
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}
