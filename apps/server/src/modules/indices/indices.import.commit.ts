import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { transactionWithEvents } from '../../platform/events.ts';
import type { Session } from '../../platform/auth/session.ts';
import { analyseImport, type ImportInput } from './indices.import.ts';
import { indexRelease, indexResult } from './indices.table.ts';
import { now } from '../../platform/clock.ts';

const ISSUE_LIMIT = 200;

interface Saved extends Record<string, unknown> {
  unitId: number;
  name: string;
  assessed: boolean;
  total: number | null;
}

const summaryOf = (rows: Saved[], publishedOn: string | null) => ({
  surveyed: rows.length,
  assessed: rows.filter((r) => r.assessed).length,
  publishedOn,
});

/**
 * Saves a checked file as the year's release, replacing any earlier one, in one
 * transaction with its audit entry and the `index.published` event. Refuses while the
 * file has errors, or warnings the caller has not confirmed.
 */
export async function commitImport(
  db: Db,
  code: string,
  input: ImportInput,
  session: Session,
  rootPath: string,
) {
  const { preview, framework, edition, existing } = await analyseImport(db, code, input);
  const errors = preview.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw badRequest(
      'IMPORT_INVALID',
      `Tệp có ${errors.length} lỗi, chưa lưu gì. Lỗi đầu tiên: ${errors[0]!.message}`,
      { errors: errors.length, issues: errors.slice(0, ISSUE_LIMIT) },
    );
  }
  const warnings = preview.issues.filter((i) => i.severity === 'warning');
  if (warnings.length > 0 && !input.confirmWarnings) {
    throw new AppError(
      409,
      'IMPORT_NEEDS_CONFIRMATION',
      `Tệp có ${warnings.length} cảnh báo (tỉnh không được đánh giá). Xem lại và xác nhận để lưu.`,
      { warnings: warnings.length, issues: warnings.slice(0, ISSUE_LIMIT) },
    );
  }
  const rows = [
    ...preview.rows.map((r) => ({
      unitId: r.unit!.id,
      name: r.unit!.name,
      assessed: r.assessed,
      scores: r.scores,
      total: r.computedTotal,
    })),
    ...preview.missing.map((u) => ({
      unitId: u.id,
      name: u.name,
      assessed: false,
      scores: {},
      total: null,
    })),
  ];
  const publishedOn = input.publishedOn ?? existing?.publishedOn ?? null;

  return transactionWithEvents(db, async (tx, emit) => {
    const old = existing
      ? (
          await tx.execute<Saved & { unit_id: number }>(sql`
            select x.unit_id, u.name, x.assessed, x.total from index_result x
              join admin_unit u on u.id = x.unit_id where x.release_id = ${existing.id}`)
        ).rows.map((r) => ({ ...r, unitId: r.unit_id }))
      : [];
    const values = {
      source: `Nhập từ tệp "${input.filename}" (${preview.format.toUpperCase()})`,
      publishedOn,
      importedAt: now(),
      importedBy: session.userId,
    };
    const [release] = existing
      ? await tx
          .update(indexRelease)
          .set(values)
          .where(sql`${indexRelease.id} = ${existing.id}`)
          .returning({ id: indexRelease.id })
      : await tx
          .insert(indexRelease)
          .values({ frameworkCode: framework.code, year: input.year, ...values })
          .returning({ id: indexRelease.id });
    const releaseId = release!.id;
    await tx.delete(indexResult).where(sql`${indexResult.releaseId} = ${releaseId}`);
    await tx.insert(indexResult).values(
      rows.map((r) => ({
        releaseId,
        unitId: r.unitId,
        assessed: r.assessed,
        scores: r.scores,
        total: r.total,
      })),
    );

    const oldTotals = new Map(old.map((r) => [r.unitId, r]));
    const changedTotals = rows.flatMap((r) => {
      const was = oldTotals.get(r.unitId);
      const before = was?.total ?? null;
      const same =
        before === r.total ||
        (before !== null && r.total !== null && Math.abs(before - r.total) < 1e-9);
      return existing && !same ? [{ province: r.name, before, after: r.total }] : [];
    });
    const after = summaryOf(rows, publishedOn);
    await recordAudit(tx, session, {
      action: 'import',
      entity: 'index_release',
      entityId: releaseId,
      unitPath: rootPath,
      summary: `${existing ? 'Nhập lại (thay thế)' : 'Nhập'} kết quả ${framework.code} năm ${input.year} từ tệp "${input.filename}": ${after.surveyed} tỉnh, ${after.assessed} được đánh giá${existing ? `, ${changedTotals.length} tổng điểm thay đổi` : ''}`,
      before: existing ? summaryOf(old, existing.publishedOn) : null,
      after: { ...after, edition: edition.code, changedTotals },
    });
    await emit('index.published', {
      code: framework.code,
      year: input.year,
      releaseId,
      publishedOn,
      replaced: existing !== null,
    });
    return {
      releaseId,
      code: framework.code,
      year: input.year,
      edition: edition.code,
      surveyed: after.surveyed,
      assessed: after.assessed,
      replaced: existing !== null,
    };
  });
}
