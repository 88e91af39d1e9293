// Ranking quality metrics for the matching eval.

// Graded relevance from a true utility per candidate: the top 1% (at least 10) are
// grade 3, the next up to 3% (at least 30) grade 2, up to 10% (at least 100) grade 1;
// a utility of 0 (infeasible) is never relevant.
export function gradeByUtility(utilities: readonly number[]): number[] {
  const order = utilities
    .map((u, i) => i)
    .filter((i) => utilities[i] > 0)
    .sort((a, b) => utilities[b] - utilities[a] || a - b);
  const n = utilities.length;
  const cut3 = Math.max(10, Math.round(0.01 * n));
  const cut2 = Math.max(30, Math.round(0.03 * n));
  const cut1 = Math.max(100, Math.round(0.1 * n));
  const grades = new Array<number>(n).fill(0);
  order.forEach((i, rank) => {
    grades[i] = rank < cut3 ? 3 : rank < cut2 ? 2 : rank < cut1 ? 1 : 0;
  });
  return grades;
}

function dcg(gains: readonly number[], k: number): number {
  let s = 0;
  for (let i = 0; i < Math.min(k, gains.length); i++) s += (2 ** gains[i] - 1) / Math.log2(i + 2);
  return s;
}

// NDCG@k of a ranked list of candidate positions, given every candidate's grade.
export function ndcgAtK(ranked: readonly number[], grades: readonly number[], k: number): number {
  const ideal = [...grades].sort((a, b) => b - a);
  const idcg = dcg(ideal, k);
  if (idcg === 0) return 0;
  return (
    dcg(
      ranked.slice(0, k).map((i) => grades[i]),
      k,
    ) / idcg
  );
}

// Share of the first k that are relevant (grade >= minGrade); a short list counts its
// missing places as misses.
export function precisionAtK(
  ranked: readonly number[],
  grades: readonly number[],
  k: number,
  minGrade = 2,
): number {
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (grades[ranked[i]] >= minGrade) hits++;
  return hits / k;
}
