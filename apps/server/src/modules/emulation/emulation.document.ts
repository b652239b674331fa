import { RATING_LABELS, compareVietnamese } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { forbidden } from '../../platform/errors.ts';
import { can } from '@papi/domain';
import { todayVn } from '../../platform/clock.ts';
import {
  renderEmulationDecision,
  type EmulationDecisionInput,
} from '../../platform/documents/emulation-docx.ts';
import { findUnitById } from '../units/units.repository.ts';
import * as repo from './emulation.repository.ts';
import { readableRun } from './emulation.runs.ts';

const inSentence = (fullName: string) =>
  fullName.charAt(0).toLocaleLowerCase('vi') + fullName.slice(1);

/**
 * The draft decision of a run (its lists, its annex of scores): the unit's managers only,
 * since it names every agency's and commune's result.
 */
export async function decisionDocument(db: Executor, session: Session, id: number) {
  const run = await readableRun(db, session, id);
  if (!can(session.actor, 'emulation.read.all', { unitPath: run.unit_path }))
    throw forbidden('Chỉ lãnh đạo, đầu mối Nội vụ, quản trị của đơn vị tải dự thảo quyết định.');
  const { results, lists } = await repo.runContent(db, run.id);
  const unit = (await findUnitById(db, run.unit_id, results.asOf))!;
  const name = new Map(results.subjects.map((s) => [`${s.kind}:${s.id}`, s.name]));
  const names = (l: typeof lists.commend) =>
    l.map((s) => name.get(`${s.kind}:${s.id}`)!).sort(compareVietnamese);
  const criteria = results.criteria.criteria.map((c) => ({
    code: c.code,
    name: c.name,
    maxPoints: c.maxPoints,
  }));
  const group = (kind: 'agency' | 'commune', title: string) => ({
    title,
    rows: results.subjects
      .filter((s) => s.kind === kind)
      .map((s) => ({
        name: s.name,
        points: Object.fromEntries(
          s.score.lines.filter((l) => l.kind === 'criterion').map((l) => [l.code, l.points]),
        ),
        bonus: s.score.bonus,
        penalty: s.score.penalty,
        total: s.score.total,
        rank: s.rank,
        rating: RATING_LABELS[s.score.rating],
      })),
  });
  const input: EmulationDecisionInput = {
    issuer: ['Ủy ban nhân dân', unit.fullName],
    issuerName: `Ủy ban nhân dân ${inSentence(unit.fullName)}`,
    unitInSentence: inSentence(unit.fullName),
    place: unit.name,
    issueYear: Number(todayVn().slice(0, 4)),
    year: run.year,
    proposer:
      unit.level === 'province' ? 'Giám đốc Sở Nội vụ' : 'Chủ tịch Hội đồng Thi đua - Khen thưởng',
    commend: names(lists.commend),
    criticise: names(lists.criticise),
    criteria,
    groups: [
      group('agency', 'Các sở, ban, ngành và cơ quan'),
      group('commune', 'Các xã, phường, đặc khu'),
    ].filter((g) => g.rows.length > 0),
    approved: run.status === 'approved',
  };
  const body = await renderEmulationDecision(input);
  return {
    filename: `Quyết định thi đua năm ${run.year} (phiên bản ${run.version_no}).docx`,
    body,
  };
}
