import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  can,
  formatDateVi,
  quotaProblem,
  type StratumQuota,
  type SurveyInstrument,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { badRequest, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { findUnitById } from '../units/units.repository.ts';
import { findVersionById } from './surveys.instruments.repository.ts';
import * as repo from './surveys.runs.repository.ts';
import { surveyRun, surveyStratum } from './surveys.table.ts';

const FORBIDDEN = 'Chỉ quản trị viên và cán bộ điều phối của đơn vị được tổ chức đợt khảo sát.';

export interface StratumInput {
  code: string;
  name: string;
  unitId: number | null;
  target: number;
  population: number | null;
  quotas: StratumQuota[];
}

export interface RunInput {
  name: string;
  startsOn: string;
  endsOn: string;
  status: 'draft' | 'open' | 'closed';
  strata: StratumInput[];
}

const invalid = (path: string, message: string) =>
  badRequest('VALIDATION', message, { issues: [{ path, message }] });

/** A run visible to the actor, else 404 (no existence leak). */
export async function readableRun(db: Executor, session: Session, id: number) {
  const run = await repo.findRun(db, id);
  if (!run || !can(session.actor, 'survey.run.read', { unitPath: run.unitPath }))
    throw notFound('Đợt khảo sát');
  return run;
}

async function checkInput(
  db: Executor,
  unitPath: string,
  document: SurveyInstrument,
  input: RunInput,
) {
  if (input.endsOn < input.startsOn)
    throw invalid(
      'endsOn',
      `Ngày kết thúc (${formatDateVi(input.endsOn)}) trước ngày bắt đầu (${formatDateVi(input.startsOn)}).`,
    );
  const seen = new Set<string>();
  for (const [i, s] of input.strata.entries()) {
    if (seen.has(s.code)) throw invalid(`strata.${i}.code`, `Mã nhóm mẫu "${s.code}" bị trùng.`);
    seen.add(s.code);
    const categories = new Set<string>();
    for (const [j, quota] of s.quotas.entries()) {
      const key = `${quota.question}=${quota.value}`;
      const problem = categories.has(key)
        ? `Chỉ tiêu "${key}" ghi hai lần.`
        : quotaProblem(document, quota);
      if (problem) throw invalid(`strata.${i}.quotas.${j}`, `Nhóm mẫu "${s.code}": ${problem}`);
      categories.add(key);
    }
    if (s.unitId === null) continue;
    const unit = await findUnitById(db, s.unitId, todayVn());
    if (!unit || !unit.path.startsWith(unitPath))
      throw invalid(
        `strata.${i}.unitId`,
        `Nhóm mẫu "${s.name}": đơn vị không thuộc đơn vị tổ chức khảo sát.`,
      );
  }
}

export async function list(db: Executor, session: Session, unitId: number) {
  const unit = await findUnitById(db, unitId, todayVn());
  if (!unit || !can(session.actor, 'survey.run.read', { unitPath: unit.path }))
    throw notFound('Đơn vị');
  return repo.listRuns(db, unit.path);
}

async function writeStrata(db: Executor, runId: number, strata: StratumInput[]) {
  for (const s of strata) {
    await db
      .insert(surveyStratum)
      .values({ runId, ...s })
      .onConflictDoUpdate({
        target: [surveyStratum.runId, surveyStratum.code],
        set: {
          name: s.name,
          unitId: s.unitId,
          target: s.target,
          population: s.population,
          quotas: s.quotas,
        },
      });
  }
}

export async function create(
  db: Executor,
  session: Session,
  body: RunInput & { unitId: number; instrumentVersionId: number },
) {
  const unit = await findUnitById(db, body.unitId, todayVn());
  if (!unit || !can(session.actor, 'unit.read', { unitPath: unit.path })) throw notFound('Đơn vị');
  if (!can(session.actor, 'survey.run.write', { unitPath: unit.path })) throw forbidden(FORBIDDEN);
  const version = await findVersionById(db, body.instrumentVersionId);
  if (!version)
    throw invalid(
      'instrumentVersionId',
      'Phiên bản bộ câu hỏi không tồn tại (chỉ chọn được phiên bản đã ban hành).',
    );
  await checkInput(db, unit.path, version.document, body);
  const [row] = await db
    .insert(surveyRun)
    .values({
      unitId: unit.id,
      instrumentVersionId: version.id,
      name: body.name,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      status: body.status,
      createdBy: session.userId,
    })
    .returning({ id: surveyRun.id });
  await writeStrata(db, row!.id, body.strata);
  await recordAudit(db, session, {
    action: 'create',
    entity: 'survey_run',
    entityId: row!.id,
    unitPath: unit.path,
    summary: `Tạo đợt khảo sát "${body.name}" (${version.title_vi}, phiên bản ${version.version}) của ${unit.name}`,
  });
  return (await repo.findRun(db, row!.id))!;
}

export async function update(
  db: Executor,
  session: Session,
  id: number,
  body: RunInput & { version: number },
) {
  const run = await readableRun(db, session, id);
  if (!can(session.actor, 'survey.run.write', { unitPath: run.unitPath }))
    throw forbidden(FORBIDDEN);
  if (run.version !== body.version) throw staleVersion(run.version);
  await checkInput(db, run.unitPath, await repo.runDocument(db, run.instrumentVersionId), body);
  const kept = new Set(body.strata.map((s) => s.code));
  const dropped = run.strata.filter((s) => !kept.has(s.code));
  // Every stored response holds its stratum, counted or not (flagged, excluded).
  const stored = await repo.storedByStratum(db, id);
  const answered = dropped.find((s) => (stored.get(s.id) ?? 0) > 0);
  if (answered)
    throw invalid(
      'strata',
      `Nhóm mẫu "${answered.name}" đã có ${stored.get(answered.id)} phiếu, không xoá được.`,
    );
  if (dropped.length > 0)
    await db.delete(surveyStratum).where(
      and(
        eq(surveyStratum.runId, id),
        inArray(
          surveyStratum.code,
          dropped.map((s) => s.code),
        ),
      ),
    );
  await writeStrata(db, id, body.strata);
  await db
    .update(surveyRun)
    .set({
      name: body.name,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      status: body.status,
      updatedAt: now(),
      version: sql`${surveyRun.version} + 1`,
    })
    .where(eq(surveyRun.id, id));
  await recordAudit(db, session, {
    action: 'update',
    entity: 'survey_run',
    entityId: id,
    unitPath: run.unitPath,
    summary: `Sửa đợt khảo sát "${body.name}"`,
    before: { status: run.status, strata: run.strata.length },
    after: { status: body.status, strata: body.strata.length },
  });
  return (await repo.findRun(db, id))!;
}
