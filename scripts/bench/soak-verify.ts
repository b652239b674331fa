// After the soak: every write a client got a 2xx for must be in the database (progress
// updates by their note, evidence by id, each report at least at the acknowledged version
// and, when nothing later landed, with the acknowledged text).
import { openDatabase } from '../../apps/server/src/db/client.ts';
import type { SoakRecorder } from './soak-load.ts';

export interface Verification {
  rows: { progress: number; evidence: number; reportVersions: number };
  acked: { progress: number; evidence: number; reports: number };
  lost: { progress: number; evidence: number; reports: number };
  examples: string[];
}

export async function verifyWrites(
  kind: 'postgres' | 'pglite',
  databaseUrl: string,
  dataDir: string,
  rec: SoakRecorder,
): Promise<Verification> {
  const database =
    kind === 'postgres' ? await openDatabase({ databaseUrl }) : await openDatabase({ dataDir });
  try {
    const q = async <T>(text: string, params: unknown[] = []) =>
      (await database.pool.query(text, params)).rows as T[];
    const progress = await q<{ task_id: number; note: string }>(
      `select task_id, note from task_progress where note like 'thử tải %'`,
    );
    const present = new Set(progress.map((p) => `${p.task_id} ${p.note}`));
    const examples: string[] = [];
    const missing = rec.ackedProgress.filter((a) => !present.has(`${a.taskId} ${a.note}`));
    for (const m of missing.slice(0, 5)) examples.push(`tiến độ ${m.taskId} “${m.note}”`);

    const evidence = await q<{ id: number }>(
      'select id from evidence_file where id = any($1::int[])',
      [rec.ackedEvidence],
    );
    const evidenceIds = new Set(evidence.map((e) => e.id));
    const lostEvidence = rec.ackedEvidence.filter((id) => !evidenceIds.has(id));
    for (const id of lostEvidence.slice(0, 5)) examples.push(`minh chứng ${id}`);

    const reportIds = [...rec.ackedReports.keys()];
    const reports = await q<{ id: number; version: number; content: unknown }>(
      `select r.id, r.version, v.content from report r
         join report_version v on v.report_id = r.id and v.version_no = r.version_no
        where r.id = any($1::int[])`,
      [reportIds],
    );
    const byId = new Map(reports.map((r) => [r.id, r]));
    let lostReports = 0;
    for (const [id, acked] of rec.ackedReports) {
      const row = byId.get(id);
      const text = JSON.stringify(row?.content ?? null);
      const ok =
        row !== undefined &&
        (row.version > acked.version ||
          (row.version === acked.version && text.includes(JSON.stringify(acked.marker))));
      if (!ok) {
        lostReports++;
        if (examples.length < 10) examples.push(`báo cáo ${id} phiên bản ${acked.version}`);
      }
    }
    const versions = await q<{ n: number }>(
      `select count(*)::int as n from report_version v join report r on r.id = v.report_id
        where r.id = any($1::int[])`,
      [reportIds],
    );
    const files = await q<{ n: number }>('select count(*)::int as n from evidence_file');
    return {
      rows: { progress: progress.length, evidence: files[0]!.n, reportVersions: versions[0]!.n },
      acked: {
        progress: rec.ackedProgress.length,
        evidence: rec.ackedEvidence.length,
        reports: rec.ackedReports.size,
      },
      lost: { progress: missing.length, evidence: lostEvidence.length, reports: lostReports },
      examples,
    };
  } finally {
    await database.close();
  }
}
