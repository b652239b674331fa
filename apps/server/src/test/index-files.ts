import fs from 'node:fs';
import path from 'node:path';

/** The shipped long-format results file (agg_province_year.csv). */
export const SHIPPED_CSV = path.resolve(
  import.meta.dirname,
  '../../data/papi/agg_province_year.csv',
);

/** The shipped file, or only its header and the rows of some years. */
export function shippedCsv(years?: number[]): string {
  const [header, ...lines] = fs.readFileSync(SHIPPED_CSV, 'utf8').trimEnd().split('\n');
  if (!years) return [header, ...lines].join('\n') + '\n';
  const yearAt = header!.split(',').indexOf('year');
  return (
    [header, ...lines.filter((l) => years.includes(Number(l.split(',')[yearAt])))].join('\n') + '\n'
  );
}

export const base64 = (content: string | Uint8Array) =>
  Buffer.from(typeof content === 'string' ? content : content).toString('base64');

/** An import body for a file's content. */
export const importBody = (
  filename: string,
  content: string | Uint8Array,
  year: number,
  extra: Record<string, unknown> = {},
) => ({ filename, contentBase64: base64(content), year, ...extra });
