import { describe, expect, it } from 'vitest';
import type { TReportVersion } from '@papi/contracts';
import { diffVersions, versionHistory } from './reportDiff.ts';

const counts = { not_started: 2, in_progress: 1, done: 0, done_late: 0, overdue: 1, cancelled: 0 };

function version(no: number, over: Partial<TReportVersion> = {}): TReportVersion {
  return {
    versionNo: no,
    status: 'submitted',
    content: {
      indicators: [{ code: 'DT', value: 3, note: '' }],
      narratives: [
        {
          dimensionCode: 'D1',
          results: 'Đã tổ chức 3 cuộc đối thoại',
          shortcomings: '',
          proposals: '',
        },
      ],
    },
    snapshot: { asOf: '2026-05-31', takenAt: '2026-06-04T02:00:00Z', counts, tasks: [] },
    submittedAt: null,
    submittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: null,
    ...over,
  };
}

describe('report version diff', () => {
  it('finds changed indicators, narrative sections and frozen counts', () => {
    const next = version(2, {
      content: {
        indicators: [
          { code: 'DT', value: 4, note: '' },
          { code: 'NS', value: 100, note: '' },
        ],
        narratives: [
          {
            dimensionCode: 'D1',
            results: 'Đã tổ chức 3 cuộc đối thoại',
            shortcomings: 'Thiếu kinh phí',
            proposals: '',
          },
        ],
      },
      snapshot: {
        asOf: '2026-05-31',
        takenAt: '2026-06-09T02:00:00Z',
        counts: { ...counts, in_progress: 0, done: 1 },
        tasks: [],
      },
    });
    const changes = diffVersions(version(1), next);
    expect(changes).toEqual([
      { kind: 'indicator', code: 'DT', before: 3, after: 4 },
      { kind: 'indicator', code: 'NS', before: null, after: 100 },
      {
        kind: 'narrative',
        dimensionCode: 'D1',
        section: 'shortcomings',
        before: '',
        after: 'Thiếu kinh phí',
      },
      { kind: 'status', status: 'in_progress', before: 1, after: 0 },
      { kind: 'status', status: 'done', before: 0, after: 1 },
    ]);
  });

  it('ignores whitespace-only edits and says nothing for identical versions', () => {
    const same = version(2, {
      content: {
        indicators: [{ code: 'DT', value: 3, note: '' }],
        narratives: [
          {
            dimensionCode: 'D1',
            results: 'Đã tổ chức 3 cuộc đối thoại  ',
            shortcomings: '',
            proposals: '',
          },
        ],
      },
    });
    expect(diffVersions(version(1), same)).toEqual([]);
  });

  it('lists newest first; the first version has nothing to compare with', () => {
    const history = versionHistory([version(2), version(1)]);
    expect(history.map((h) => h.version.versionNo)).toEqual([2, 1]);
    expect(history[1]!.changes).toBeNull();
    expect(history[0]!.changes).toEqual([]);
  });
});
