// The soak's table and goals: throughput, p50/p99 and errors per operation and per server
// process, the servers' memory over time (soak-memory-track.ts), and the acknowledged
// writes found.
import { OPERATIONS, type SoakRecorder } from './soak-load.ts';
import type { Verification } from './soak-verify.ts';
import { RSS_GROWTH_LIMIT, type MemoryTrack } from './soak-memory-track.ts';

const pct = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
const cell = (v: string | number, width: number) => String(v).padStart(width);

/** Prints one run; true when every goal holds. */
export function printRun(
  run: { title: string; elapsed: number; killed: string | null },
  rec: SoakRecorder,
  memory: MemoryTrack,
  v: Verification,
): boolean {
  console.log(`\nSoak — ${run.title}`);
  console.log('| thao tác         |  số lần |   lần/s |  p50 ms |  p99 ms | lỗi | 5xx |');
  console.log('| ---------------- | ------- | ------- | ------- | ------- | --- | --- |');
  let total = 0;
  let errors = 0;
  let fivexx = 0;
  for (const op of OPERATIONS) {
    const s = rec.ops.get(op)!;
    const sorted = [...s.samples].sort((a, b) => a - b);
    total += sorted.length;
    errors += s.errors;
    fivexx += s.fivexx;
    console.log(
      `| ${op.padEnd(16)} | ${cell(sorted.length, 7)} | ${cell((sorted.length / run.elapsed).toFixed(1), 7)} | ${cell(pct(sorted, 0.5).toFixed(1), 7)} | ${cell(pct(sorted, 0.99).toFixed(1), 7)} | ${cell(s.errors, 3)} | ${cell(s.fivexx, 3)} |`,
    );
  }
  console.log(
    `| ${'tổng'.padEnd(16)} | ${cell(total, 7)} | ${cell((total / run.elapsed).toFixed(1), 7)} |         |         | ${cell(errors, 3)} | ${cell(fivexx, 3)} |`,
  );
  if (run.killed)
    console.log(
      `Yêu cầu đang chạy bị cắt khi kill -9 tiến trình ${run.killed}: ${rec.killedInFlight} (đếm riêng, không tính lỗi)`,
    );
  for (const p of rec.problems.slice(0, 10)) console.log(`  lỗi: ${p}`);

  console.log('\n| tiến trình | số yêu cầu | lần/s | p50 ms | p99 ms | lỗi |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, s] of [...rec.byProcess].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...s.samples].sort((a, b) => a - b);
    console.log(
      `| ${name} | ${sorted.length} | ${(sorted.length / run.elapsed).toFixed(1)} | ${pct(sorted, 0.5).toFixed(1)} | ${pct(sorted, 0.99).toFixed(1)} | ${s.errors} |`,
    );
  }
  const grew = memory.print(run.killed);

  const lost = v.lost.progress + v.lost.evidence + v.lost.reports;
  console.log(
    `\nGhi đã xác nhận (2xx) / mất: tiến độ ${v.acked.progress}/${v.lost.progress}, minh chứng ${v.acked.evidence}/${v.lost.evidence}, báo cáo ${v.acked.reports}/${v.lost.reports}`,
  );
  console.log(
    `Dòng trong CSDL: task_progress (thử tải) ${v.rows.progress}, evidence_file ${v.rows.evidence}, report_version (báo cáo thử tải) ${v.rows.reportVersions}`,
  );
  for (const e of v.examples) console.log(`  mất: ${e}`);
  const goals: [string, boolean][] = [
    ['0 lỗi (ngoài yêu cầu bị cắt do kill)', errors === 0],
    ['0 phản hồi 5xx', fivexx === 0],
    [`RSS tăng < ${RSS_GROWTH_LIMIT} % sau khởi động (tải ổn định)`, grew.rss],
    [`bộ nhớ giữ lại tăng < ${RSS_GROWTH_LIMIT} % (không rò rỉ)`, grew.kept],
    ['không mất ghi đã xác nhận', lost === 0],
  ];
  for (const [name, ok] of goals) console.log(`${ok ? 'đạt     ' : 'CHƯA ĐẠT'}  ${name}`);
  return goals.every(([, ok]) => ok);
}
