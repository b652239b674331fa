/**
 * XLSForm `relevant` expressions ↔ conditions. Only the subset people write for skip logic
 * is read: `${q} = 'v'` (and != > >= < <=, numbers unquoted), `selected(${q}, 'v')`,
 * `${q} != ''` (answered), `not(…)`, `and`, `or`, parentheses. Anything else is refused
 * with a message rather than guessed at.
 */
import type { CompareOp, Condition } from './conditions.ts';

const OPS: Record<string, CompareOp> = {
  '=': 'eq',
  '!=': 'neq',
  '>': 'gt',
  '>=': 'gte',
  '<': 'lt',
  '<=': 'lte',
};
const OP_TEXT: Record<CompareOp, string> = {
  eq: '=',
  neq: '!=',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

function literal(v: string | number): string {
  return typeof v === 'number' ? String(v) : `'${v}'`;
}

function needsParens(c: Condition): boolean {
  return 'all' in c || 'any' in c;
}

export function conditionToXPath(c: Condition): string {
  if ('all' in c)
    return c.all
      .map((x) => (needsParens(x) ? `(${conditionToXPath(x)})` : conditionToXPath(x)))
      .join(' and ');
  if ('any' in c)
    return c.any
      .map((x) => (needsParens(x) ? `(${conditionToXPath(x)})` : conditionToXPath(x)))
      .join(' or ');
  if ('not' in c) return `not(${conditionToXPath(c.not)})`;
  if (c.op === 'answered') return `\${${c.q}} != ''`;
  if (c.op === 'selected') return `selected(\${${c.q}}, '${c.value}')`;
  return `\${${c.q}} ${OP_TEXT[c.op]} ${literal(c.value)}`;
}

type Token =
  | { t: 'ref'; v: string }
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'op'; v: string }
  | { t: 'word'; v: string }
  | { t: '(' | ')' | ',' };

export class XPathError extends Error {}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '$' && src[i + 1] === '{') {
      const end = src.indexOf('}', i);
      if (end < 0) throw new XPathError('thiếu dấu } sau ${');
      out.push({ t: 'ref', v: src.slice(i + 2, end).trim() });
      i = end + 1;
    } else if (ch === "'" || ch === '"') {
      const end = src.indexOf(ch, i + 1);
      if (end < 0) throw new XPathError('thiếu dấu nháy đóng');
      out.push({ t: 'str', v: src.slice(i + 1, end) });
      i = end + 1;
    } else if ('()'.includes(ch) || ch === ',') {
      out.push({ t: ch as '(' | ')' | ',' });
      i++;
    } else if ('=!<>'.includes(ch)) {
      const two = src.slice(i, i + 2);
      const op = two in OPS ? two : ch;
      if (!(op in OPS)) throw new XPathError(`phép so sánh không hợp lệ "${op}"`);
      out.push({ t: 'op', v: op });
      i += op.length;
    } else if (/[0-9.-]/.test(ch)) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i));
      if (!m) throw new XPathError(`không đọc được "${src.slice(i, i + 10)}"`);
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z]/.test(ch)) {
      const m = /^[A-Za-z][A-Za-z0-9_-]*/.exec(src.slice(i))!;
      out.push({ t: 'word', v: m[0] });
      i += m[0].length;
    } else {
      throw new XPathError(`ký tự không hỗ trợ "${ch}"`);
    }
  }
  return out;
}

/** Reads a relevant expression; throws XPathError (Vietnamese message) outside the subset. */
export function parseXPathCondition(src: string): Condition {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const take = (): Token => {
    const tok = tokens[pos++];
    if (!tok) throw new XPathError('biểu thức kết thúc đột ngột');
    return tok;
  };
  const expect = (t: '(' | ')' | ','): void => {
    if (take().t !== t) throw new XPathError(`thiếu "${t}"`);
  };
  const isWord = (w: string): boolean => {
    const tok = peek();
    return tok?.t === 'word' && tok.v === w;
  };

  function parseOr(): Condition {
    const parts = [parseAnd()];
    while (isWord('or')) {
      pos++;
      parts.push(parseAnd());
    }
    return parts.length === 1 ? parts[0]! : { any: parts };
  }
  function parseAnd(): Condition {
    const parts = [parseUnary()];
    while (isWord('and')) {
      pos++;
      parts.push(parseUnary());
    }
    return parts.length === 1 ? parts[0]! : { all: parts };
  }
  function parseUnary(): Condition {
    const tok = take();
    if (tok.t === '(') {
      const inner = parseOr();
      expect(')');
      return inner;
    }
    if (tok.t === 'word' && tok.v === 'not') {
      expect('(');
      const inner = parseOr();
      expect(')');
      return { not: inner };
    }
    if (tok.t === 'word' && tok.v === 'selected') {
      expect('(');
      const ref = take();
      if (ref.t !== 'ref') throw new XPathError('selected() cần ${tên câu hỏi}');
      expect(',');
      const val = take();
      if (val.t !== 'str' && val.t !== 'num') throw new XPathError('selected() cần một giá trị');
      expect(')');
      return { q: ref.v, op: 'selected', value: String(val.v) };
    }
    if (tok.t === 'ref') {
      const op = take();
      if (op.t !== 'op') throw new XPathError(`sau \${${tok.v}} cần phép so sánh`);
      const val = take();
      if (val.t !== 'str' && val.t !== 'num') throw new XPathError('vế phải phải là giá trị');
      if (op.v === '!=' && val.t === 'str' && val.v === '') return { q: tok.v, op: 'answered' };
      return { q: tok.v, op: OPS[op.v]!, value: val.v };
    }
    throw new XPathError('chỉ hỗ trợ ${câu hỏi} so sánh giá trị, selected(), not(), and, or');
  }

  const result = parseOr();
  if (pos < tokens.length) throw new XPathError('còn phần thừa sau biểu thức');
  return result;
}
