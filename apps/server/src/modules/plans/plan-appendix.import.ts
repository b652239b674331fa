import { sql } from 'drizzle-orm';
import {
  APPENDIX_COLUMN_FIELDS,
  detectHeaderRow,
  editionFor,
  indexAgencies,
  obsoleteLevelNote,
  parseAppendixRows,
  suggestAgency,
  type AgencyRef,
  suggestMapping,
  unknownAgencies,
  type AppendixRow,
  type CatalogueAgency,
  type ColumnMapping,
} from '@papi/domain';
import type { TAppendixMapping, TAppendixPreview } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { badRequest } from '../../platform/errors.ts';
import { findFramework } from '../indices/indices.repository.ts';
import {
  columnLetter,
  decodeUpload,
  readSheet,
  type Cell,
} from '../indices/indices.import.file.ts';
import type { PlanRecord } from './plans.repository.ts';
import { PLAN_FRAMEWORK } from './plans.service.ts';
import { memberAgencies, suggester } from './plan-groups.ts';
import { restructuring2025 } from './plan-restructuring.ts';
import { checkImportedPlan } from './plan-appendix.check.ts';

export interface AppendixInput {
  filename: string;
  contentBase64: string;
  headerRow?: number | undefined;
  mapping?: TAppendixMapping | undefined;
  links?: Record<string, string[]> | undefined;
  mode?: 'replace' | 'append' | undefined;
}

export interface AppendixAnalysis {
  preview: TAppendixPreview;
  rows: AppendixRow[];
  agencies: CatalogueAgency[];
  /** Collective names of the file → the members their wording suggests. */
  groups: Map<string, string[]>;
}

const letterIndex = (letter: string) =>
  [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Active agencies a plan of this unit may name: its subtree's and its ancestors'. */
export async function catalogueAround(db: Executor, unitPath: string): Promise<CatalogueAgency[]> {
  const r = await db.execute<{
    id: number;
    name: string;
    short_name: string;
    unit_name: string;
    kind: string;
  }>(sql`
    select a.id, a.name, a.short_name, a.kind, u.name as unit_name
      from agency a join admin_unit u on u.id = a.unit_id
     where a.active and (u.path like ${`${unitPath}%`} or ${unitPath} like u.path || '%')
     order by length(u.path) desc, a.id`);
  return r.rows.map((a) => ({
    id: a.id,
    name: a.name,
    shortName: a.short_name,
    unitName: a.unit_name,
    kind: a.kind,
  }));
}

const text = (c: Cell) => (c === null ? '' : String(c).trim());

/**
 * Reads an appendix file for a plan: finds the header, maps the columns (the caller's
 * mapping or one suggested from the headers), reads every row and lists every problem and
 * every agency name the catalogue does not know. Pure reading: nothing is saved.
 */
export async function analyseAppendix(
  db: Executor,
  p: PlanRecord,
  input: AppendixInput,
): Promise<AppendixAnalysis> {
  const sheet = await readSheet(input.filename, decodeUpload(input.contentBase64));
  const all = [{ row: sheet.headerRow, cells: sheet.header as Cell[] }, ...sheet.rows];
  let headerAt: number;
  if (input.headerRow !== undefined) {
    headerAt = all.findIndex((r) => r.row === input.headerRow);
    if (headerAt < 0)
      throw badRequest(
        'BAD_HEADER_ROW',
        `Dòng ${input.headerRow} của tệp trống hoặc không có (trường "headerRow").`,
      );
  } else {
    const found = detectHeaderRow(all.map((r) => r.cells.map(text)));
    if (found === null)
      throw badRequest(
        'NO_HEADER',
        `Không tìm thấy dòng tiêu đề trong tệp "${input.filename}": cần ít nhất các cột "Nội dung" và một cột khác như "Cơ quan chủ trì", "Thời gian hoàn thành".`,
      );
    headerAt = found;
  }
  const header = all[headerAt]!.cells.map(text);
  const data = all.slice(headerAt + 1);
  const width = Math.max(header.length, ...data.map((r) => r.cells.length));

  let mapping: ColumnMapping;
  if (input.mapping) {
    mapping = {};
    for (const [field, letter] of Object.entries(input.mapping)) {
      if (!letter) continue;
      const i = letterIndex(letter);
      if (i >= width)
        throw badRequest(
          'BAD_MAPPING',
          `Cột ${letter} (trường "mapping.${field}") không có trong tệp (tệp có ${width} cột).`,
        );
      mapping[field as keyof ColumnMapping] = i;
    }
  } else mapping = suggestMapping(header);

  const framework = await findFramework(db, PLAN_FRAMEWORK);
  const edition = framework ? editionFor(framework, p.year) : null;
  const dimensions = (edition?.dimensions ?? []).flatMap((d) => [
    { code: d.code, name: d.nameVi },
    ...d.subDimensions.map((s) => ({ code: s.code, name: s.nameVi })),
  ]);
  const agencies = await catalogueAround(db, p.unitPath);
  const index = indexAgencies(agencies);
  const { rows, issues } = parseAppendixRows(data, mapping, {
    year: p.year,
    agencies: index,
    dimensions,
    columnLabel: columnLetter,
    links: new Map(Object.entries(input.links ?? {}).map(([row, codes]) => [Number(row), codes])),
  });
  if (!rows.some((r) => !r.group) && !issues.some((i) => i.code === 'MISSING_COLUMN'))
    issues.push({
      severity: 'error',
      code: 'NO_TASKS',
      row: null,
      column: null,
      message: `Tệp không có nhiệm vụ nào dưới dòng tiêu đề (dòng ${all[headerAt]!.row}).`,
    });
  // A name no agency has may be a collective ("UBND các xã, phường"): a group, not a new agency.
  const unknown = unknownAgencies(rows);
  const groups = new Map<string, string[]>();
  const collectives: TAppendixPreview['groups'] = [];
  if (unknown.size > 0) {
    const suggest = suggester(p, await memberAgencies(db, p.unitPath));
    for (const [name, at] of unknown) {
      const members = suggest(name);
      if (members === null) continue;
      groups.set(name, members);
      // A level that no longer exists reads as a group with nobody in it: say so.
      const note =
        obsoleteLevelNote(name, p.period.to) ??
        (members.length === 0
          ? `"${name}": không có cơ quan nào thuộc nhóm này trong phạm vi kế hoạch.`
          : null);
      if (note)
        issues.push({
          severity: 'warning',
          code: 'EMPTY_GROUP',
          row: at[0]!,
          column: null,
          message: `Dòng ${at.join(', ')}: ${note}`,
        });
      collectives.push({ name, rows: at, members: members.length, note });
      unknown.delete(name);
    }
  }
  const byId = new Map(agencies.map((a) => [a.id, a]));
  // Unknown names are mapped or created at commit; until then they count as named groups.
  const refOf = (name: string, agencyId: number | null): AgencyRef =>
    agencyId !== null
      ? { kind: 'agency', id: String(agencyId), name: byId.get(agencyId)?.name ?? name }
      : { kind: 'group', label: name, memberIds: groups.get(name) ?? [] };
  const planIssues = await checkImportedPlan(db, p, rows, refOf, input.mode ?? 'replace');
  const table = restructuring2025();
  const mappingOut: TAppendixMapping = {};
  for (const f of APPENDIX_COLUMN_FIELDS)
    if (mapping[f] !== undefined) mappingOut[f] = columnLetter(mapping[f]!);
  const preview: TAppendixPreview = {
    format: sheet.format,
    headerRow: all[headerAt]!.row,
    columns: Array.from({ length: width }, (_, i) => ({
      letter: columnLetter(i),
      header: header[i] ?? '',
      samples: data
        .map((r) => text(r.cells[i] ?? null))
        .filter(Boolean)
        .slice(0, 3),
    })),
    mapping: mappingOut,
    rows: rows.map((r) => ({
      row: r.row,
      group: r.group,
      key: r.key,
      level: r.level,
      parentKey: r.parentKey,
      link: r.link,
      inherited: r.inherited,
      notes: r.notes,
      number: r.number,
      title: r.title,
      content: r.content,
      dimensionCodes: r.dimensionCodes,
      lead: r.lead?.name ?? null,
      leadAgencyId: r.lead?.agencyId ?? null,
      cooperating: r.cooperating,
      deadlineText: r.deadlineText,
      deadline: r.deadline,
      expectedResult: r.expectedResult,
      budget: r.budget,
      budgetSource: r.budgetSource,
    })),
    tasks: rows.filter((r) => !r.group).length,
    issues,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    groups: collectives,
    unknownAgencies: [...unknown].map(([name, at]) => {
      const s = suggestAgency(name, index, agencies, table);
      return {
        name,
        rows: at,
        suggestions: s.suggestions.map((a) => ({ id: a.id, name: a.name })),
        preselect: s.preselect,
        reason: s.reason,
      };
    }),
    planIssues,
    planErrors: planIssues.filter((i) => i.severity === 'error').length,
    planWarnings: planIssues.filter((i) => i.severity === 'warning').length,
    dimensions,
  };
  return { preview, rows, agencies, groups };
}
