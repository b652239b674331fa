import type { Executor } from '../../db/client.ts';
import type { PlanRecord } from './plans.repository.ts';
import { unitsByIds } from './plan-cascade.repository.ts';

/**
 * What is wrong with the units the plan's obligations name, as issuance errors: each must
 * be a current unit strictly below the issuing unit.
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
  const problems: string[] = [];
  for (const o of obligations) {
    if (o.unitIds.length === 0)
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
