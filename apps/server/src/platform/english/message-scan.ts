/**
 * Finds the Vietnamese texts the server and the domain hand to users, for the test that
 * every one has an English translation. Read from the sources (TypeScript's parser), so a
 * message added tomorrow is checked without anyone remembering to list it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface ScannedMessage {
  file: string;
  line: number;
  /** The text with each interpolation as {0}, {1}… (texts inside a `${…}` are inlined). */
  template: string;
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
export const hasVietnamese = (s: string) => VIETNAMESE.test(s);

/** Calls whose text arguments become an error message (or the `where` inside one). */
const MESSAGE_CALLS = new Set([
  'badRequest',
  'conflict',
  'forbidden',
  'notFound',
  'AppError',
  'invalid',
  'validate',
  'inputProblem',
  'refuseWithErrors',
  'between',
  'refused',
  'notInFuture',
]);
/** Zod checks in the contracts whose text argument is the validation message. */
const ZOD_CALLS = new Set(['min', 'max', 'regex', 'refine', 'custom', 'issue', 'length']);
/** Properties that hold a user-facing message or a period's label. */
const MESSAGE_PROPS = new Set(['message', 'error', 'label', 'reason']);
/** Variables a message is assembled in before it is thrown. */
const MESSAGE_VARS = new Set([
  'message',
  'msg',
  'why',
  'where',
  'what',
  'field',
  'side',
  'reason',
  'note',
]);

/**
 * The variants of a text expression with interpolations as placeholders. A `${…}` holding
 * texts itself (`${f ? `, cột ${c}` : ''}`) is inlined, one variant per branch, since the
 * translation has to read the whole sentence.
 */
function variants(node: ts.Expression): string[] | null {
  if (ts.isParenthesizedExpression(node)) return variants(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    const all = [...(variants(node.left) ?? []), ...(variants(node.right) ?? [])];
    return all.length ? all : null;
  }
  if (ts.isConditionalExpression(node)) {
    const a = variants(node.whenTrue);
    const b = variants(node.whenFalse);
    if (!a && !b) return null;
    return [...(a ?? ['\uE000']), ...(b ?? ['\uE000'])];
  }
  if (ts.isTemplateExpression(node)) {
    let out = [node.head.text];
    for (const span of node.templateSpans) {
      const inner = variants(span.expression);
      const parts = inner && inner.some(hasVietnamese) ? inner : ['\uE000'];
      out = out.flatMap((o) => parts.map((p) => o + p + span.literal.text));
    }
    return out;
  }
  return null;
}

/** Numbers the placeholders left to right: "a · b ·" (· a private-use mark) → "a {0} b {1}". */
function numbered(text: string): string {
  let i = 0;
  return text.replace(/\uE000/g, () => `{${i++}}`);
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string | undefined {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** A text expression: a literal or a template, the unit a message is written as. */
const isText = (node: ts.Node): node is ts.Expression =>
  ts.isStringLiteral(node) ||
  ts.isNoSubstitutionTemplateLiteral(node) ||
  ts.isTemplateExpression(node);

/** Where a text is code rather than words for a reader: imports, keys, comparisons. */
function isCode(node: ts.Node): boolean {
  const p = node.parent;
  return (
    ts.isImportDeclaration(p) ||
    ts.isExportDeclaration(p) ||
    ts.isLiteralTypeNode(p) ||
    (ts.isPropertyAssignment(p) && p.name === node) ||
    (ts.isBinaryExpression(p) && p.operatorToken.kind !== ts.SyntaxKind.PlusToken) ||
    ts.isCaseClause(p) ||
    (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'summary')
  );
}

function scanFile(path: string, root: string, zod: boolean, all: boolean): ScannedMessage[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const out: ScannedMessage[] = [];
  const add = (expr: ts.Expression) => {
    for (const v of variants(expr) ?? []) {
      if (!hasVietnamese(v)) continue;
      const line = source.getLineAndCharacterOfPosition(expr.getStart(source)).line + 1;
      out.push({ file: relative(root, path), line, template: numbered(v) });
    }
  };
  const visit = (node: ts.Node) => {
    if (all && isText(node)) {
      if (!isCode(node)) add(node);
      return;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      if (name && (MESSAGE_CALLS.has(name) || (zod && ZOD_CALLS.has(name))))
        node.arguments?.forEach(add);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (MESSAGE_VARS.has(node.name.text)) add(node.initializer);
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      if (MESSAGE_PROPS.has(node.name.text)) add(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return ['test', 'fixtures', 'seed', 'english'].includes(name) ? [] : sourceFiles(path);
    // Operator-facing: the command line and the server's own log.
    if (['cli.ts', 'main.ts', 'log.ts'].includes(name)) return [];
    // Tests, fixtures and sample data are not shown to users as messages.
    return /(?<!\.(test|fixture|samples))\.ts$/.test(name) ? [path] : [];
  });
}

/** Every message text under the given source folders (relative to the repository root). */
export function scanMessages(
  repoRoot: string,
  dirs: { dir: string; zod?: boolean }[],
  /** Files whose every text is for readers (validators, labels): relative paths. */
  wholeFiles: readonly string[],
) {
  return dirs.flatMap(({ dir, zod }) =>
    sourceFiles(join(repoRoot, dir)).flatMap((f) => {
      const all = wholeFiles.includes(relative(repoRoot, f));
      return scanFile(f, repoRoot, zod ?? false, all);
    }),
  );
}
