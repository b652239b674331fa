/**
 * A plan from a Word file: the .docx's paragraphs in document order (header and signature
 * tables included) are read by the domain's readPlanText into the parts of a new draft,
 * with what was and was not recognised. Nothing is saved: the author creates the draft
 * with the returned body (POST /api/plans) after looking at the preview.
 */
import type { Hono } from 'hono';
import JSZip from 'jszip';
import { can, readPlanText } from '@papi/domain';
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

/** The text of each paragraph of word/document.xml, in order; 400 when not a .docx. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const notWord = () =>
    badRequest('INVALID_FILE', 'Tệp không phải văn bản Word (.docx). Hãy lưu tệp dưới dạng .docx.');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notWord();
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw notWord();
  });
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw notWord();
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    unescapeXml(
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map((t) => t[1] ?? ' ')
        .join(''),
    ),
  );
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
