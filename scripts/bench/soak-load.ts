// The soak's simulated users: each loops over a mix of reads (My work, task list, task
// detail, the task board) and writes (a small evidence file then a progress update naming
// it; a report save), pausing a random think time, against the servers still alive. Every
// write the server acknowledged with 2xx is remembered so the end can look for it.
import { call, smallPdf, type Reply } from './soak-http.ts';
import type { SoakUser } from './soak-setup.ts';

export const OPERATIONS = [
  'my-work',
  'task list',
  'task detail',
  'dashboard',
  'evidence upload',
  'progress update',
  'report save',
  'resync',
] as const;
type Operation = (typeof OPERATIONS)[number];

/** Chance of each step of a user's loop, out of 100. */
const MIX: [Operation | 'progress', number][] = [
  ['my-work', 20],
  ['task list', 15],
  ['task detail', 15],
  ['dashboard', 15],
  ['progress', 20],
  ['report save', 15],
];

export interface Target {
  /** The server process's name (A, B). */
  name: string;
  baseUrl: string;
  /** Set before the process is killed: no new request goes there. */
  dead: boolean;
}

export interface OpStats {
  samples: number[];
  errors: number;
  fivexx: number;
}

export class SoakRecorder {
  readonly ops = new Map<Operation, OpStats>(
    OPERATIONS.map((o) => [o, { samples: [], errors: 0, fivexx: 0 }]),
  );
  /** Per server process: response times (ms) and errors, to compare their loads. */
  readonly byProcess = new Map<string, { samples: number[]; errors: number }>();
  /** Requests cut off by the kill -9 (sent to the process before it died). */
  killedInFlight = 0;
  /** First few unexpected answers, to say what went wrong. */
  readonly problems: string[] = [];
  readonly ackedProgress: { taskId: number; note: string }[] = [];
  readonly ackedEvidence: number[] = [];
  readonly ackedReports = new Map<number, { version: number; marker: string }>();

  processStats(name: string) {
    let stats = this.byProcess.get(name);
    if (!stats) this.byProcess.set(name, (stats = { samples: [], errors: 0 }));
    return stats;
  }

  problem(text: string) {
    if (this.problems.length < 20) this.problems.push(text);
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs one user until `deadline` (performance.now() ms). */
export async function runUser(
  user: SoakUser,
  targets: Target[],
  rec: SoakRecorder,
  opts: { deadline: number; thinkMs: number },
) {
  let seq = 0;
  let resync = false;
  const preferred = targets[user.index % targets.length]!;
  const target = () => (preferred.dead ? targets.find((t) => !t.dead)! : preferred);

  /** One request, timed and classified; null when it did not get an answer. */
  const request = async <T>(
    op: Operation,
    method: string,
    path: string,
    body: unknown,
    expected: number,
  ): Promise<Reply<T> | null> => {
    const t = target();
    const stats = rec.ops.get(op)!;
    const perProcess = rec.processStats(t.name);
    try {
      const r = await call<T>(t.baseUrl, method, path, user.session, body);
      stats.samples.push(r.ms);
      perProcess.samples.push(r.ms);
      if (r.status !== expected) {
        stats.errors++;
        perProcess.errors++;
        if (r.status >= 500) stats.fivexx++;
        rec.problem(
          `${op} ${method} ${path} → ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`,
        );
        resync = true;
        return null;
      }
      return r;
    } catch (err) {
      // A socket cut by the kill: the write may or may not have committed; read back.
      resync = true;
      if (t.dead) rec.killedInFlight++;
      else {
        stats.errors++;
        perProcess.errors++;
        rec.problem(`${op} ${method} ${path} → ${(err as Error).message}`);
      }
      return null;
    }
  };

  const steps: Record<string, () => Promise<unknown>> = {
    'my-work': () => request('my-work', 'GET', '/api/my-work?pageSize=50', undefined, 200),
    'task list': () => request('task list', 'GET', '/api/tasks?pageSize=20', undefined, 200),
    'task detail': () => request('task detail', 'GET', `/api/tasks/${user.taskId}`, undefined, 200),
    dashboard: () =>
      request('dashboard', 'GET', `/api/monitoring/tasks?unitId=${user.unitId}`, undefined, 200),
    progress: async () => {
      const note = `thử tải ${user.username} #${++seq}`;
      const form = new FormData();
      const pdf = smallPdf(note) as Uint8Array<ArrayBuffer>;
      form.append('file', new Blob([pdf]), `minh-chung-${seq}.pdf`);
      const up = await request<{ id: number }>(
        'evidence upload',
        'POST',
        `/api/tasks/${user.taskId}/evidence`,
        form,
        201,
      );
      if (!up) return;
      rec.ackedEvidence.push(up.body.id);
      const r = await request<{ version: number }>(
        'progress update',
        'POST',
        `/api/tasks/${user.taskId}/progress`,
        {
          version: user.taskVersion,
          reportedOn: '2026-11-25',
          percent: Math.min(90, seq),
          note,
          evidenceIds: [up.body.id],
        },
        201,
      );
      if (!r) return;
      user.taskVersion = r.body.version;
      rec.ackedProgress.push({ taskId: user.taskId, note });
    },
    'report save': async () => {
      const marker = `Kết quả thử tải ${user.username} #${++seq}`;
      const r = await request<{ version: number }>(
        'report save',
        'PATCH',
        `/api/reports/${user.reportId}`,
        {
          version: user.reportVersion,
          content: {
            indicators: [],
            narratives: [{ dimensionCode: '', results: marker, shortcomings: '', proposals: '' }],
          },
        },
        200,
      );
      if (!r) return;
      user.reportVersion = r.body.version;
      rec.ackedReports.set(user.reportId, { version: r.body.version, marker });
    },
  };

  // Users start spread over the first think time, not all in the same millisecond.
  await pause(Math.random() * opts.thinkMs);
  while (performance.now() < opts.deadline) {
    if (resync) {
      resync = false;
      const task = await request<{ version: number }>(
        'resync',
        'GET',
        `/api/tasks/${user.taskId}`,
        undefined,
        200,
      );
      const report = await request<{ version: number }>(
        'resync',
        'GET',
        `/api/reports/${user.reportId}`,
        undefined,
        200,
      );
      if (task) user.taskVersion = task.body.version;
      if (report) user.reportVersion = report.body.version;
    } else {
      let roll = Math.random() * 100;
      const [step] = MIX.find(([, weight]) => (roll -= weight) < 0) ?? MIX[0]!;
      await steps[step]!();
    }
    await pause(Math.random() * 2 * opts.thinkMs);
  }
}
