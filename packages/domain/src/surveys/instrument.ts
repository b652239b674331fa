/**
 * A survey instrument as data: sections → questions, skip logic, required flags and, for
 * scored questions, the index element each measures and how each answer scores. Stored as
 * JSON, versioned by the server (a published version never changes), and carried to and
 * from XLSForm (xlsform.ts).
 */
import type { Condition } from './conditions.ts';

export const QUESTION_TYPES = [
  'single', // one choice of a list
  'multiple', // any choices of a list
  'scale5', // 1–5 agreement/satisfaction scale, plus "không biết"
  'yes_no_dk', // có / không / không biết
  'number',
  'date',
  'text', // short text
  'note', // text shown, nothing asked
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types whose answers can score: the answer is a choice value. */
export const SCORABLE_TYPES: readonly QuestionType[] = [
  'single',
  'multiple',
  'scale5',
  'yes_no_dk',
];

export interface SurveyChoice {
  value: string;
  labelVi: string;
  labelEn?: string;
}

export interface QuestionScoring {
  /** Element of the instrument's element tree the question measures (e.g. "D1.1"). */
  element: string;
  /**
   * Points per answer value. A value missing from the map (don't know, refuse) scores
   * nothing and the answer is left out of the scores, never counted as zero.
   */
  scores: Record<string, number>;
  /** Points for a full score: 1 for 0–1 scoring, otherwise the top of the points. */
  max: number;
  /** Weight within its element (relative to the element's other questions). */
  weight: number;
}

export interface SurveyQuestion {
  name: string;
  type: QuestionType;
  labelVi: string;
  labelEn?: string;
  hintVi?: string;
  required: boolean;
  /** Shown (and answered) only when this holds; absent = always. */
  relevant?: Condition;
  /** single/multiple: the list; scale5/yes_no_dk carry their fixed lists (fixedChoices). */
  choices?: SurveyChoice[];
  /** number: inclusive bounds. */
  min?: number;
  max?: number;
  scoring?: QuestionScoring;
}

export interface SurveySection {
  name: string;
  labelVi: string;
  labelEn?: string;
  relevant?: Condition;
  questions: SurveyQuestion[];
}

/** An element the instrument scores: a dimension (parent null) or anything below one. */
export interface SurveyElement {
  code: string;
  nameVi: string;
  nameEn?: string;
  parent: string | null;
}

export interface SurveyInstrument {
  code: string;
  titleVi: string;
  titleEn?: string;
  /** The framework edition its elements come from (e.g. PAPI / papi-2018); null = own. */
  framework: { index: string; edition: string } | null;
  /** Scale every score is reported on: PAPI-like 1–10, or 0–100 (% satisfied). */
  scale: { min: number; max: number };
  elements: SurveyElement[];
  sections: SurveySection[];
}

const SCALE5: SurveyChoice[] = [
  { value: '1', labelVi: 'Rất không hài lòng', labelEn: 'Very dissatisfied' },
  { value: '2', labelVi: 'Không hài lòng', labelEn: 'Dissatisfied' },
  { value: '3', labelVi: 'Bình thường', labelEn: 'Neutral' },
  { value: '4', labelVi: 'Hài lòng', labelEn: 'Satisfied' },
  { value: '5', labelVi: 'Rất hài lòng', labelEn: 'Very satisfied' },
  { value: 'dk', labelVi: 'Không biết / không trả lời', labelEn: "Don't know / refuse" },
];
const YES_NO_DK: SurveyChoice[] = [
  { value: 'yes', labelVi: 'Có', labelEn: 'Yes' },
  { value: 'no', labelVi: 'Không', labelEn: 'No' },
  { value: 'dk', labelVi: 'Không biết / không trả lời', labelEn: "Don't know / refuse" },
];

/** The answer list a question offers: its own, or the fixed list of its type. */
export function choicesOf(q: SurveyQuestion): SurveyChoice[] {
  if (q.choices && q.choices.length > 0) return q.choices;
  if (q.type === 'scale5') return SCALE5;
  if (q.type === 'yes_no_dk') return YES_NO_DK;
  return [];
}

/** Default scoring of a 5-point scale: 1 → 0, 5 → 1 in equal steps; "dk" excluded. */
export function scale5Scores(): Record<string, number> {
  return { '1': 0, '2': 0.25, '3': 0.5, '4': 0.75, '5': 1 };
}

export function allQuestions(instrument: SurveyInstrument): SurveyQuestion[] {
  return instrument.sections.flatMap((s) => s.questions);
}

/** An answer as stored: a choice value, several (multiple), a number, an ISO date, text. */
export type AnswerValue = string | string[] | number;
export type ResponseAnswers = Record<string, AnswerValue>;
