/**
 * A block pasted into a list field (Nơi nhận, purpose, bases…) becomes one item per line, as
 * the document prints them: the dash or bullet a line starts with is the list's own mark, and
 * Nơi nhận's closing ";" is added when printing, so both go. Blank lines are dropped.
 */
export function pastedLines(text: string, opts: { dropEndMark?: boolean } = {}): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^\s*[-–—+•*]\s*/u, '').trim())
    .map((l) => (opts.dropEndMark ? l.replace(/\s*[;,]\s*$/u, '') : l))
    .filter(Boolean);
}

/** Whether a paste is a block of several lines (a single line pastes as typed). */
export const isMultiLine = (text: string) => pastedLines(text).length > 1;

/**
 * The list after pasting `lines` into item `at`: an empty item is replaced by them, a
 * filled one keeps its text and the lines follow it.
 */
export function insertLines(list: readonly string[], at: number, lines: readonly string[]) {
  const current = list[at] ?? '';
  const keep = current.trim() ? [current] : [];
  return [...list.slice(0, at), ...keep, ...lines, ...list.slice(at + 1)];
}
