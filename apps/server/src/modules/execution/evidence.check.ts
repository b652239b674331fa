import { EVIDENCE_EXTENSIONS } from '@papi/contracts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { extensionOf, KIND_INFO, sniff, type EvidenceKind } from '../../platform/files/sniff.ts';

const MB = 1024 * 1024;
const mb = (n: number) => `${(n / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

const ACCEPTED = 'PDF, Word (.doc, .docx), Excel (.xls, .xlsx), ảnh PNG, JPEG, GIF, WebP';

/**
 * Checks an uploaded file by size and content; returns its detected kind or a 4xx.
 * `bytes` is the whole file, or its first bytes when sniff() needs no more (needsWholeFile).
 */
export function checkEvidence(
  name: string,
  size: number,
  bytes: Uint8Array,
  maxBytes: number,
): EvidenceKind {
  if (size > maxBytes) {
    throw new AppError(
      413,
      'FILE_TOO_LARGE',
      `Tệp “${name}” có dung lượng ${mb(size)}, vượt giới hạn ${mb(maxBytes)}. Hãy nén hoặc chia nhỏ tệp.`,
      { size, maxBytes },
    );
  }
  if (size === 0) throw badRequest('FILE_EMPTY', `Tệp “${name}” rỗng (0 byte).`);
  const ext = extensionOf(name);
  if (!(EVIDENCE_EXTENSIONS as readonly string[]).includes(ext)) {
    throw badRequest(
      'FILE_TYPE',
      `Tệp “${name}” có đuôi “${ext ? `.${ext}` : 'không có đuôi'}” không được nhận. Chỉ nhận: ${ACCEPTED}.`,
    );
  }
  const found = sniff(bytes);
  if ('executable' in found) {
    throw badRequest(
      'FILE_EXECUTABLE',
      `Tệp “${name}” thực chất là ${found.executable}, không phải tài liệu, dù có đuôi .${ext}. Hệ thống không nhận tệp chạy được.`,
    );
  }
  if ('unknown' in found) {
    throw badRequest(
      'FILE_TYPE',
      found.zip
        ? `Tệp “${name}” là tệp nén ZIP nhưng không phải tài liệu Word hay Excel. Chỉ nhận: ${ACCEPTED}.`
        : `Không nhận dạng được nội dung tệp “${name}” (tệp hỏng hoặc không phải ${ACCEPTED}).`,
    );
  }
  const info = KIND_INFO[found.kind];
  if (!info.ext.includes(ext)) {
    throw badRequest(
      'FILE_TYPE_MISMATCH',
      `Tệp “${name}” có nội dung là ${info.label}, không khớp đuôi .${ext}. Hãy đổi đuôi thành .${info.ext[0]} hoặc chọn đúng tệp.`,
    );
  }
  return found.kind;
}
