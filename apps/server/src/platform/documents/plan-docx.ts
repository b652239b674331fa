import { Document, Packer, type ISectionOptions, type Paragraph, type Table } from 'docx';
import {
  BODY_PT,
  DOCUMENT_STYLES,
  LANDSCAPE_PAGE,
  PAGE,
  body,
  gap,
  heading,
  keptBody,
  pageNumberHeaders,
  type Run,
} from './decree30.ts';
import { documentHeader, documentTitle, signatureBlock } from './decree30.blocks.ts';
import { planAppendix } from './plan-appendix.ts';
import type { PlanBlock, PlanDocumentInput, PlanImplementation, PlanText } from './plan-input.ts';

export type { PlanDocumentInput } from './plan-input.ts';

/** Runs of a text, with extra emphasis on every run (italic bases). */
const runs = (t: PlanText, extra: { italics?: boolean } = {}): Run[] =>
  typeof t === 'string'
    ? [{ text: t, ...extra }]
    : t.map((s) => ({ text: s.text, bold: s.bold, italics: s.italics || extra.italics }));

/** Prefix the first run of a text ("- ", "2. "). */
const prefixed = (prefix: string, t: PlanText): Run[] => {
  const [first, ...rest] = runs(t);
  return first && typeof first !== 'string'
    ? [{ ...first, text: `${prefix}${first.text}` }, ...rest]
    : [prefix];
};

function block(b: PlanBlock, keep = false): Paragraph {
  switch (b.kind) {
    case 'heading':
      return heading(b.text);
    case 'paragraph':
      return keep ? keptBody(...runs(b.text)) : body(...runs(b.text));
    case 'bullet':
      return keep ? keptBody(...prefixed('- ', b.text)) : body(...prefixed('- ', b.text));
  }
}

function implementation(impl: PlanImplementation): PlanBlock[] {
  return [
    { kind: 'heading', text: impl.heading },
    ...(impl.intro ?? []),
    ...impl.responsibilities.flatMap((r, i): PlanBlock[] => {
      const lead = `${i + 1}. ${r.agency}`;
      return [
        r.duty
          ? { kind: 'paragraph', text: [{ text: `${lead}: `, bold: true }, { text: r.duty }] }
          : { kind: 'heading', text: lead },
        ...(r.blocks ?? []),
      ];
    }),
  ];
}

/** The portrait part: header, title, bases, sections, implementation, signature. */
export function planBody(plan: PlanDocumentInput): (Paragraph | Table)[] {
  const blocks: PlanBlock[] = [
    ...plan.sections.flatMap((s): PlanBlock[] => [
      { kind: 'heading', text: s.heading },
      ...s.blocks,
    ]),
    ...(plan.implementation ? implementation(plan.implementation) : []),
    ...(plan.closing ? [{ kind: 'paragraph' as const, text: plan.closing }] : []),
  ];
  return [
    documentHeader({
      parentBody: plan.issuingBody.parent,
      issuer: plan.issuingBody.lines,
      number: plan.number,
      place: plan.place,
      date: plan.date,
    }),
    ...documentTitle(plan.documentType ?? 'KẾ HOẠCH', plan.subject),
    ...plan.bases.map((b) => body(...runs(b, { italics: true }))),
    ...(plan.preamble ?? []).map((p) => body(...runs(p))),
    // The signature never opens a page alone: the last paragraph keeps with it (Phụ lục I).
    ...blocks.map((b, i) => block(b, i === blocks.length - 1)),
    gap(BODY_PT, true),
    signatureBlock({ ...plan.signer, recipients: plan.recipients }),
  ];
}

/**
 * A plan as a .docx laid out per Decree 30/2020: the text on A4 portrait pages, the task
 * appendix in its own landscape section with its own page numbers.
 */
export async function renderPlanDocx(plan: PlanDocumentInput): Promise<Uint8Array> {
  const sections: ISectionOptions[] = [
    {
      properties: { page: PAGE, titlePage: true },
      headers: pageNumberHeaders(),
      children: planBody(plan),
    },
  ];
  if (plan.appendix) {
    sections.push({
      properties: { page: { ...LANDSCAPE_PAGE, pageNumbers: { start: 1 } }, titlePage: true },
      headers: pageNumberHeaders(),
      children: planAppendix(plan, plan.appendix),
    });
  }
  const doc = new Document({
    creator: 'PAPI Hub',
    title: `${plan.documentType ?? 'Kế hoạch'} ${plan.number.trim()} ${plan.subject}`,
    styles: DOCUMENT_STYLES,
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
