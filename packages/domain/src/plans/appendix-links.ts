/**
 * After an appendix's rows are read: where each row sits (headings and their items), which
 * dimension each heading and item belongs to and why, and the lead and deadline items take
 * from the heading above when their own cells are blank.
 */
import { foldVietnamese } from '../text/fold.ts';
import type { AppendixRow } from './appendix-rows.ts';
import {
  headingWords,
  isDimensionList,
  matchByName,
  nameScore,
  placeRows,
  type DimensionLink,
  type DimensionName,
} from './appendix-structure.ts';

const NO_LINK: DimensionLink = { codes: [], by: null, reason: null };

const nameOf = (dims: readonly DimensionName[], code: string) =>
  dims.find((d) => d.code === code)?.name ?? code;

/**
 * Fills key, level, parentKey, link and inherited on every row, in place. `overrides`
 * (file row → codes) are the user's own choices and win over any reading; items below a
 * changed heading follow it.
 */
export function structureRows(
  rows: AppendixRow[],
  dimensions: readonly DimensionName[],
  overrides: ReadonlyMap<number, readonly string[]> = new Map(),
): void {
  const places = placeRows(rows.map((r) => ({ row: r.row, heading: r.group, number: r.number })));
  const byKey = new Map<string, AppendixRow>();
  rows.forEach((r, i) => {
    const p = places[i]!;
    r.key = p.key;
    r.level = p.level;
    r.parentKey = p.parentKey;
    if (p.key) byKey.set(p.key, r);
  });
  const top = dimensions.filter((d) => !d.code.includes('.'));
  const subsOf = (code: string) => dimensions.filter((d) => d.code.startsWith(`${code}.`));
  const parentOf = (r: AppendixRow) => (r.parentKey ? byKey.get(r.parentKey) : undefined);
  const topCode = (r: AppendixRow | undefined) => r?.link.codes[0]?.split('.')[0];

  // Headings in order: a name wins, then the number in a dimension-shaped list, then the parent.
  const siblings = new Map<string, AppendixRow[]>();
  for (const r of rows.filter((x) => x.group)) {
    const list = siblings.get(r.parentKey ?? '') ?? [];
    list.push(r);
    siblings.set(r.parentKey ?? '', list);
  }
  const byNumber = new Map<AppendixRow, DimensionName>();
  for (const list of siblings.values()) {
    const numbered = list.filter((h) => /^\d+$/.test(h.number));
    if (
      isDimensionList(
        numbered.map((h) => ({ number: h.number, text: h.content })),
        top,
      )
    )
      numbered.forEach((h) => byNumber.set(h, top[Number(h.number) - 1]!));
  }
  for (const r of rows) {
    const own = overrides.get(r.row);
    if (own) {
      r.dimensionCodes = [...own];
      r.link = { codes: [...own], by: 'user', reason: 'Người dùng chọn.' };
      continue;
    }
    if (r.dimensionCodes.length > 0 && r.link.by === 'column') continue;
    const parent = parentOf(r);
    const inherited: DimensionLink = parent?.link.codes.length
      ? {
          codes: parent.link.codes,
          by: 'heading',
          reason: `Theo mục ${parent.number || `"${parent.content.slice(0, 40)}"`}.`,
        }
      : NO_LINK;
    const pc = topCode(parent);
    if (r.group) {
      const named =
        (pc ? matchByName(r.content, subsOf(pc)) : null) ??
        matchByName(r.content, top) ??
        matchByName(r.content, dimensions);
      const listed = byNumber.get(r);
      if (named) r.link = { codes: [named.code], by: 'name', reason: `Theo tên "${named.name}".` };
      else if (listed)
        r.link = {
          codes: [listed.code],
          by: 'number',
          reason: `Mục ${r.number} trong danh sách theo thứ tự các lĩnh vực: "${listed.name}".`,
        };
      else r.link = inherited;
    } else {
      // An item names a sub-dimension of its heading's dimension when it carries its whole name.
      const words = headingWords(r.title ?? r.content);
      const sub = pc
        ? subsOf(pc).find((s) => nameScore(words, foldVietnamese(s.name).split(' ')) >= 0.9)
        : undefined;
      r.link = sub
        ? { codes: [sub.code], by: 'name', reason: `Nội dung có tên "${sub.name}".` }
        : inherited;
    }
    r.dimensionCodes = r.link.codes;
  }

  // Blank lead or deadline cells take the nearest heading's, marked as inherited.
  for (const r of rows) {
    if (r.group) continue;
    for (let h = parentOf(r); h; h = parentOf(h)) {
      if (r.lead === null && h.lead !== null && !r.inherited.includes('lead')) {
        r.lead = h.lead;
        if (r.cooperating.length === 0) r.cooperating = h.cooperating;
        r.inherited.push('lead');
      }
      if (r.deadline === null && r.deadlineText === null && h.deadlineText !== null) {
        r.deadline = h.deadline;
        r.deadlineText = h.deadlineText;
        r.inherited.push('deadline');
      }
    }
  }
}

/** Readable name of a link's codes ("D7 Quản trị môi trường"). */
export function linkLabel(codes: readonly string[], dimensions: readonly DimensionName[]): string {
  return codes.map((c) => `${c} ${nameOf(dimensions, c)}`).join('; ');
}

/**
 * Items numbered again under each section ("I" → 1, 2; "II" → 1, 2) keep unique numbers by
 * their section's prefix ("II.1"); numbers already unique stay as written.
 */
export function qualifyRepeatedNumbers(rows: AppendixRow[]): void {
  const count = new Map<string, number>();
  for (const r of rows)
    if (!r.group && r.number) count.set(r.number, (count.get(r.number) ?? 0) + 1);
  const headings = new Map(rows.filter((r) => r.key).map((r) => [r.key!, r]));
  for (const r of rows) {
    if (r.group || (count.get(r.number) ?? 0) < 2 || !r.parentKey) continue;
    const parent = headings.get(r.parentKey);
    if (parent?.number && !r.number.startsWith(`${parent.number}.`))
      r.number = `${parent.number}.${r.number}`;
  }
}
