// Number formatting for explanations. Intl.NumberFormat is built once per digit count:
// toLocaleString with options builds a new ICU formatter on every call, which was the
// largest cost of explaining a page of results.
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(x: number, fractionDigits = 0): string {
  let f = formatters.get(fractionDigits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(fractionDigits, f);
  }
  return f.format(x);
}

// At most `maxDigits` decimals, trailing zeros dropped: 4 -> "4", 3.25 -> "3.3".
export function formatShort(x: number, maxDigits = 1): string {
  const scale = 10 ** maxDigits;
  const r = Math.round(x * scale) / scale;
  for (let d = 0; d < maxDigits; d++) {
    if (Math.round(r * 10 ** d) === r * 10 ** d) return formatNumber(r, d);
  }
  return formatNumber(r, maxDigits);
}
