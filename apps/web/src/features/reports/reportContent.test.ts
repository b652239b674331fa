import { describe, expect, it } from 'vitest';
import type { TReport } from '@papi/contracts';
import { contentToSave, editableContent, reportDimensions, sameContent } from './reportContent.ts';

const counts = { not_started: 0, in_progress: 0, done: 0, done_late: 0, overdue: 0, cancelled: 0 };
const snapTask = (dims: string[]) => ({
  taskId: 1,
  planId: 1,
  planTitle: 'KH',
  number: '1.1',
  content: 'x',
  dimensionCodes: dims,
  lead: null,
  dueOn: null,
  status: 'not_started' as const,
  percent: 0,
  completedOn: null,
});

function report(): Pick<TReport, 'preview' | 'current' | 'indicatorDefs'> {
  return {
    preview: {
      asOf: '2026-05-31',
      takenAt: '',
      counts,
      tasks: [snapTask(['D3.1', 'D10']), snapTask(['D2'])],
    },
    current: {
      versionNo: 1,
      status: 'draft',
      content: {
        indicators: [{ code: 'OLD', value: 2, note: '' }],
        narratives: [{ dimensionCode: 'D2', results: 'Đã làm', shortcomings: '', proposals: '' }],
      },
      snapshot: null,
      submittedAt: null,
      submittedBy: null,
      reviewedAt: null,
      reviewedBy: null,
      reviewComment: null,
    },
    indicatorDefs: [{ code: 'DT', name: 'Số cuộc đối thoại', unit: 'cuộc', planId: 1 }],
  };
}

describe('report editor content', () => {
  it('lists the general block first, then top-level dimensions in numeric order', () => {
    expect(reportDimensions(report())).toEqual(['', 'D2', 'D3', 'D10']);
  });

  it('adds a row per defined indicator and keeps saved values of dropped ones', () => {
    const content = editableContent(report());
    expect(content.indicators.map((i) => i.code)).toEqual(['DT', 'OLD']);
    expect(content.narratives.find((n) => n.dimensionCode === 'D2')?.results).toBe('Đã làm');
    expect(content.narratives).toHaveLength(4);
  });

  it('sends only filled rows, so an untouched editor is not a change', () => {
    const r = report();
    const content = editableContent(r);
    expect(contentToSave(content)).toEqual(r.current.content);
    expect(sameContent(content, r.current.content)).toBe(true);
    content.indicators[0] = { code: 'DT', value: 0, note: '' };
    expect(sameContent(content, r.current.content)).toBe(false);
  });
});
