/**
 * Linear-interpolated percentile over the whole sample, as Excel's PERCENTILE.INC:
 * rank h = (n − 1)·p, interpolated between the values around it.
 */
export function percentileInc(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentileInc: empty sample');
  if (p < 0 || p > 1) throw new Error('percentileInc: p must be within [0, 1]');
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (h - lower) * (sorted[upper]! - sorted[lower]!);
}

export function median(values: readonly number[]): number {
  return percentileInc(values, 0.5);
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean: empty sample');
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
