import { describe, expect, it } from 'vitest';
import { conditionToXPath, type QuestionType } from '@papi/domain';
import { conditionToDraft, draftToCondition, opsFor } from './conditionRows.ts';

const types = new Map<string, QuestionType>([
  ['gioi_tinh', 'single'],
  ['tuoi', 'number'],
  ['dich_vu', 'multiple'],
]);

describe('skip-logic builder rows ↔ condition tree', () => {
  it('writes one row as a plain comparison and numbers as numbers', () => {
    const c = draftToCondition(
      { join: 'all', rows: [{ q: 'tuoi', op: 'gte', value: '18' }] },
      types,
    );
    expect(c).toEqual({ q: 'tuoi', op: 'gte', value: 18 });
    expect(conditionToXPath(c!)).toBe('${tuoi} >= 18');
  });

  it('joins rows with AND or OR and leaves incomplete rows out', () => {
    const rows = [
      { q: 'gioi_tinh', op: 'eq' as const, value: 'nu' },
      { q: 'dich_vu', op: 'selected' as const, value: 'cong_chung' },
      { q: 'tuoi', op: 'lt' as const, value: '' },
      { q: '', op: 'eq' as const, value: 'x' },
    ];
    expect(draftToCondition({ join: 'any', rows }, types)).toEqual({
      any: [
        { q: 'gioi_tinh', op: 'eq', value: 'nu' },
        { q: 'dich_vu', op: 'selected', value: 'cong_chung' },
      ],
    });
    expect(draftToCondition({ join: 'all', rows: rows.slice(2) }, types)).toBeUndefined();
  });

  it('reads back what it wrote, and refuses deeper trees', () => {
    const c = {
      all: [
        { q: 'gioi_tinh', op: 'neq' as const, value: 'nam' },
        { q: 'tuoi', op: 'answered' as const },
      ],
    };
    const draft = conditionToDraft(c);
    expect(draft).toEqual({
      join: 'all',
      rows: [
        { q: 'gioi_tinh', op: 'neq', value: 'nam' },
        { q: 'tuoi', op: 'answered', value: '' },
      ],
    });
    expect(draftToCondition(draft!, types)).toEqual(c);
    expect(conditionToDraft(undefined)).toEqual({ join: 'all', rows: [] });
    expect(conditionToDraft({ not: { q: 'tuoi', op: 'answered' } })).toBeNull();
    expect(conditionToDraft({ any: [c] })).toBeNull();
  });

  it('offers comparisons that fit the question', () => {
    expect(opsFor('multiple')).toEqual(['selected', 'answered']);
    expect(opsFor('number')).toContain('gte');
    expect(opsFor('single')).not.toContain('gte');
  });
});
