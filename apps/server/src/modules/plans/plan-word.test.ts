import { describe, expect, it } from 'vitest';
import { readPlanText, type Plan } from '@papi/domain';
import { SEED_001, SEED_003, SEED_004 } from '@papi/domain/seed-plans';
import { renderPlanDocx } from '../../platform/documents/plan-docx.ts';
import { planDocumentInput } from './plans.document.ts';
import { docxParagraphs } from './plan-word.routes.ts';

/** A seed plan printed by this system, then read back from its .docx. */
async function roundTrip(seed: Plan) {
  const bytes = await renderPlanDocx(planDocumentInput(seed, 'Tỉnh Sơn La'));
  return readPlanText(await docxParagraphs(bytes));
}

describe.each([
  ['001 (Mộc Châu, tasks in the text)', SEED_001],
  ['003 (Sơn La, communication plan)', SEED_003],
  ['004 (Sa Đéc, appendix)', SEED_004],
])('seed plan %s read back from Word', (_name, seed) => {
  it('keeps title, bases, purpose, requirements, sections, organisation, recipients, signer', async () => {
    const read = await roundTrip(seed);
    expect(read.title).toBe(seed.title);
    expect(read.place).toBe(seed.place);
    expect(read.bases.map((b) => b.text)).toEqual(seed.bases.map((b) => b.text));
    expect(read.purpose).toEqual(seed.purpose);
    expect(read.requirements).toEqual(seed.requirements);
    expect(read.sections.map((s) => `${s.numeral}. ${s.heading}`)).toEqual(
      seed.sections.map((s) => `${s.numeral}. ${s.heading}`),
    );
    expect(read.responsibilities.map((r) => r.number)).toEqual(
      seed.responsibilities.map((r) => r.number),
    );
    expect(read.closing).toBe(seed.closing);
    expect(read.recipients).toEqual(seed.recipients);
    expect(read.signer?.name).toBe(seed.signer?.name);
    expect(read.signer?.position).toBe(seed.signer?.position);
  });
});

describe('reading a plan’s text', () => {
  it('lists what it does not understand', () => {
    const read = readPlanText(['Một dòng lạc', 'KẾ HOẠCH', 'Trích yếu', 'I. PHẦN MỘT', 'Nội dung']);
    expect(read.unrecognised).toEqual(['Một dòng lạc']);
    expect(read.title).toBe('Trích yếu');
    expect(read.sections[0]!.blocks[0]!.paragraphs).toEqual(['Nội dung']);
  });
});
