/**
 * A plan from a Word file: the .docx's paragraphs in document order (header and signature
 * tables included) are read by the domain's readPlanText into the parts of a new draft,
 * with what was and was not recognised. Nothing is saved: the author creates the draft
 * with the returned body (POST /api/plans) after looking at the preview.
 */
import type { Hono } from 'hono';
import JSZip from 'jszip';
import { can, readPlanText, type DocParagraph } from '@papi/domain';
import { previewPlanWord, ZPlanBody } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { todayVn } from '../../platform/clock.ts';
import { findUnitById } from '../units/units.repository.ts';
import { decodeUpload } from '../indices/indices.import.file.ts';

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Each paragraph of word/document.xml in order: its text, and whether every run of it is
 * italic (legal bases print in italics); 400 when the file is not a .docx.
 */
export async function docxParagraphs(bytes: Uint8Array): Promise<DocParagraph[]> {
  const notWord = () =>
    badRequest('INVALID_FILE', 'Tệp không phải văn bản Word (.docx). Hãy lưu tệp dưới dạng .docx.');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notWord();
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw notWord();
  });
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw notWord();
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => {
    const runs = [...p[0].matchAll(/<w:r[ >][\s\S]*?<\/w:r>/g)]
      .map((r) => ({
        text: [...r[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
          .map((t) => t[1] ?? ' ')
          .join(''),
        italic: /<w:i(?: w:val="(?:true|1|on)")?\/>/.test(r[0]),
      }))
      .filter((r) => r.text.trim());
    return {
      text: unescapeXml(runs.map((r) => r.text).join('')),
      italic: runs.length > 0 && runs.every((r) => r.italic),
    };
  });
}

export function registerPlanWordRoutes(app: Hono<AppEnv>) {
  register(app, previewPlanWord, async ({ body, session, db }) => {
    const unit = await findUnitById(db, body.unitId, todayVn());
    if (!unit || !can(session.actor, 'plan.read', { unitPath: unit.path }))
      throw notFound('Đơn vị');
    if (!can(session.actor, 'plan.write', { unitPath: unit.path })) throw forbidden();
    const read = readPlanText(await docxParagraphs(decodeUpload(body.contentBase64)));
    return {
      title: read.title,
      documentNumber: read.documentNumber,
      date: read.date,
      body: ZPlanBody.parse({
        header: { parentBody: read.parentBody, issuingBody: read.issuingBody },
        place: read.place,
        bases: read.bases,
        preamble: read.preamble,
        purpose: read.purpose,
        requirements: read.requirements,
        sections: read.sections,
        responsibilities: read.responsibilities,
        closing: read.closing,
        recipients: read.recipients,
        signer: read.signer,
      }),
      recognised: read.recognised,
      unrecognised: read.unrecognised,
    };
  });
}
