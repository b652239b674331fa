/**
 * Commune-level citizen questionnaire on the eight PAPI dimensions (edition papi-2018):
 * three or four scored questions per sub-dimension, in plain words, answered có/không or
 * on a 5-point scale. Written by the PAPI Hub team, modelled on what PAPI measures — not
 * the PAPI questionnaire (see SOURCE.md). Scores are on PAPI's 1–10 per dimension scale.
 */
import type { Edition } from '../../../indices/framework.ts';
import type { SurveyElement, SurveyInstrument, SurveySection } from '../../instrument.ts';
import { CONSENT_VI, note, respondentQuestions } from '../build.ts';
import { questions } from './papi-commune-questions.ts';

/** The element tree of an edition: dimensions, then their sub-dimensions. */
export function elementsOfEdition(edition: Edition): SurveyElement[] {
  return edition.dimensions.flatMap((d) => [
    { code: d.code, nameVi: d.nameVi, nameEn: d.nameEn, parent: null },
    ...d.subDimensions.map((s) => ({
      code: s.code,
      nameVi: s.nameVi,
      nameEn: s.nameEn,
      parent: d.code,
    })),
  ]);
}

export function papiCommuneInstrument(edition: Edition): SurveyInstrument {
  const byDimension = questions();
  const sections: SurveySection[] = [
    {
      name: 'gioi_thieu',
      labelVi: 'Giới thiệu',
      questions: [note('dong_y', CONSENT_VI), ...respondentQuestions()],
    },
    ...edition.dimensions.map((d) => ({
      name: `linh_vuc_${d.code.slice(1)}`,
      labelVi: d.nameVi,
      labelEn: d.nameEn,
      questions: byDimension[d.code] ?? [],
    })),
  ];
  return {
    code: 'papi_xa',
    titleVi: 'Phiếu hỏi ý kiến người dân về quản trị và hành chính công ở xã/phường',
    titleEn: 'Commune citizen survey on governance and public administration',
    framework: { index: 'PAPI', edition: edition.code },
    scale: { min: 1, max: 10 },
    elements: elementsOfEdition(edition),
    sections,
  };
}
