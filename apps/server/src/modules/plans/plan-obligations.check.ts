import type { Executor } from '../../db/client.ts';
import type { PlanRecord } from './plans.repository.ts';
import { agenciesByIds, unitsByIds } from './plan-cascade.repository.ts';

/**
 * What is wrong with the units and agencies the plan's obligations name, as issuance
 * errors: each unit must be current and strictly below the issuing unit; each agency an
 * active sở/ban/ngành (not a People's Committee) of the issuing unit or a unit below it.
 */
export async function obligationProblems(
  db: Executor,
  record: PlanRecord,
  today: string,
): Promise<string[]> {
  const obligations = record.body.obligations;
  const asNumber = (s: string) => (/^\d{1,9}$/.test(s) ? Number(s) : null);
  const ids = obligations.flatMap((o) => o.unitIds.map(asNumber)).filter((n) => n !== null);
  const units = new Map((await unitsByIds(db, ids)).map((u) => [u.id, u]));
  const agencyIds = obligations.flatMap((o) => o.agencyIds.map(asNumber)).filter((n) => n !== null);
  const agencies = new Map((await agenciesByIds(db, agencyIds)).map((a) => [a.id, a]));
  const problems: string[] = [];
  for (const o of obligations) {
    for (const raw of o.agencyIds) {
      const id = asNumber(raw);
      const a = id === null ? undefined : agencies.get(id);
      if (!a || !a.active || a.kind === 'ubnd' || !a.path.startsWith(record.unitPath))
        problems.push(
          `Nghĩa vụ "${o.addressees}": cơ quan mã ${raw} không tồn tại, đã ngừng hoạt động, là Ủy ban nhân dân hoặc không thuộc ${record.unit.fullName}.`,
        );
    }
    if (o.unitIds.length === 0 && o.agencyIds.length === 0)
      problems.push(`Nghĩa vụ "${o.addressees}": chưa chọn đơn vị phải ban hành kế hoạch.`);
    for (const raw of o.unitIds) {
      const id = asNumber(raw);
      const u = id === null ? undefined : units.get(id);
      const below = u && u.path !== record.unitPath && u.path.startsWith(record.unitPath);
      if (!u || !below || (u.valid_to !== null && u.valid_to < today)) {
        problems.push(
          `Nghĩa vụ "${o.addressees}": đơn vị mã ${raw} không tồn tại, đã hết hiệu lực hoặc không trực thuộc ${record.unit.fullName}.`,
        );
      }
    }
  }
  return problems;
}
