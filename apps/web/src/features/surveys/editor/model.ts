/**
 * The instrument being edited: the domain document with a stable key on every section and
 * question, so React keeps a row's inputs (and focus) while its name is typed or it moves.
 * The keys are dropped before the document is validated or saved. Pure, unit-tested.
 */
import {
  scale5Scores,
  type Condition,
  type QuestionScoring,
  type QuestionType,
  type SurveyInstrument,
  type SurveyQuestion,
  type SurveySection,
} from '@papi/domain';

export type EdQuestion = SurveyQuestion & { key: string };
export type EdSection = Omit<SurveySection, 'questions'> & { key: string; questions: EdQuestion[] };
export type EdDoc = Omit<SurveyInstrument, 'sections'> & { sections: EdSection[] };

let counter = 0;
const nextKey = () => `k${++counter}`;

export function toEditor(doc: SurveyInstrument): EdDoc {
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      key: nextKey(),
      questions: s.questions.map((q) => ({ ...q, key: nextKey() })),
    })),
  };
}

export function toDocument(ed: EdDoc): SurveyInstrument {
  return {
    ...ed,
    sections: ed.sections.map(({ key: _s, questions, ...s }) => ({
      ...s,
      questions: questions.map(({ key: _q, ...q }) => q),
    })),
  };
}

/** A new instrument with nothing in it yet (scores reported as % satisfied). */
export function blankInstrument(code: string, titleVi: string): SurveyInstrument {
  return {
    code,
    titleVi,
    framework: null,
    scale: { min: 0, max: 100 },
    elements: [],
    sections: [],
  };
}

/** Every section and question name in use (they share one namespace in XLSForm). */
export function usedNames(ed: EdDoc): Set<string> {
  return new Set(ed.sections.flatMap((s) => [s.name, ...s.questions.map((q) => q.name)]));
}

/** `base`, or `base_2`, `base_3`… whichever is free. */
export function uniqueName(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

/** Moves the item at `from` by `delta` places; out of range leaves the list as it is. */
export function move<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

export function newSection(ed: EdDoc): EdSection {
  const name = uniqueName(`phan_${ed.sections.length + 1}`, usedNames(ed));
  return { key: nextKey(), name, labelVi: '', questions: [] };
}

export function newQuestion(ed: EdDoc, type: QuestionType): EdQuestion {
  const count = ed.sections.reduce((n, s) => n + s.questions.length, 0);
  const q: EdQuestion = {
    key: nextKey(),
    name: uniqueName(`cau_${count + 1}`, usedNames(ed)),
    type,
    labelVi: '',
    required: type !== 'note',
  };
  if (type === 'single' || type === 'multiple')
    q.choices = [
      { value: '1', labelVi: '' },
      { value: '2', labelVi: '' },
    ];
  return q;
}

/** A copy placed after the original, with a free name; skip logic and scoring kept. */
export function duplicateQuestion(ed: EdDoc, q: EdQuestion): EdQuestion {
  const copy = structuredClone(q);
  return { ...copy, key: nextKey(), name: uniqueName(`${q.name}_ban_sao`, usedNames(ed)) };
}

/** Points a new scoring starts with, by question kind (the user then adjusts). */
export function defaultScoring(q: SurveyQuestion, element: string): QuestionScoring {
  if (q.type === 'scale5') return { element, scores: scale5Scores(), max: 1, weight: 1 };
  if (q.type === 'yes_no_dk') return { element, scores: { yes: 1, no: 0 }, max: 1, weight: 1 };
  const scores = Object.fromEntries((q.choices ?? []).map((c) => [c.value, 0]));
  return { element, scores, max: 1, weight: 1 };
}

/**
 * A question changed to another kind keeps what still fits: choices only for single and
 * multiple, bounds only for numbers, scoring only for scorable kinds.
 */
export function changeType(q: EdQuestion, type: QuestionType): EdQuestion {
  const out: EdQuestion = { ...q, type };
  const listed = type === 'single' || type === 'multiple';
  if (listed && !(q.choices && q.choices.length > 0))
    out.choices = [
      { value: '1', labelVi: '' },
      { value: '2', labelVi: '' },
    ];
  if (!listed) delete out.choices;
  if (type !== 'number') {
    delete out.min;
    delete out.max;
  }
  if (type === 'note') out.required = false;
  if (out.scoring) {
    if (!['single', 'multiple', 'scale5', 'yes_no_dk'].includes(type)) delete out.scoring;
    else if (type !== q.type) out.scoring = defaultScoring(out, out.scoring.element);
  }
  return out;
}

/** Element codes a question can be scored against: leaves of the element tree. */
export function leafElements(doc: Pick<SurveyInstrument, 'elements'>) {
  const parents = new Set(doc.elements.map((e) => e.parent));
  return doc.elements.filter((e) => !parents.has(e.code));
}

/** Questions before the one at (section, question), for skip logic. */
export function earlierQuestions(ed: EdDoc, si: number, qi: number): EdQuestion[] {
  return ed.sections.flatMap((s, i) =>
    i < si ? s.questions : i === si ? s.questions.slice(0, qi) : [],
  );
}

function renameInCondition(c: Condition, from: string, to: string): Condition {
  if ('all' in c) return { all: c.all.map((x) => renameInCondition(x, from, to)) };
  if ('any' in c) return { any: c.any.map((x) => renameInCondition(x, from, to)) };
  if ('not' in c) return { not: renameInCondition(c.not, from, to) };
  return c.q === from ? { ...c, q: to } : c;
}

/**
 * Renames the section (qi null) or question at a place; skip logic naming it follows, but
 * only while both names are unambiguous (the old one held by this item alone, the new one
 * free), so typing a name another question has never merges two questions' dependants.
 */
export function renameItem(ed: EdDoc, si: number, qi: number | null, to: string): void {
  const section = ed.sections[si];
  const item = qi === null ? section : section?.questions[qi];
  if (!item) return;
  const from = item.name;
  const names = ed.sections.flatMap((s) => [s.name, ...s.questions.map((q) => q.name)]);
  const carry = from !== '' && names.filter((n) => n === from).length === 1 && !names.includes(to);
  item.name = to;
  if (!carry) return;
  for (const s of ed.sections) {
    if (s.relevant) s.relevant = renameInCondition(s.relevant, from, to);
    for (const q of s.questions)
      if (q.relevant) q.relevant = renameInCondition(q.relevant, from, to);
  }
}
