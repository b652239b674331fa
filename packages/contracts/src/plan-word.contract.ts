import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZBodyId } from './common.ts';
import { IMPORT_MAX_BODY_BYTES } from './index-import.contract.ts';
import { ZPlanBody } from './plans.schemas.ts';

const TAG = 'Kế hoạch';

export const ZPlanWordPreview = z.object({
  /** The subject line after "KẾ HOẠCH"; null when not found. */
  title: z.string().nullable(),
  /** "35/KH-UBND" as printed, for information (the number is given at issuance). */
  documentNumber: z.string().nullable(),
  /** The signing date printed in the header (ISO), when complete. */
  date: z.string().nullable(),
  /** The document parts read, ready to send as `body` of POST /api/plans. */
  body: ZPlanBody,
  /** What was recognised, in document order, in Vietnamese. */
  recognised: z.array(z.string()),
  /** Paragraphs (or parts) not read into the draft. */
  unrecognised: z.array(z.string()),
});
export type TPlanWordPreview = z.infer<typeof ZPlanWordPreview>;

export const previewPlanWord = defineRoute({
  method: 'post',
  path: '/api/plans/word/preview',
  summary:
    'Đọc một kế hoạch từ tệp Word (.docx): đầu văn bản, căn cứ, các phần, tổ chức thực hiện, nơi nhận, người ký; cho biết phần đọc được và chưa đọc được',
  tag: TAG,
  body: z.object({
    /** The unit the draft will belong to (its header fills what the file lacks). */
    unitId: ZBodyId,
    filename: z.string().trim().min(1).max(255),
    /** The file's bytes in base64 (a `data:…;base64,` prefix is accepted). */
    contentBase64: z.string().min(1),
  }),
  response: ZPlanWordPreview,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});
