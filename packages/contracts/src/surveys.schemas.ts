import { z } from 'zod';
import type { Condition, SurveyInstrument } from '@papi/domain';

/**
 * The instrument document (packages/domain/src/surveys/instrument.ts) as a schema: the
 * shape is checked here, the meaning (names, skip logic, scoring links) by
 * validateInstrument on the server, which answers with located issues.
 */
const ZName = z.string().trim().min(1).max(64);
const ZLabel = z.string().max(2000);
const ZCompare = z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte']);

export const ZCondition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ q: ZName, op: ZCompare, value: z.union([z.string().max(200), z.number()]) }),
    z.object({ q: ZName, op: z.literal('selected'), value: z.string().max(200) }),
    z.object({ q: ZName, op: z.literal('answered') }),
    z.object({ all: z.array(ZCondition).min(1).max(50) }),
    z.object({ any: z.array(ZCondition).min(1).max(50) }),
    z.object({ not: ZCondition }),
  ]),
);

const ZChoice = z.object({
  value: z.string().trim().min(1).max(64),
  labelVi: ZLabel,
  labelEn: ZLabel.optional(),
});

const ZQuestion = z.object({
  name: ZName,
  type: z.enum(['single', 'multiple', 'scale5', 'yes_no_dk', 'number', 'date', 'text', 'note']),
  labelVi: ZLabel,
  labelEn: ZLabel.optional(),
  hintVi: ZLabel.optional(),
  required: z.boolean(),
  relevant: ZCondition.optional(),
  choices: z.array(ZChoice).max(200).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  scoring: z
    .object({
      element: z.string().trim().min(1).max(32),
      scores: z.record(z.string().max(64), z.number()),
      max: z.number(),
      weight: z.number(),
    })
    .optional(),
});

export const ZSurveyInstrument: z.ZodType<SurveyInstrument> = z.object({
  code: z.string().trim().min(1).max(64),
  titleVi: z.string().trim().min(1).max(300),
  titleEn: z.string().max(300).optional(),
  framework: z.object({ index: z.string().max(20), edition: z.string().max(40) }).nullable(),
  scale: z.object({ min: z.number(), max: z.number() }),
  elements: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(32),
        nameVi: z.string().max(300),
        nameEn: z.string().max(300).optional(),
        parent: z.string().max(32).nullable(),
      }),
    )
    .max(500),
  sections: z
    .array(
      z.object({
        name: ZName,
        labelVi: ZLabel,
        labelEn: ZLabel.optional(),
        relevant: ZCondition.optional(),
        questions: z.array(ZQuestion).max(500),
      }),
    )
    .max(100),
});

export const ZAnswerValue = z.union([
  z.string().max(500),
  z.array(z.string().max(64)).max(100),
  z.number(),
]);

export const ZScoreRow = z.object({
  kind: z.enum(['question', 'element']),
  key: z.string(),
  /** Question text or element name. */
  label: z.string(),
  /** Element code above (sub-dimension → dimension; question → its element). */
  parent: z.string().nullable(),
  n: z.number().int(),
  /** Fewer than 30 answers: "chưa đủ mẫu", no score, left out of rankings. */
  sufficient: z.boolean(),
  score: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  se: z.number().nullable(),
});
