import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { renderPlanDocx } from '../../platform/documents/plan-docx.ts';
import { docxToPdf } from '../indices/report/report.pdf.ts';
import { planDocumentInput } from '../plans/plans.document.ts';
import { planDimensions } from '../plans/plan-appendix.groups.ts';
import * as plans from '../plans/plans.repository.ts';
import { toDomainPlan } from '../plans/plans.service.ts';

/**
 * An issued plan's document for the public: the same Word file signed-in users download,
 * and its PDF through LibreOffice where installed. An issued plan's text no longer changes
 * (its version is part of the key anyway), so each file is made once per process: a
 * province opening one plan costs one conversion, not thousands. Conversions run one at a
 * time, since each takes a LibreOffice process and seconds of CPU.
 */
const MAX_FILES = 40;
const files = new Map<string, Promise<Uint8Array>>();
let conversions: Promise<unknown> = Promise.resolve();
/** How many PDFs this process converted (tests check a second download converts nothing). */
export const publicFileStats = { converted: 0 };

function remember(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const hit = files.get(key);
  if (hit) return hit;
  const made = make();
  files.set(key, made);
  if (files.size > MAX_FILES) files.delete(files.keys().next().value!);
  made.catch(() => files.delete(key));
  return made;
}

/** The plan when it is an issued (or closed) plan of that very unit; null otherwise. */
export async function publicPlan(db: Executor, unitId: number, planId: number) {
  const r = await db.execute<{ id: number }>(sql`
    select id from plan where id = ${planId} and unit_id = ${unitId}
       and status in ('issued', 'closed') and number is not null`);
  return r.rows[0] ? plans.findPlan(db, planId) : null;
}

type Plan = NonNullable<Awaited<ReturnType<typeof publicPlan>>>;

export function planDocx(db: Executor, p: Plan): Promise<Uint8Array> {
  return remember(`${p.id}|${p.version}|docx`, async () => {
    const tasks = await plans.listTasks(db, p.id);
    const dimensions = await planDimensions(db, p.year);
    return renderPlanDocx(planDocumentInput(toDomainPlan(p, tasks), p.unit.fullName, dimensions));
  });
}

export function planPdf(db: Executor, p: Plan, soffice: string | undefined): Promise<Uint8Array> {
  return remember(`${p.id}|${p.version}|pdf`, async () => {
    const docx = await planDocx(db, p);
    const run = conversions.then(() => {
      publicFileStats.converted++;
      return docxToPdf(docx, soffice);
    });
    conversions = run.catch(() => undefined);
    return run;
  });
}

export const planFileName = (p: Plan, ext: 'docx' | 'pdf') =>
  `Kế hoạch ${p.number}-${p.symbol.replace(/\//g, '-')} ${p.year}.${ext}`;
