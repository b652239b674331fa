import { describe, expect, it } from 'vitest';
import { validateInstrument } from '@papi/domain';
import {
  blankInstrument,
  changeType,
  duplicateQuestion,
  earlierQuestions,
  leafElements,
  move,
  newQuestion,
  newSection,
  renameItem,
  toDocument,
  toEditor,
  uniqueName,
} from './model.ts';
import { issueField, placeIssues } from './issues.ts';

describe('instrument editor model', () => {
  it('moves an item up or down and ignores moves past either end', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('finds a free name', () => {
    expect(uniqueName('cau_1', new Set())).toBe('cau_1');
    expect(uniqueName('cau_1', new Set(['cau_1', 'cau_1_2']))).toBe('cau_1_3');
  });

  it('builds a blank instrument into a valid one and drops its keys when saved', () => {
    const ed = toEditor(blankInstrument('thu_nghiem', 'Thử nghiệm'));
    expect(validateInstrument(toDocument(ed)).map((i) => i.path)).toEqual(['sections']);
    const section = { ...newSection(ed), labelVi: 'Phần 1' };
    ed.sections.push(section);
    const q = newQuestion(ed, 'single');
    section.questions.push({
      ...q,
      labelVi: 'Giới tính',
      choices: [
        { value: 'nam', labelVi: 'Nam' },
        { value: 'nu', labelVi: 'Nữ' },
      ],
    });
    const doc = toDocument(ed);
    expect(validateInstrument(doc)).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('"key"');
    expect(doc.sections[0]!.name).toBe('phan_1');
    expect(doc.sections[0]!.questions[0]!.name).toBe('cau_1');
  });

  it('duplicates a question under a free name, keeping its choices apart', () => {
    const ed = toEditor(blankInstrument('t', 'T'));
    ed.sections.push(newSection(ed));
    const q = newQuestion(ed, 'single');
    ed.sections[0]!.questions.push(q);
    const copy = duplicateQuestion(ed, q);
    expect(copy.name).toBe(`${q.name}_ban_sao`);
    expect(copy.key).not.toBe(q.key);
    copy.choices![0]!.labelVi = 'khác';
    expect(q.choices![0]!.labelVi).toBe('');
  });

  it('keeps only what fits when a question changes kind', () => {
    const ed = toEditor(blankInstrument('t', 'T'));
    const q = {
      ...newQuestion(ed, 'single'),
      scoring: { element: 'A', scores: { '1': 1 }, max: 1, weight: 1 },
    };
    const scale = changeType(q, 'scale5');
    expect(scale.choices).toBeUndefined();
    expect(scale.scoring?.scores['5']).toBe(1);
    expect(scale.scoring?.element).toBe('A');
    const text = changeType(scale, 'text');
    expect(text.scoring).toBeUndefined();
    const note = changeType(text, 'note');
    expect(note.required).toBe(false);
    expect(changeType(note, 'multiple').choices).toHaveLength(2);
  });

  it('offers only leaf elements and only earlier questions', () => {
    const leaves = leafElements({
      elements: [
        { code: 'D1', nameVi: 'a', parent: null },
        { code: 'D1.1', nameVi: 'b', parent: 'D1' },
        { code: 'D2', nameVi: 'c', parent: null },
      ],
    });
    expect(leaves.map((e) => e.code)).toEqual(['D1.1', 'D2']);
    const ed = toEditor(blankInstrument('t', 'T'));
    ed.sections.push(newSection(ed), newSection(ed));
    ed.sections[0]!.questions.push(newQuestion(ed, 'text'));
    ed.sections[0]!.questions.push(newQuestion(ed, 'text'));
    ed.sections[1]!.questions.push(newQuestion(ed, 'text'));
    expect(earlierQuestions(ed, 1, 0).map((q) => q.name)).toEqual(['cau_1', 'cau_2']);
    expect(earlierQuestions(ed, 0, 1).map((q) => q.name)).toEqual(['cau_1']);
  });

  it('places issues under their section or question', () => {
    const placed = placeIssues([
      { path: 'code', message: 'a' },
      { path: 'sections[0].questions', message: 'b' },
      { path: 'sections[1].questions[2].choices[0].value', message: 'c' },
    ]);
    expect(placed.general.map((i) => i.message)).toEqual(['a']);
    expect(placed.sections.get('0')?.map((i) => i.message)).toEqual(['b']);
    expect(placed.questions.get('1.2')?.map((i) => i.message)).toEqual(['c']);
    expect(issueField('sections[1].questions[2].choices[0].value')).toBe('choices');
    expect(issueField('sections[1].questions[2]')).toBe('');
  });
});

describe('renaming', () => {
  it('carries skip logic to the new name only while both names are unambiguous', () => {
    const ed = toEditor(blankInstrument('t', 'T'));
    ed.sections.push(newSection(ed));
    const [a, b, c] = [
      newQuestion(ed, 'single'),
      newQuestion(ed, 'single'),
      newQuestion(ed, 'text'),
    ];
    ed.sections[0]!.questions.push(a);
    ed.sections[0]!.questions.push({ ...b, name: 'cau_2' });
    ed.sections[0]!.questions.push({
      ...c,
      name: 'cau_3',
      relevant: { q: 'cau_1', op: 'eq', value: '1' },
    });
    renameItem(ed, 0, 0, 'co_den');
    expect(ed.sections[0]!.questions[2]!.relevant).toEqual({ q: 'co_den', op: 'eq', value: '1' });
    // Typed into a name another question has: the dependants stay where they were.
    renameItem(ed, 0, 0, 'cau_2');
    expect(ed.sections[0]!.questions[0]!.name).toBe('cau_2');
    expect(ed.sections[0]!.questions[2]!.relevant).toEqual({ q: 'co_den', op: 'eq', value: '1' });
    // Only the question at the place is renamed, never its namesake.
    renameItem(ed, 0, 0, 'gioi_tinh');
    expect(ed.sections[0]!.questions.map((q) => q.name)).toEqual(['gioi_tinh', 'cau_2', 'cau_3']);
  });
});
