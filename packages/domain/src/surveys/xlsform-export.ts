/** Instrument → XLSForm sheets (xlsform-columns.ts has the layout). */
import { conditionToXPath } from './conditions-xpath.ts';
import { choicesOf, type SurveyInstrument, type SurveyQuestion } from './instrument.ts';
import {
  CHOICE_COLUMNS,
  ELEMENT_COLUMNS,
  ELEMENTS_SHEET,
  SETTINGS_COLUMNS,
  SURVEY_COLUMNS,
  VI,
  formatScores,
  type SheetData,
} from './xlsform-columns.ts';

type SurveyColumn = (typeof SURVEY_COLUMNS)[number];

function row(cells: Partial<Record<SurveyColumn, string>>): string[] {
  return SURVEY_COLUMNS.map((c) => cells[c] ?? '');
}

/** The choice list a question uses: fixed kinds share one list, others get their own. */
function listName(q: SurveyQuestion): string {
  return q.type === 'scale5' || q.type === 'yes_no_dk'
    ? q.choices?.length
      ? `${q.name}_list`
      : q.type
    : q.name;
}

function constraint(q: SurveyQuestion): { constraint?: string; constraint_message?: string } {
  if (q.type !== 'number' || (q.min === undefined && q.max === undefined)) return {};
  const parts = [
    q.min !== undefined ? `. >= ${q.min}` : '',
    q.max !== undefined ? `. <= ${q.max}` : '',
  ].filter(Boolean);
  const message =
    q.min !== undefined && q.max !== undefined
      ? `Từ ${q.min} đến ${q.max}`
      : q.min !== undefined
        ? `Ít nhất ${q.min}`
        : `Nhiều nhất ${q.max}`;
  return { constraint: parts.join(' and '), constraint_message: message };
}

function xlsType(q: SurveyQuestion): string {
  switch (q.type) {
    case 'single':
    case 'scale5':
    case 'yes_no_dk':
      return `select_one ${listName(q)}`;
    case 'multiple':
      return `select_multiple ${listName(q)}`;
    case 'number':
      return [q.min, q.max].every((v) => v === undefined || Number.isInteger(v))
        ? 'integer'
        : 'decimal';
    default:
      return q.type;
  }
}

export function instrumentToXlsForm(instrument: SurveyInstrument, version: string): SheetData[] {
  const survey: string[][] = [[...SURVEY_COLUMNS]];
  const choices: string[][] = [[...CHOICE_COLUMNS]];
  const lists = new Set<string>();
  for (const section of instrument.sections) {
    survey.push(
      row({
        type: 'begin_group',
        name: section.name,
        [`label::${VI}`]: section.labelVi,
        'label::English (en)': section.labelEn ?? '',
        relevant: section.relevant ? conditionToXPath(section.relevant) : '',
      }),
    );
    for (const q of section.questions) {
      const s = q.scoring;
      survey.push(
        row({
          type: xlsType(q),
          name: q.name,
          [`label::${VI}`]: q.labelVi,
          'label::English (en)': q.labelEn ?? '',
          [`hint::${VI}`]: q.hintVi ?? '',
          required: q.required ? 'yes' : '',
          relevant: q.relevant ? conditionToXPath(q.relevant) : '',
          ...constraint(q),
          papi_type: q.type === 'scale5' || q.type === 'yes_no_dk' ? q.type : '',
          papi_element: s?.element ?? '',
          papi_scores: s ? formatScores(s.scores) : '',
          papi_max: s ? String(s.max) : '',
          papi_weight: s ? String(s.weight) : '',
        }),
      );
      const list = listName(q);
      const options = choicesOf(q);
      if (options.length > 0 && !lists.has(list)) {
        lists.add(list);
        for (const c of options) choices.push([list, c.value, c.labelVi, c.labelEn ?? '']);
      }
    }
    survey.push(row({ type: 'end_group', name: section.name }));
  }
  const settings = [
    [...SETTINGS_COLUMNS],
    [
      instrument.titleVi,
      instrument.code,
      version,
      VI,
      instrument.titleEn ?? '',
      instrument.framework ? `${instrument.framework.index}/${instrument.framework.edition}` : '',
      String(instrument.scale.min),
      String(instrument.scale.max),
    ],
  ];
  const elements = [
    [...ELEMENT_COLUMNS],
    ...instrument.elements.map((e) => [e.code, e.parent ?? '', e.nameVi, e.nameEn ?? '']),
  ];
  return [
    { name: 'survey', rows: survey },
    { name: 'choices', rows: choices },
    { name: 'settings', rows: settings },
    { name: ELEMENTS_SHEET, rows: elements },
  ];
}
