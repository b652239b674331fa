/**
 * A stored plan → the document-shaped input of the Word generator: every string as printed.
 * The text comes from plan-document-body.ts; tasks go to the appendix, grouped by the
 * plan's task groups (or by dimension), unless the plan prints them in its body.
 */
import {
  defaultPlanHeader,
  issuingBodyLines,
  formatArchiveLine,
  formatSigner,
  type Plan,
} from '@papi/domain';
import type { PlanDocumentInput } from '../../platform/documents/plan-input.ts';
import { appendixGroups } from './plan-appendix.groups.ts';
import {
  bodySections,
  closingText,
  tasksInAppendix,
  type DimensionName,
} from './plan-document-body.ts';

/** "Tỉnh Sơn La" → "tỉnh Sơn La": a unit's type word is lower case inside a sentence. */
const inSentence = (fullName: string) =>
  fullName.charAt(0).toLocaleLowerCase('vi') + fullName.slice(1);

/**
 * The issuing body inside a sentence ("… của Ủy ban nhân dân tỉnh Sơn La"): a People's
 * Committee by its unit, another body as its header names it.
 */
export function issuerName(issuingBody: string, unitFullName: string): string {
  const t = issuingBody.trim().replace(/\s+/g, ' ');
  const ubnd = /^(?:ỦY|UỶ) BAN NHÂN DÂN (.+)$/u.exec(t);
  if (ubnd) {
    const where = ubnd[1]!;
    if (where === unitFullName.toLocaleUpperCase('vi'))
      return `Ủy ban nhân dân ${inSentence(unitFullName)}`;
    // A header typed for another place ("HUYỆN MỘC CHÂU"): the type word in lower case,
    // the name with each word capitalised.
    const type = UNIT_TYPES.find((w) => where.startsWith(`${w} `));
    const name = (type ? where.slice(type.length + 1) : where)
      .toLocaleLowerCase('vi')
      .replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toLocaleUpperCase('vi'));
    return `Ủy ban nhân dân ${type ? `${type.toLocaleLowerCase('vi')} ` : ''}${name}`;
  }
  if (t !== t.toLocaleUpperCase('vi')) return t;
  // "SỞ NỘI VỤ" → "Sở Nội vụ": a sở or ban capitalises the first word of its field too.
  const words = t.toLocaleLowerCase('vi').split(' ');
  const up = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
  return words
    .map((w, i) => (i === 0 || (i === 1 && /^(sở|ban)$/u.test(words[0]!)) ? up(w) : w))
    .join(' ');
}

const UNIT_TYPES = [
  'THÀNH PHỐ',
  'THỊ XÃ',
  'THỊ TRẤN',
  'ĐẶC KHU',
  'TỈNH',
  'HUYỆN',
  'QUẬN',
  'XÃ',
  'PHƯỜNG',
];

/** "./." closes the last paragraph when the plan has no closing sentence of its own. */
function closeLast(sections: PlanDocumentInput['sections']): void {
  const last = sections.at(-1)?.blocks.at(-1);
  if (!last || last.kind === 'heading') return;
  if (typeof last.text === 'string') last.text = closingText(last.text)!;
  else if (last.text.length) {
    const end = last.text.at(-1)!;
    end.text = closingText(end.text)!;
  }
}

export function planDocumentInput(
  plan: Plan,
  unitFullName: string,
  dimensions: readonly DimensionName[] = [],
): PlanDocumentInput {
  const [y, m, d] = (plan.date ?? '').split('-').map(Number);
  const signer = plan.signer ? formatSigner(plan.signer) : [];
  const recipients = [
    ...plan.recipients.lines,
    ...(plan.recipients.archive ? [formatArchiveLine(plan.recipients.archive)] : []),
  ];
  const issuing =
    plan.header.issuingBody ?? defaultPlanHeader({ name: '', fullName: unitFullName }).issuingBody;
  // The body prints tasks under the dimensions; sub-dimensions only head appendix items.
  const sections = bodySections(
    plan,
    dimensions.filter((d) => !d.code.includes('.')),
  );
  const closing = closingText(plan.closing);
  if (!closing) closeLast(sections);
  return {
    issuingBody: {
      ...(plan.header.parentBody ? { parent: [plan.header.parentBody] } : {}),
      lines: issuingBodyLines(issuing),
      name: issuerName(issuing, unitFullName),
    },
    number: plan.documentNumber ?? '',
    place: plan.place ?? '',
    date: plan.date ? { year: y!, month: m!, day: d! } : { year: plan.index?.year ?? 0 },
    subject: plan.title,
    bases: plan.bases.map((b) => b.text).filter((b) => b.trim()),
    ...(plan.preamble?.trim() ? { preamble: [plan.preamble] } : {}),
    sections,
    ...(closing ? { closing } : {}),
    signer: {
      authority: signer.slice(0, -2),
      position: signer.at(-2) ?? '',
      name: signer.at(-1) ?? '',
    },
    recipients,
    ...(plan.tasks.length > 0 && tasksInAppendix(plan)
      ? {
          appendix: {
            title: `NHIỆM VỤ CỤ THỂ ${plan.title.toUpperCase()}`,
            groups: appendixGroups(plan, dimensions),
          },
        }
      : {}),
  };
}
