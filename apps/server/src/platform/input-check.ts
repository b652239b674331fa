/** Deepest nesting of arrays and objects a request body may have (real bodies stay under 10). */
export const MAX_JSON_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL cannot store: a NUL character or an unpaired UTF-16 surrogate. */
export const isUnstorableText = (text: string) =>
  text.includes('\u0000') || LONE_SURROGATE.test(text);

export type InputProblem =
  { kind: 'depth'; path: string } | { kind: 'text'; path: string; message: string };

/**
 * Walks parsed JSON (or any plain value) with an explicit stack, never recursion, so a body
 * nested thousands deep cannot overflow the call stack: the first level past `maxDepth`
 * stops the walk. Keys are checked like values, since jsonb columns store them too.
 */
export function findInputProblem(root: unknown, maxDepth = MAX_JSON_DEPTH): InputProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (isUnstorableText(value))
        return { kind: 'text', path, message: 'Chứa ký tự không hợp lệ.' };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) return { kind: 'depth', path };
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (isUnstorableText(key)) {
        return {
          kind: 'text',
          path: path ? `${path}.${printable(key)}` : printable(key),
          message: 'Tên trường chứa ký tự không hợp lệ.',
        };
      }
      stack.push({ value: item, path: at, depth: depth + 1 });
    }
  }
  return null;
}

/** A key as it can be shown in a message and stored in JSON (bad characters as \uXXXX). */
function printable(key: string): string {
  return key.replace(
    // eslint-disable-next-line no-control-regex -- NUL is exactly what must be made visible
    /[\u0000\uD800-\uDFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
