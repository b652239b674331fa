/**
 * A stored plan → the document-shaped input of the Word generator: every string as printed.
 * Tasks go to the appendix, grouped by the plan's task groups (or by dimension).
 */
import {
  defaultPlanHeader,
  issuingBodyLines,
  formatArchiveLine,
  formatSigner,
  type Plan,
  type TextBlock,
} from '@papi/domain';
import type { PlanBlock, PlanDocumentInput } from '../../platform/documents/plan-input.ts';
import { appendixGroups, type DimensionName } from './plan-appendix.groups.ts';

const blocksOf = (blocks: readonly TextBlock[]): PlanBlock[] =>
  blocks.flatMap((b) => [
    ...(b.heading
      ? [{ kind: 'heading' as const, text: `${b.number ? `${b.number}. ` : ''}${b.heading}` }]
      : []),
    ...b.paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })),
    ...blocksOf(b.children),
  ]);

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
  return {
    issuingBody: {
      ...(plan.header.parentBody ? { parent: [plan.header.parentBody] } : {}),
      lines: issuingBodyLines(issuing),
      name: unitFullName,
    },
    number: plan.documentNumber ?? '',
    place: plan.place ?? '',
    date: plan.date ? { year: y!, month: m!, day: d! } : { year: plan.index?.year ?? 0 },
    subject: plan.title,
    bases: plan.bases.map((b) => b.text),
    ...(plan.preamble ? { preamble: [plan.preamble] } : {}),
    sections: plan.sections
      .filter((s) => s.role !== 'organisation')
      .map((s) => ({
        heading: `${s.numeral}. ${s.heading}`,
        blocks: [
          ...(s.role === 'purpose'
            ? [
                ...plan.purpose.map((p) => ({ kind: 'bullet' as const, text: p })),
                ...plan.requirements.map((p) => ({ kind: 'bullet' as const, text: p })),
              ]
            : []),
          ...blocksOf(s.blocks),
          ...(s.note ? [{ kind: 'paragraph' as const, text: s.note }] : []),
        ],
      })),
    implementation: {
      heading:
        plan.sections.find((s) => s.role === 'organisation')?.heading !== undefined
          ? (() => {
              const s = plan.sections.find((x) => x.role === 'organisation')!;
              return `${s.numeral}. ${s.heading}`;
            })()
          : 'TỔ CHỨC THỰC HIỆN',
      responsibilities: plan.responsibilities.map((r) => ({
        agency: r.heading,
        ...(r.paragraphs.length > 0 ? { duty: r.paragraphs.join(' ') } : {}),
      })),
    },
    ...(plan.closing ? { closing: plan.closing } : {}),
    signer: {
      authority: signer.slice(0, -2),
      position: signer.at(-2) ?? '',
      name: signer.at(-1) ?? '',
    },
    recipients,
    ...(plan.tasks.length > 0
      ? {
          appendix: {
            title: `NHIỆM VỤ CỤ THỂ ${plan.title.toUpperCase()}`,
            groups: appendixGroups(plan, dimensions),
          },
        }
      : {}),
  };
}
