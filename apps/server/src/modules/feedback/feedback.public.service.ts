import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  DEFAULT_FEEDBACK_DAYS,
  feedbackDueOn,
  foldVietnamese,
  makeTrackingCode,
  maskPersonalData,
} from '@papi/domain';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { fileStoreFor } from '../../platform/files/file-store.ts';
import { extensionOf, KIND_INFO } from '../../platform/files/sniff.ts';
import type { Upload } from '../../platform/files/upload.ts';
import { keyedHash } from '../../platform/public/form.ts';
import { checkEvidence } from '../execution/evidence.check.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { feedback, feedbackFile, feedbackStep } from './feedback.table.ts';
import * as repo from './feedback.repository.ts';
import { feedbackSectionEnabled } from '../transparency/transparency.settings.ts';
import { findPublicUnit as findInstallationUnit } from '../transparency/transparency.units.ts';

/** The unit whose public page it is: a current unit of this installation (transparency's rule). */
export interface PublicUnit {
  id: number;
  code: string;
  path: string;
  fullName: string;
  level: string;
}

/**
 * The unit an address names — its readable name (`phuong-moc-chau`) or code, as the
 * transparency page links — among this installation's current units only (another
 * province's commune, a district or a ceased commune is unknown); null also while the
 * public page or its feedback section is turned off.
 */
export async function findPublicUnit(db: Executor, key: string): Promise<PublicUnit | null> {
  if (!(await feedbackSectionEnabled(db))) return null;
  const found = await findInstallationUnit(db, todayVn(), key);
  return found && key !== '' ? found.unit : null;
}

/** What a citizen may name as concerned: the unit's communes and its own agencies. */
export async function placesOf(db: Executor, unit: PublicUnit) {
  const today = todayVn();
  const [communes, agencies] = await Promise.all([
    db.execute<{ id: number; name: string }>(sql`
      select id, full_name as name from admin_unit
       where path like ${unit.path} || '%' and level = 'commune' and era = 'post2025'
         and (valid_to is null or ${today}::date <= valid_to)`),
    db.execute<{ id: number; name: string }>(sql`
      select id, name from agency where unit_id = ${unit.id} and active order by name`),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');
  return {
    communes: communes.rows.sort(byName).map((u) => ({ value: `u${u.id}`, label: u.name })),
    agencies: agencies.rows.map((a) => ({ value: `a${a.id}`, label: a.name })),
  };
}

const PUBLIC_KINDS = ['png', 'jpeg', 'gif', 'webp', 'pdf'] as const;
const PUBLIC_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'pdf'];

/** Checks a citizen's file like evidence, and narrower: photos and PDFs only. */
export function checkPublicFile(file: Upload, maxBytes: number) {
  if (!PUBLIC_EXTENSIONS.includes(extensionOf(file.name)))
    throw new AppError(
      400,
      'FILE_TYPE',
      `Tệp “${file.name}” không được nhận: chỉ nhận ảnh (PNG, JPEG, GIF, WebP) hoặc PDF.`,
    );
  const kind = checkEvidence(file.name, file.size, file.head, maxBytes);
  if (!(PUBLIC_KINDS as readonly string[]).includes(kind))
    throw new AppError(
      400,
      'FILE_TYPE',
      `Tệp “${file.name}” không được nhận: chỉ nhận ảnh (PNG, JPEG, GIF, WebP) hoặc PDF.`,
    );
  return kind;
}

export interface SubmitInput {
  topic: string;
  place: { unitId: number } | { agencyId: number } | null;
  body: string;
  contact: string | null;
  publicAllowed: boolean;
  address: string;
  files: Upload[];
}

/** Address burst: more than this many cases from one address in a day are refused. */
export const DAILY_PER_ADDRESS = 10;

export type SubmitResult =
  { kind: 'stored'; code: string } | { kind: 'duplicate'; code: string } | { kind: 'burst' };

/** The working days a unit's agencies have: its own setting, else its nearest parent's. */
async function answerDays(db: Executor, path: string) {
  const ids = path.split('/').filter(Boolean).map(Number).reverse();
  for (const id of ids) {
    const days = await repo.answerDaysOf(db, id);
    if (days !== null) return days;
  }
  return DEFAULT_FEEDBACK_DAYS;
}

/**
 * Stores a citizen's case: refuses a repeat of the same text from the same address within a
 * day (the citizen gets the first code back) and a burst from one address; routes it to the
 * committee of the commune concerned, or to the agency named; sets the due date.
 */
export async function submitFeedback(
  db: Executor,
  config: Pick<Config, 'dataDir' | 's3'>,
  unit: PublicUnit,
  input: SubmitInput,
): Promise<SubmitResult> {
  const sourceHash = await keyedHash(db, 'feedback_address_key', `${unit.id}|${input.address}`);
  const textHash = await keyedHash(db, 'feedback_address_key', foldVietnamese(input.body));
  const at = now();
  const dayAgo = new Date(at.getTime() - 24 * 3600_000);
  const recent = await db.execute<{ code: string; text_hash: string }>(sql`
    select code, text_hash from feedback
     where source_hash = ${sourceHash} and received_at > ${dayAgo.toISOString()}::timestamptz
     order by id`);
  const same = recent.rows.find((r) => r.text_hash === textHash);
  if (same) return { kind: 'duplicate', code: same.code };
  if (recent.rows.length >= DAILY_PER_ADDRESS) return { kind: 'burst' };

  let placeUnitId: number | null = null;
  let placeAgencyId: number | null = null;
  let assignee: number | null = null;
  let handlerPath = unit.path;
  if (input.place && 'unitId' in input.place) {
    placeUnitId = input.place.unitId;
    assignee = await repo.committeeOf(db, placeUnitId);
    const r = await db.execute<{ path: string }>(
      sql`select path from admin_unit where id = ${placeUnitId}`,
    );
    handlerPath = r.rows[0]!.path;
  } else if (input.place) {
    placeAgencyId = input.place.agencyId;
    assignee = placeAgencyId;
  }
  const today = todayVn();
  const calendar = await loadCalendar(db, handlerPath);
  const dueOn = feedbackDueOn(today, await answerDays(db, handlerPath), calendar);
  const code = makeTrackingCode(Number(today.slice(0, 4)), randomBytes(8));
  const status = assignee ? 'assigned' : 'received';
  const [row] = await db
    .insert(feedback)
    .values({
      code,
      unitId: unit.id,
      unitPath: unit.path,
      handlerPath,
      topic: input.topic,
      placeUnitId,
      placeAgencyId,
      body: input.body,
      contact: input.contact,
      publicAllowed: input.publicAllowed,
      status,
      lastAction: assignee ? 'assign' : 'submit',
      assigneeAgencyId: assignee,
      receivedOn: today,
      dueOn,
      sourceHash,
      textHash,
      search: foldVietnamese(`${code} ${maskPersonalData(input.body).text}`),
    })
    .returning({ id: feedback.id });
  const id = row!.id;
  await db.insert(feedbackStep).values({ feedbackId: id, action: 'submit', status: 'received' });
  if (assignee)
    await db.insert(feedbackStep).values({
      feedbackId: id,
      action: 'assign',
      status: 'assigned',
      agencyId: assignee,
      note: 'Tự động theo nơi được phản ánh',
    });
  const store = fileStoreFor(config);
  const stored: string[] = [];
  try {
    for (const file of input.files) {
      const kind = checkPublicFile(file, PUBLIC_FILE_MAX_BYTES);
      const key = `feedback/${today.slice(0, 4)}/${today.slice(5, 7)}/${randomUUID()}`;
      await store.putFile(key, file.tempPath, KIND_INFO[kind].mime);
      stored.push(key);
      await db.insert(feedbackFile).values({
        feedbackId: id,
        originalName: file.name,
        mime: KIND_INFO[kind].mime,
        size: file.size,
        sha256: file.sha256,
        storageKey: key,
      });
    }
    await recordAudit(db, null, {
      action: 'create',
      entity: 'feedback',
      entityId: id,
      unitPath: handlerPath,
      summary: `Tiếp nhận phản ánh ${code} từ trang công khai của ${unit.fullName}`,
      after: { topic: input.topic, files: input.files.length, status, dueOn },
    });
  } catch (err) {
    await Promise.all(stored.map((k) => store.delete(k)));
    throw err;
  }
  return { kind: 'stored', code };
}

/** Photos and PDFs from the public form: 5 MB each, 3 at most. */
export const PUBLIC_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const PUBLIC_MAX_FILES = 3;

export async function findByCode(db: Executor, unit: PublicUnit, code: string) {
  return repo.findFeedback(db, sql`f.code = ${code} and f.unit_id = ${unit.id}`);
}

/** The citizen's rating of an approved answer, once; false when there is nothing to rate. */
export async function rateFeedback(
  db: Executor,
  f: repo.FeedbackRow,
  rating: number,
  comment: string | null,
): Promise<boolean> {
  const r = await db.execute(sql`
    update feedback set rating = ${rating}, rating_comment = ${comment},
           rated_at = ${now().toISOString()}::timestamptz, version = version + 1
     where id = ${f.id} and status = 'answered' and rating is null`);
  if ((r.rowCount ?? 0) === 0) return false;
  await db
    .insert(feedbackStep)
    .values({ feedbackId: f.id, action: 'rate', status: 'answered', note: `${rating}/5` });
  await recordAudit(db, null, {
    action: 'update',
    entity: 'feedback',
    entityId: f.id,
    unitPath: f.handler_path,
    summary: `Người gửi đánh giá trả lời phản ánh ${f.code}: ${rating}/5`,
    after: { rating },
  });
  return true;
}

/** Answered cases the leaders chose to publish (and the citizen allowed), newest first. */
export async function answeredList(db: Executor, unit: PublicUnit, page: number, pageSize = 20) {
  return repo.pageFeedback(
    db,
    sql`f.unit_path like ${unit.path} || '%' and f.status = 'answered' and f.published
        and f.public_allowed`,
    page,
    pageSize,
  );
}
