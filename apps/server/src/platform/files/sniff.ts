/**
 * What a file really is, from its first bytes (and, for Office Open XML, the names in the
 * zip directory), never from its name or the browser's MIME type. The extension must then
 * agree, so a program renamed "bao-cao.pdf" is refused.
 */
export type EvidenceKind =
  'pdf' | 'docx' | 'xlsx' | 'doc' | 'xls' | 'png' | 'jpeg' | 'gif' | 'webp';

export const KIND_INFO: Record<EvidenceKind, { mime: string; label: string; ext: string[] }> = {
  pdf: { mime: 'application/pdf', label: 'PDF', ext: ['pdf'] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (.docx)',
    ext: ['docx'],
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (.xlsx)',
    ext: ['xlsx'],
  },
  doc: { mime: 'application/msword', label: 'Word 97–2003 (.doc)', ext: ['doc'] },
  xls: { mime: 'application/vnd.ms-excel', label: 'Excel 97–2003 (.xls)', ext: ['xls'] },
  png: { mime: 'image/png', label: 'ảnh PNG', ext: ['png'] },
  jpeg: { mime: 'image/jpeg', label: 'ảnh JPEG', ext: ['jpg', 'jpeg'] },
  gif: { mime: 'image/gif', label: 'ảnh GIF', ext: ['gif'] },
  webp: { mime: 'image/webp', label: 'ảnh WebP', ext: ['webp'] },
};

export type Sniffed =
  { kind: EvidenceKind } | { executable: string } | { unknown: true; zip?: boolean };

const starts = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const utf16 = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

function contains(b: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Entry names from a zip's central directory (no decompression needed). */
export function zipEntryNames(b: Uint8Array): string[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const count = view.getUint16(i + 10, true);
    let at = view.getUint32(i + 16, true);
    const names: string[] = [];
    for (let n = 0; n < count; n++) {
      if (at + 46 > b.length || view.getUint32(at, true) !== 0x02014b50) return null;
      const nameLength = view.getUint16(at + 28, true);
      const extra = view.getUint16(at + 30, true);
      const comment = view.getUint16(at + 32, true);
      names.push(new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Zip files are told apart by their directory (at the end) and Compound Files by stream
 * names anywhere: sniff() needs those whole; for every other kind the first bytes do.
 */
export const needsWholeFile = (head: Uint8Array) => starts(head, ZIP) || starts(head, OLE);

export function sniff(b: Uint8Array): Sniffed {
  if (starts(b, ascii('MZ'))) return { executable: 'chương trình Windows (.exe/.dll)' };
  if (starts(b, [0x7f, 0x45, 0x4c, 0x46])) return { executable: 'chương trình Linux (ELF)' };
  for (const sig of [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe],
  ])
    if (starts(b, sig)) return { executable: 'chương trình macOS (Mach-O)' };
  if (starts(b, ascii('#!'))) return { executable: 'tập lệnh (script)' };
  if (starts(b, ascii('%PDF-'))) return { kind: 'pdf' };
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'png' };
  if (starts(b, [0xff, 0xd8, 0xff])) return { kind: 'jpeg' };
  if (starts(b, ascii('GIF87a')) || starts(b, ascii('GIF89a'))) return { kind: 'gif' };
  if (starts(b, ascii('RIFF')) && starts(b, ascii('WEBP'), 8)) return { kind: 'webp' };
  if (starts(b, OLE)) {
    // Compound File: the directory names the main stream of a Word or Excel document.
    if (contains(b, utf16('WordDocument'))) return { kind: 'doc' };
    if (contains(b, utf16('Workbook')) || contains(b, utf16('Book'))) return { kind: 'xls' };
    return { unknown: true };
  }
  if (starts(b, ZIP)) {
    const names = zipEntryNames(b) ?? [];
    if (names.includes('[Content_Types].xml')) {
      if (names.includes('word/document.xml')) return { kind: 'docx' };
      if (names.includes('xl/workbook.xml')) return { kind: 'xlsx' };
    }
    return { unknown: true, zip: true };
  }
  return { unknown: true };
}

export const extensionOf = (name: string) =>
  /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
