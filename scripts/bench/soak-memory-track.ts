// The soak's memory record: every few seconds, each live server's RSS (/proc) and heap (its
// own figures, before and after a full collection), with the requests it answered since the
// last sample, so growth can be told apart from load. Growth is judged over windows of
// steady load: from the end of warm-up to the end (or to the kill); for the process that
// survives a kill, again from one warm-up after the kill (it then carries the other's users,
// so its memory rises to a new level that is load, not a leak) to the end. RSS rises with
// the requests in flight (V8 commits heap for their garbage); the memory kept does not.
import { rssMb, type MemorySample, type ServerProcess } from './soak-servers.ts';
import type { SoakRecorder } from './soak-load.ts';

export const RSS_GROWTH_LIMIT = 10;

export type Label = 'start' | 'warm' | 'middle' | 'rewarm' | 'end';

interface ProcessPoint {
  rss: number | null;
  memory: MemorySample | null;
  /** Requests this process answered since the previous sample. */
  served: number;
}

interface Point {
  t: number;
  label?: Label;
  byProcess: Map<string, ProcessPoint>;
}

/**
 * What the process keeps: RSS less the part of the heap holding only garbage (heap committed
 * minus the heap live after a full collection). Garbage, and the heap V8 commits for it, grows
 * with the requests in flight; a leak, in JS or native memory, grows this.
 */
const kept = (q: ProcessPoint) =>
  q.rss && q.memory ? q.rss - (q.memory.heapTotal - q.memory.heapUsedAfterGc) : null;

export class MemoryTrack {
  readonly points: Point[] = [];
  private served = new Map<string, number>();

  constructor(
    private readonly servers: ServerProcess[],
    private readonly rec: SoakRecorder,
    private readonly started: number,
  ) {}

  /** One sample of every live process; never two at once (the signal is not queued). */
  async sample(label?: Label) {
    const byProcess = new Map<string, ProcessPoint>();
    for (const s of this.servers) {
      if (!s.alive()) continue;
      const rss = rssMb(s.pid);
      const memory = await s.memory();
      const total = this.rec.byProcess.get(s.name)?.samples.length ?? 0;
      byProcess.set(s.name, { rss, memory, served: total - (this.served.get(s.name) ?? 0) });
      this.served.set(s.name, total);
    }
    this.points.push({ t: (performance.now() - this.started) / 1000, label, byProcess });
  }

  private at(label: Label, name: string) {
    return this.points.find((p) => p.label === label)?.byProcess.get(name);
  }

  /**
   * Prints the series and the growth per process over each steady window: whether RSS, and
   * the memory kept (RSS less the heap that only holds garbage), grew less than the limit.
   */
  print(killed: string | null): { rss: boolean; kept: boolean } {
    const names = this.servers.map((s) => s.name);
    const num = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(0));
    console.log(
      `\nBộ nhớ theo thời gian (MB; "sau GC" = ngay sau một lần thu gom toàn bộ; ngoài heap = external, gồm Buffer):`,
    );
    console.log(
      `| t s | mốc | ${names.map((n) => `${n} RSS | ${n} heap tổng | ${n} heap | ${n} heap sau GC | ${n} ngoài heap | ${n} giữ lại | ${n} yêu cầu/s`).join(' | ')} |`,
    );
    console.log(
      `| --- | --- | ${names.map(() => '--- | --- | --- | --- | --- | --- | ---').join(' | ')} |`,
    );
    let previous = 0;
    for (const p of this.points) {
      const span = Math.max(1e-3, p.t - previous);
      previous = p.t;
      const cells = names.map((n) => {
        const q = p.byProcess.get(n);
        if (!q) return '— | — | — | — | — | — | —';
        const m = q.memory;
        return `${num(q.rss)} | ${num(m?.heapTotal)} | ${num(m?.heapUsed)} | ${num(m?.heapUsedAfterGc)} | ${num(m?.external)} | ${num(kept(q))} | ${(q.served / span).toFixed(1)}`;
      });
      console.log(`| ${p.t.toFixed(0)} | ${p.label ?? ''} | ${cells.join(' | ')} |`);
    }

    console.log(
      '\n| tiến trình | khoảng (tải ổn định) | RSS đầu → cuối MB | RSS tăng | heap sau GC đầu → cuối | heap tăng | giữ lại đầu → cuối | giữ lại tăng | RSS |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    let ok = true;
    let keptOk = true;
    const windows: [string, Label, Label][] = [];
    for (const n of names) {
      if (!killed) windows.push([n, 'warm', 'end']);
      else if (n === killed) windows.push([n, 'warm', 'middle']);
      else windows.push([n, 'warm', 'middle'], [n, 'rewarm', 'end']);
    }
    const pctOf = (a: number, b: number) => ((b - a) / a) * 100;
    for (const [n, from, to] of windows) {
      const a = this.at(from, n);
      const b = this.at(to, n);
      const ka = a && kept(a);
      const kb = b && kept(b);
      if (!a?.rss || !b?.rss || !a.memory || !b.memory || !ka || !kb) {
        console.log(`| ${n} | ${from} → ${to} | — | — | — | — | — | — | không đo được |`);
        ok = keptOk = false;
        continue;
      }
      const growth = pctOf(a.rss, b.rss);
      const ha = a.memory.heapUsedAfterGc;
      const hb = b.memory.heapUsedAfterGc;
      const keptGrowth = pctOf(ka, kb);
      ok &&= growth < RSS_GROWTH_LIMIT;
      keptOk &&= keptGrowth < RSS_GROWTH_LIMIT;
      console.log(
        `| ${n} | ${from} → ${to} | ${num(a.rss)} → ${num(b.rss)} | ${growth.toFixed(1)} % | ${num(ha)} → ${num(hb)} | ${pctOf(ha, hb).toFixed(1)} % | ${num(ka)} → ${num(kb)} | ${keptGrowth.toFixed(1)} % | ${growth < RSS_GROWTH_LIMIT ? 'đạt' : 'CHƯA ĐẠT'} |`,
      );
    }
    console.log(
      '(giữ lại = RSS − (heap tổng − heap sau GC): bộ nhớ tiến trình thật sự giữ, không kể phần heap chỉ chứa rác chờ thu gom — rác này tăng theo số yêu cầu đang xử lý, rò rỉ thì không)',
    );
    if (killed) {
      // For the record: the survivor from warm-up to the end, across the doubling of its load.
      const survivor = names.find((n) => n !== killed)!;
      const a = this.at('warm', survivor);
      const b = this.at('end', survivor);
      if (a?.rss && b?.rss)
        console.log(
          `(${survivor} từ sau khởi động đến cuối, qua lúc nhận thêm người dùng của ${killed}: RSS ${num(a.rss)} → ${num(b.rss)} MB, ${(((b.rss - a.rss) / a.rss) * 100).toFixed(1)} % — do tải, không tính vào mục tiêu)`,
        );
    }
    return { rss: ok, kept: keptOk };
  }
}
