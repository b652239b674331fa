/**
 * The editor's working copy of a report's content: one indicator row per indicator the
 * plans define (values kept for codes a plan dropped), one narrative block per dimension
 * the report's tasks touch plus the general one. Pure.
 */
import type { TReport, TReportContent } from '@papi/contracts';

export type Narrative = TReportContent['narratives'][number];
export type IndicatorValue = TReportContent['indicators'][number];

/** "D3.1" → "D3"; the general section is "". Ordered D1 … D10, general first. */
export function reportDimensions(report: Pick<TReport, 'preview' | 'current'>): string[] {
  const codes = new Set<string>(['']);
  for (const task of report.preview.tasks)
    for (const code of task.dimensionCodes) codes.add(code.split('.')[0]!);
  for (const n of report.current.content.narratives) codes.add(n.dimensionCode);
  return [...codes].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : Number(a.slice(1)) - Number(b.slice(1)),
  );
}

export function editableContent(
  report: Pick<TReport, 'preview' | 'current' | 'indicatorDefs'>,
): TReportContent {
  const saved = report.current.content;
  const byCode = new Map(saved.indicators.map((i) => [i.code, i]));
  const indicators: IndicatorValue[] = report.indicatorDefs.map(
    (d) => byCode.get(d.code) ?? { code: d.code, value: null, note: '' },
  );
  for (const i of saved.indicators)
    if (!indicators.some((x) => x.code === i.code)) indicators.push(i);
  const byDim = new Map(saved.narratives.map((n) => [n.dimensionCode, n]));
  const narratives = reportDimensions(report).map(
    (code) =>
      byDim.get(code) ?? {
        dimensionCode: code as Narrative['dimensionCode'],
        results: '',
        shortcomings: '',
        proposals: '',
      },
  );
  return { indicators, narratives };
}

/** What is sent: empty narrative blocks and unfilled indicators are left out. */
export function contentToSave(content: TReportContent): TReportContent {
  return {
    indicators: content.indicators.filter((i) => i.value !== null || i.note.trim() !== ''),
    narratives: content.narratives.filter(
      (n) => `${n.results}${n.shortcomings}${n.proposals}`.trim() !== '',
    ),
  };
}

export function sameContent(a: TReportContent, b: TReportContent): boolean {
  return JSON.stringify(contentToSave(a)) === JSON.stringify(contentToSave(b));
}
