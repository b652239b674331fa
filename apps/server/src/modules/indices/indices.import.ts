import { sql } from 'drizzle-orm';
import { checkImportRows, editionFor, matchProvince, type Edition } from '@papi/domain';
import type { TImportIssue, TImportPreview, TIndexFramework, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { decodeUpload, readSheet } from './indices.import.file.ts';
import { columnLabel, columnText, detectLayout, readRows } from './indices.import.layout.ts';
import { findFramework } from './indices.repository.ts';

export interface ImportInput {
  filename: string;
  contentBase64: string;
  year: number;
  publishedOn?: string | undefined;
  confirmWarnings?: boolean | undefined;
}

/**
 * The administrative era results attach to: a year up to 2024 describes the 63 pre-2025
 * provinces (PAPI 2024 was published in April 2025, before the merger), 2025 on the 34
 * post-2025 ones.
 */
export const eraOf = (year: number) => (year <= 2024 ? 'pre2025' : 'post2025');

type Province = TUnitRef & { era: string };

export async function provincesOf(db: Executor): Promise<Province[]> {
  const r = await db.execute<Province & { full_name: string }>(sql`
    select id, code, name, full_name, level, era from admin_unit
     where level = 'province' and era in ('pre2025', 'post2025') order by code`);
  return r.rows.map((u) => ({ ...u, fullName: u.full_name }));
}

const ref = ({ id, code, name, fullName, level }: Province): TUnitRef => ({
  id,
  code,
  name,
  fullName,
  level,
});

export async function frameworkAndEdition(db: Executor, code: string, year: number) {
  const framework = await findFramework(db, code);
  if (!framework) throw notFound(`Bộ chỉ số ${code}`);
  const edition = editionFor(framework, year);
  if (!edition) {
    const years = framework.editions.map((e) => `${e.fromYear}–${e.toYear ?? 'nay'}`).join(', ');
    throw badRequest(
      'NO_EDITION',
      `Năm ${year} không thuộc phiên bản nào của bộ chỉ số ${framework.code} (các phiên bản: ${years}).`,
    );
  }
  return { framework, edition };
}

export interface Analysis {
  preview: TImportPreview;
  framework: TIndexFramework;
  edition: Edition;
  existing: { id: number; publishedOn: string | null } | null;
}

/** Parses and checks a file for one year; saves nothing. */
export async function analyseImport(
  db: Executor,
  code: string,
  input: ImportInput,
): Promise<Analysis> {
  const { framework, edition } = await frameworkAndEdition(db, code, input.year);
  const sheet = await readSheet(input.filename, decodeUpload(input.contentBase64));
  const era = eraOf(input.year);
  const all = await provincesOf(db);
  const ofEra = all.filter((p) => p.era === era);
  const otherEra = all.filter((p) => p.era !== era);
  const issues: TImportIssue[] = [];
  const layout = detectLayout(sheet, edition, issues);
  const raw = layout ? readRows(sheet, layout, input.year, edition, issues) : [];
  if (layout && raw.length === 0 && !issues.some((i) => i.code === 'WRONG_YEAR')) {
    issues.push({
      severity: 'error',
      code: 'NO_ROWS',
      row: null,
      column: null,
      message: 'Tệp không có dòng kết quả nào (chỉ có dòng tiêu đề).',
    });
  }
  const units = raw.map((r) => {
    const unit = matchProvince(r.province, ofEra);
    if (unit) return unit;
    const elsewhere = matchProvince(r.province, otherEra);
    const why = elsewhere
      ? era === 'pre2025'
        ? `là tỉnh sau sắp xếp 2025; kết quả năm ${input.year} phải theo 63 tỉnh trước sắp xếp`
        : `không còn là đơn vị cấp tỉnh từ 01/07/2025; kết quả năm ${input.year} phải theo 34 tỉnh sau sắp xếp`
      : 'không khớp với tỉnh/thành phố nào';
    issues.push({
      severity: 'error',
      code: 'UNKNOWN_PROVINCE',
      row: r.row,
      column: layout ? columnLabel(sheet, layout.province) : null,
      message: `Dòng ${r.row}, ${layout ? columnText(sheet, layout.province) : ''}: "${r.province}" ${why}.`,
    });
    return null;
  });

  const fieldColumn = (field: string) =>
    field === 'province'
      ? layout?.province
      : field === 'total'
        ? layout?.total
        : layout?.scores.get(field);
  const checked = checkImportRows(
    edition,
    raw.map((r, i) => ({
      row: r.row,
      unitKey: units[i]?.id ?? null,
      province: units[i]?.name ?? r.province.trim(),
      scores: r.scores,
      total: r.total,
    })),
    (field) => columnText(sheet, fieldColumn(field) ?? 0),
  );
  for (const issue of checked.issues) {
    const col = fieldColumn(issue.field);
    issues.push({
      severity: issue.severity,
      code: issue.kind.toUpperCase(),
      row: issue.row,
      column: col === undefined || col === null ? null : columnLabel(sheet, col),
      message: issue.message,
    });
  }

  const present = new Set(units.flatMap((u) => (u ? [u.id] : [])));
  const missing = ofEra.filter((p) => !present.has(p.id));
  if (layout && raw.length > 0 && missing.length > 0) {
    issues.push({
      severity: 'warning',
      code: 'PROVINCE_NOT_IN_FILE',
      row: null,
      column: null,
      message: `${missing.length} tỉnh/thành phố không có trong tệp, sẽ được ghi là "không đánh giá": ${missing.map((m) => m.name).join(', ')}.`,
    });
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

  const existing = await db.execute<{
    id: number;
    published_on: string | null;
    surveyed: number;
    assessed: number;
  }>(sql`
    select r.id, r.published_on, count(x.unit_id)::int as surveyed,
           count(x.unit_id) filter (where x.assessed)::int as assessed
      from index_release r left join index_result x on x.release_id = r.id
     where r.framework_code = ${framework.code} and r.year = ${input.year}
     group by r.id`);
  const before = existing.rows[0];
  return {
    framework,
    edition,
    existing: before ? { id: before.id, publishedOn: before.published_on } : null,
    preview: {
      code: framework.code,
      year: input.year,
      edition: edition.code,
      era,
      format: sheet.format,
      layout: layout?.kind ?? 'template',
      rows: raw.map((r, i) => ({
        row: r.row,
        province: r.province,
        unit: units[i] ? ref(units[i]) : null,
        scores: r.scores,
        total: r.total,
        computedTotal: checked.rows[i]!.computedTotal,
        assessed: checked.rows[i]!.assessed,
        hasError: checked.rows[i]!.hasError || units[i] === null,
      })),
      missing: missing.map(ref),
      issues,
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      replaces: before ? { surveyed: before.surveyed, assessed: before.assessed } : null,
    },
  };
}
