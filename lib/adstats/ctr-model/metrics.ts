// Evaluation of click predictions: log loss and ROC AUC (ties share rank).
const EPS = 1e-15;

export function logLoss(labels: ArrayLike<number>, preds: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(1 - EPS, Math.max(EPS, preds[i]));
    s -= labels[i] ? Math.log(p) : Math.log(1 - p);
  }
  return labels.length ? s / labels.length : NaN;
}

/** Area under the ROC curve by the rank-sum (Mann-Whitney) formula. */
export function auc(labels: ArrayLike<number>, preds: ArrayLike<number>): number {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => preds[a] - preds[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && preds[order[j + 1]] === preds[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]]) {
        positives++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
