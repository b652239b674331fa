// The national bench's table and its goals, stated honestly: a question whose prepared SQL
// takes ≥ 5 ms (p50) must answer over HTTP in ≤ 1.3× that; a faster one (a point question:
// one task, one commune, a few hundred count rows) in ≤ SQL + 0.5 ms. Both the ratio and
// the absolute overhead are printed, with the sample counts.
import type { LoadResult } from './load.ts';
import type { BenchCase } from './national-cases.ts';

export interface Goal {
  text: string;
  met: boolean;
}

export interface Cell {
  c: BenchCase;
  concurrency: number;
  perRequest: number;
  api: LoadResult;
  raw: LoadResult;
  goal: Goal;
}

export const RATIO_GOAL = 1.3;
export const OVERHEAD_GOAL_MS = 0.5;
const SLOW_SQL_MS = 5;

export function goalOf(c: BenchCase, api: LoadResult, raw: LoadResult): Goal {
  if (!c.point && raw.p50 >= SLOW_SQL_MS) {
    return { text: `≤ ${RATIO_GOAL}× SQL`, met: api.p50 <= RATIO_GOAL * raw.p50 };
  }
  return {
    text: `≤ SQL + ${OVERHEAD_GOAL_MS} ms`,
    met: api.p50 <= raw.p50 + OVERHEAD_GOAL_MS,
  };
}

const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
const rps = (r: LoadResult) => Math.round(r.rps).toLocaleString('en');

export function printGoals(cells: Cell[]) {
  console.log(
    `\nAPI = HTTP on 127.0.0.1 from another process (keep-alive, logged in); SQL = the same ` +
      `question as prepared statements on the server's pool. ms; ratio and overhead of p50. ` +
      `n = samples (each cell: 1,000 or 20 s).\n`,
  );
  console.log(
    '| question | conc. | SQL/req | API n | API req/s | API p50 | API p99 | SQL n | SQL req/s | SQL p50 | SQL p99 | ratio | overhead | goal | |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const { c, concurrency, perRequest, api, raw, goal } of cells) {
    const fail = api.failures || raw.failures ? ` ⚠ ${api.failures + raw.failures} failed` : '';
    console.log(
      `| ${c.name}${fail} | ${concurrency} | ${perRequest} | ${api.completed} | ${rps(api)} | ` +
        `${ms(api.p50)} | ${ms(api.p99)} | ${raw.completed} | ${rps(raw)} | ${ms(raw.p50)} | ` +
        `${ms(raw.p99)} | ${(api.p50 / raw.p50).toFixed(2)}× | ${api.p50 >= raw.p50 ? '+' : ''}` +
        `${(api.p50 - raw.p50).toFixed(2)} ms | ${goal.text} | ${goal.met ? 'đạt' : 'CHƯA ĐẠT'} |`,
    );
  }
  const met = cells.filter((x) => x.goal.met).length;
  console.log(`\nGoals met: ${met} of ${cells.length} cells.`);
}

/** Least-squares slope of values against their index (MB per round). */
export function slope(values: number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const mx = (n - 1) / 2;
  const my = values.reduce((a, v) => a + v, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((v, i) => {
    num += (i - mx) * (v - my);
    den += (i - mx) ** 2;
  });
  return num / den;
}
