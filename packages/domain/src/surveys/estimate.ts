/**
 * Design-based estimation for survey scores: weighted means (ratio estimators
 * R = Σ w·y / Σ w over those who answered) and linear combinations of them, with variance
 * by Taylor linearisation for a stratified design with one-stage sampling of respondents
 * within strata — the estimator and variance of R's survey package
 * (svydesign(ids = ~1, strata = ~stratum, weights = ~w, fpc = ~N), svymean, na.rm = TRUE;
 * Lumley, Complex Surveys, 2010, §2.2 and §3.4):
 *
 *   z_i = w_i · Σ_q c_q · I_iq · (y_iq − R_q) / X_q        (X_q = Σ_i w_i · I_iq)
 *   V   = Σ_h (1 − f_h) · n_h / (n_h − 1) · Σ_{i∈h} (z_i − z̄_h)²
 *
 * where n_h counts every sampled respondent of stratum h (those who did not answer carry
 * z = 0: domain estimation), f_h = n_h / N_h when the stratum's population is known.
 * The 95% interval uses Student's t with the design's degrees of freedom n − H (as
 * confint(…, df = degf(design))), which matters at 30–60 answers per commune.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Respondents of one estimation: stratum index, weight, and per question y (NaN = no answer). */
export interface DesignData {
  stratumOf: Int32Array;
  weight: Float64Array;
  /** Sampling fraction per stratum (0 when its population is unknown). */
  fraction: number[];
  /** Respondents per stratum. */
  count: number[];
  /** y per question, each an array over respondents with values in [0, 1] or NaN. */
  y: Float64Array[];
}

export interface RatioMean {
  /** R_q; NaN when nobody answered. */
  mean: number;
  /** X_q = Σ w over those who answered. */
  weightSum: number;
  n: number;
}

export function ratioMeans(d: DesignData): RatioMean[] {
  return d.y.map((ys) => {
    let sw = 0;
    let swy = 0;
    let n = 0;
    for (let i = 0; i < ys.length; i++) {
      const v = ys[i]!;
      if (Number.isNaN(v)) continue;
      const w = d.weight[i]!;
      sw += w;
      swy += w * v;
      n++;
    }
    return { mean: n > 0 ? swy / sw : Number.NaN, weightSum: sw, n };
  });
}

export interface LinearEstimate {
  estimate: number;
  se: number;
  /** Half-width of the 95% interval (t with df = n − H). */
  halfWidth: number;
  df: number;
  /** Respondents contributing at least one answer. */
  n: number;
  /** Strata with a single respondent: no variance can be estimated there (counted as 0). */
  lonelyStrata: number;
}

/** Σ_q c_q R_q with its linearised variance. `coef` maps question index → coefficient. */
export function linearEstimate(
  d: DesignData,
  means: RatioMean[],
  coef: Map<number, number>,
): LinearEstimate {
  const h = d.count.length;
  const sz = new Float64Array(h);
  const szz = new Float64Array(h);
  let estimate = 0;
  const terms: { ys: Float64Array; c: number; r: number }[] = [];
  for (const [q, c] of coef) {
    const m = means[q]!;
    estimate += c * m.mean;
    terms.push({ ys: d.y[q]!, c: c / m.weightSum, r: m.mean });
  }
  let n = 0;
  const len = d.weight.length;
  for (let i = 0; i < len; i++) {
    let z = 0;
    let answered = false;
    for (const t of terms) {
      const v = t.ys[i]!;
      if (Number.isNaN(v)) continue;
      answered = true;
      z += t.c * (v - t.r);
    }
    if (!answered) continue;
    n++;
    z *= d.weight[i]!;
    const s = d.stratumOf[i]!;
    sz[s]! += z;
    szz[s]! += z * z;
  }
  let variance = 0;
  let lonelyStrata = 0;
  let used = 0;
  for (let s = 0; s < h; s++) {
    const nh = d.count[s]!;
    if (nh === 0) continue;
    used++;
    if (nh === 1) {
      lonelyStrata++;
      continue;
    }
    const ss = szz[s]! - (sz[s]! * sz[s]!) / nh;
    variance += (1 - d.fraction[s]!) * (nh / (nh - 1)) * Math.max(ss, 0);
  }
  const df = Math.max(len - used, 1);
  const se = Math.sqrt(variance);
  return { estimate, se, halfWidth: tQuantile(0.975, df) * se, df, n, lonelyStrata };
}
