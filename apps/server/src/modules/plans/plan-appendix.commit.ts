import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  can,
  foldVietnamese,
  guessAgencyKind,
  type AgencyRef,
  type AppendixIssue,
} from '@papi/domain';
import type { TAgency, ZAppendixCommitBody } from '@papi/contracts';
import type { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, forbidden } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { agency } from '../agencies/agencies.table.ts';
import { agencySearchText } from '../agencies/agencies.repository.ts';
import { planTask } from './plans.table.ts';
import * as repo from './plans.repository.ts';
import { bump, editable } from './plans.access.ts';
import { planDetail } from './plans.service.ts';
import { analyseAppendix, type AppendixInput } from './plan-appendix.import.ts';
import { groupsOf, mergeGroups, taskRecordsOf } from './plan-appendix.check.ts';

type CommitBody = z.infer<typeof ZAppendixCommitBody>;
const ISSUE_LIMIT = 200;

/**
 * Saves an appendix file into a draft in one transaction, only when every row is clean and
 * every unknown agency name is mapped to a catalogue agency or asked to be created.
 */
export async function commitAppendix(db: Db, session: Session, planId: number, body: CommitBody) {
  // Reading and checking happen before the transaction: PGlite has one connection to share.
  const p = await editable(db, session, planId);
  const input: AppendixInput = body;
  const { preview, rows, agencies, groups } = await analyseAppendix(db, p, input);
  const issues: AppendixIssue[] = preview.issues.filter((i) => i.severity === 'error');
  const known = new Map(agencies.map((a) => [a.id, a]));
  const toCreate = new Set<string>();
  const folded = new Map(Object.entries(body.agencyMap).map(([k, v]) => [foldVietnamese(k), v]));
  // A collective the caller mapped anyway is checked and saved like any unknown name.
  const mappedGroups = preview.groups.filter((g) => folded.has(foldVietnamese(g.name)));
  for (const u of [...preview.unknownAgencies, ...mappedGroups]) {
    const choice = folded.get(foldVietnamese(u.name));
    if (choice === 'create') toCreate.add(u.name);
    else if (choice !== undefined && !known.has(choice))
      issues.push({
        severity: 'error',
        code: 'BAD_AGENCY_MAP',
        row: u.rows[0]!,
        column: null,
        message: `Cơ quan #${choice} chọn cho "${u.name}" không có hoặc không thuộc phạm vi của kế hoạch (trường "agencyMap").`,
      });
    else if (choice === undefined)
      issues.push({
        severity: 'error',
        code: 'UNKNOWN_AGENCY',
        row: u.rows[0]!,
        column: null,
        message: `Dòng ${u.rows.join(', ')}: cơ quan "${u.name}" chưa có trong danh mục; hãy chọn cơ quan tương ứng hoặc tạo mới.`,
      });
  }
  const existing = body.mode === 'append' ? await repo.listTasks(db, p.id) : [];
  const taken = new Set(existing.map((t) => t.number));
  for (const r of rows)
    if (!r.group && taken.has(r.number))
      issues.push({
        severity: 'error',
        code: 'DUPLICATE_NUMBER',
        row: r.row,
        column: preview.mapping.number ?? null,
        message: `Dòng ${r.row}: kế hoạch đã có nhiệm vụ số ${r.number}.`,
      });
  if (issues.length > 0)
    throw badRequest(
      'IMPORT_INVALID',
      `Tệp có ${issues.length} lỗi, chưa lưu gì. Lỗi đầu tiên: ${issues[0]!.message}`,
      { errors: issues.length, issues: issues.slice(0, ISSUE_LIMIT) },
    );
  if (toCreate.size > 0 && !can(session.actor, 'agency.write', { unitPath: p.unitPath }))
    throw forbidden(
      'Chỉ quản trị viên và cán bộ điều phối được tạo cơ quan mới; hãy chọn cơ quan có sẵn.',
    );

  // Keys new to the plan, so appended headings never collide with earlier ones.
  const keys = new Map<string, string>();
  const keyOf = (k: string) => {
    let key = keys.get(k);
    if (key === undefined) keys.set(k, (key = `g${randomUUID().slice(0, 8)}`));
    return key;
  };
  return db.transaction(async (tx) => {
    await bump(tx, p, body.version, {
      body: mergeGroups(p.body, groupsOf(rows, keyOf), body.mode),
    });
    const created = await createAgencies(tx, session, p.unitId, p.unitPath, [...toCreate]);
    const idOf = (name: string, agencyId: number | null): AgencyRef => {
      const members = groups.get(name);
      if (agencyId === null && members && !folded.has(foldVietnamese(name)))
        return { kind: 'group', label: name, memberIds: members };
      const id =
        agencyId ??
        (typeof folded.get(foldVietnamese(name)) === 'number'
          ? (folded.get(foldVietnamese(name)) as number)
          : created.get(name)!.id);
      return {
        kind: 'agency' as const,
        id: String(id),
        name: known.get(id)?.name ?? created.get(name)?.name ?? name,
      };
    };
    if (body.mode === 'replace') await tx.delete(planTask).where(eq(planTask.planId, p.id));
    const start = Math.max(0, ...existing.map((t) => t.position));
    const tasks = taskRecordsOf(rows, idOf, keyOf, start);
    for (let i = 0; i < tasks.length; i += 500) {
      await tx.insert(planTask).values(
        tasks.slice(i, i + 500).map((t) => ({
          ...t,
          planId: p.id,
          taskKey: randomUUID(),
          budget: t.budget === null ? null : String(t.budget),
        })),
      );
    }
    await recordAudit(tx, session, {
      action: 'import',
      entity: 'plan',
      entityId: p.id,
      unitPath: p.unitPath,
      summary: `Nhập ${tasks.length} nhiệm vụ từ tệp "${body.filename}" vào kế hoạch "${p.title}" (${body.mode === 'replace' ? 'thay thế' : 'thêm vào'})`,
      before: { tasks: body.mode === 'replace' ? undefined : existing.length },
      after: { tasks: tasks.length, createdAgencies: [...created.values()].map((a) => a.name) },
    });
    const after = (await repo.findPlan(tx, p.id))!;
    return {
      imported: tasks.length,
      createdAgencies: [...created.values()].map((a) => ({ id: a.id, name: a.name })),
      plan: await planDetail(tx, session, after),
    };
  });
}

async function createAgencies(
  tx: Executor,
  session: Session,
  unitId: number,
  unitPath: string,
  names: string[],
) {
  const out = new Map<string, Pick<TAgency, 'id' | 'name'>>();
  for (const name of names) {
    const [row] = await tx
      .insert(agency)
      .values({
        unitId,
        name,
        shortName: '',
        kind: guessAgencyKind(name),
        search: agencySearchText(name, ''),
      })
      .returning({ id: agency.id, name: agency.name });
    out.set(name, row!);
    await recordAudit(tx, session, {
      action: 'create',
      entity: 'agency',
      entityId: row!.id,
      unitPath,
      summary: `Thêm cơ quan "${name}" khi nhập phụ lục kế hoạch`,
      after: { name },
    });
  }
  return out;
}
