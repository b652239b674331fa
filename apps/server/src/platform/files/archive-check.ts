import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { badRequest } from '../errors.ts';

/** Most a Word or Excel evidence file may unpack to (a 20 MB report stays far below). */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

/** Names no Office document needs: programs, scripts and macro code. */
const EXECUTABLE_NAME =
  /\.(exe|dll|com|scr|msi|msp|bat|cmd|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|jar|sh|elf|so|dylib|lnk|cpl|reg)$/i;
const MACRO_NAME = /(^|\/)vbaProject\.bin$|(^|\/)vbaData\.xml$/i;
const EXECUTABLE_MAGIC: [number[], string][] = [
  [[0x4d, 0x5a], 'chương trình Windows'],
  [[0x7f, 0x45, 0x4c, 0x46], 'chương trình Linux'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'chương trình macOS'],
];

const open = (bytes: Uint8Array) =>
  new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    ),
  );

const refuseExecutable = (name: string, entry: string, what: string) =>
  badRequest(
    'FILE_EXECUTABLE',
    `Tệp “${name}” chứa ${what} (“${entry}”) bên trong. Hệ thống không nhận tài liệu kèm mã chạy được.`,
    { entry },
  );

/**
 * Opens a docx/xlsx as the zip it is and reads every entry through zlib's streams (the
 * event loop keeps serving other requests), counting the bytes really inflated rather than
 * trusting the sizes the archive declares: a zip bomb is stopped at `maxInflated`, and
 * entries that are programs (by name or by their first bytes) or macros are refused.
 */
export async function inspectOfficeArchive(
  name: string,
  bytes: Uint8Array,
  maxInflated = MAX_INFLATED_BYTES,
): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await open(bytes);
  } catch {
    throw badRequest('FILE_CORRUPT', `Tệp “${name}” bị hỏng: không đọc được nội dung nén.`);
  }
  let inflated = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: Entry) => {
        const entryName = entry.fileName;
        if (EXECUTABLE_NAME.test(entryName)) {
          return reject(refuseExecutable(name, entryName, 'tệp chương trình hoặc tập lệnh'));
        }
        if (MACRO_NAME.test(entryName)) return reject(refuseExecutable(name, entryName, 'macro'));
        if (entryName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          let first = true;
          stream.on('data', (chunk: Buffer) => {
            if (first) {
              first = false;
              const magic = EXECUTABLE_MAGIC.find(([sig]) => sig.every((b, i) => chunk[i] === b));
              if (magic) {
                stream.destroy();
                return reject(refuseExecutable(name, entryName, magic[1]));
              }
            }
            inflated += chunk.length;
            if (inflated > maxInflated) {
              stream.destroy();
              reject(tooBig(name, maxInflated));
            }
          });
          stream.on('error', reject);
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  } catch (err) {
    if (err instanceof Error && 'status' in err) throw err;
    throw badRequest('FILE_CORRUPT', `Tệp “${name}” bị hỏng: không giải nén được.`);
  } finally {
    if (zip.isOpen) zip.close();
  }
}

const tooBig = (name: string, max: number) =>
  badRequest(
    'FILE_INFLATES_TOO_MUCH',
    `Tệp “${name}” khi giải nén vượt ${Math.round(max / 1024 / 1024)} MB (có thể là “bom nén”). Hãy lưu lại tài liệu bằng Word/Excel rồi tải lên.`,
    { maxInflatedBytes: max },
  );
