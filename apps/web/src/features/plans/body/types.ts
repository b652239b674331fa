import type { PlanDetail } from '../api.ts';

export type PlanBody = PlanDetail['body'];

/** The parts of a draft the document form edits (PATCH /api/plans/:id). */
export interface BodyDraft {
  title: string;
  year: number;
  period: { from: string; to: string };
  body: PlanBody;
}

export interface SectionProps<K extends keyof PlanBody> {
  value: PlanBody[K];
  onChange: (value: PlanBody[K]) => void;
}

/** Paragraphs typed one per line in a textarea; blank lines dropped. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
