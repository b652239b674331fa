/**
 * Checks an instrument before it is saved or published. Every issue names where it is
 * (`sections[1].questions[3].scoring.element`) and says what is wrong in Vietnamese, so
 * the editor and the XLSForm import can point at the row.
 */
import { conditionRefs, type Condition } from './conditions.ts';
import {
  QUESTION_TYPES,
  SCORABLE_TYPES,
  choicesOf,
  type SurveyInstrument,
  type SurveyQuestion,
} from './instrument.ts';

export interface InstrumentIssue {
  path: string;
  /** Question or section name when there is one (XLSForm rows are found by it). */
  name?: string;
  message: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkCondition(
  c: Condition,
  known: Map<string, SurveyQuestion>,
  path: string,
  name: string,
  issues: InstrumentIssue[],
): void {
  for (const ref of conditionRefs(c)) {
    if (!known.has(ref))
      issues.push({
        path,
        name,
        message: `Điều kiện hiển thị nhắc tới "${ref}", không phải câu hỏi đứng trước.`,
      });
  }
}

function checkQuestion(
  q: SurveyQuestion,
  path: string,
  instrument: SurveyInstrument,
  earlier: Map<string, SurveyQuestion>,
  issues: InstrumentIssue[],
): void {
  const at = (suffix: string, message: string): void => {
    issues.push({ path: `${path}${suffix}`, name: q.name, message });
  };
  if (!(QUESTION_TYPES as readonly string[]).includes(q.type))
    at('.type', `Loại câu hỏi "${q.type}" không hỗ trợ.`);
  if (!q.labelVi.trim()) at('.labelVi', 'Câu hỏi thiếu nội dung tiếng Việt.');
  if (q.type === 'note' && q.required) at('.required', 'Đoạn ghi chú không thể bắt buộc trả lời.');
  if (q.relevant) checkCondition(q.relevant, earlier, `${path}.relevant`, q.name, issues);
  if (q.type === 'single' || q.type === 'multiple') {
    const values = (q.choices ?? []).map((c) => c.value);
    if (values.length < 2) at('.choices', 'Câu hỏi lựa chọn cần ít nhất 2 phương án.');
    if (new Set(values).size !== values.length) at('.choices', 'Các phương án trùng mã.');
    (q.choices ?? []).forEach((c, i) => {
      if (!c.value.trim() || /\s/.test(c.value))
        at(`.choices[${i}].value`, `Mã phương án "${c.value}" không được rỗng hay chứa dấu cách.`);
      if (!c.labelVi.trim()) at(`.choices[${i}].labelVi`, 'Phương án thiếu nội dung.');
    });
  }
  if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max)
    at('.min', 'Giá trị nhỏ nhất lớn hơn giá trị lớn nhất.');
  const s = q.scoring;
  if (!s) return;
  if (!SCORABLE_TYPES.includes(q.type)) {
    at('.scoring', 'Chỉ câu hỏi lựa chọn, thang 1–5 hoặc có/không mới chấm điểm được.');
    return;
  }
  if (!instrument.elements.some((e) => e.code === s.element))
    at(
      '.scoring.element',
      `Thành phần "${s.element}" không có trong danh sách thành phần của bộ câu hỏi.`,
    );
  else if (instrument.elements.some((e) => e.parent === s.element))
    at(
      '.scoring.element',
      `Thành phần "${s.element}" có thành phần con: câu hỏi gắn với thành phần cấp thấp nhất.`,
    );
  if (!(s.max > 0)) at('.scoring.max', 'Điểm tối đa phải lớn hơn 0.');
  if (!(s.weight > 0)) at('.scoring.weight', 'Trọng số phải lớn hơn 0.');
  const values = new Set(choicesOf(q).map((c) => c.value));
  const entries = Object.entries(s.scores);
  if (entries.length === 0) at('.scoring.scores', 'Chưa cho điểm phương án nào.');
  for (const [value, points] of entries) {
    if (!values.has(value))
      at('.scoring.scores', `Cho điểm phương án "${value}" không có trong câu hỏi.`);
    else if (!Number.isFinite(points) || points < 0 || points > s.max)
      at('.scoring.scores', `Điểm của "${value}" phải từ 0 đến ${s.max}.`);
  }
}

function checkElements(instrument: SurveyInstrument, issues: InstrumentIssue[]): void {
  const codes = new Map(instrument.elements.map((e) => [e.code, e]));
  if (codes.size !== instrument.elements.length)
    issues.push({ path: 'elements', message: 'Mã thành phần bị trùng.' });
  instrument.elements.forEach((e, i) => {
    if (e.parent !== null && !codes.has(e.parent))
      issues.push({
        path: `elements[${i}].parent`,
        message: `Thành phần "${e.code}" thuộc "${e.parent}" không có trong danh sách.`,
      });
    // Walk up: a loop would make roll-up endless.
    const seen = new Set<string>([e.code]);
    for (let p = e.parent; p !== null; p = codes.get(p)?.parent ?? null) {
      if (seen.has(p)) {
        issues.push({
          path: `elements[${i}].parent`,
          message: `Thành phần "${e.code}" nằm trong vòng lặp cha–con.`,
        });
        break;
      }
      seen.add(p);
    }
  });
}

export function validateInstrument(instrument: SurveyInstrument): InstrumentIssue[] {
  const issues: InstrumentIssue[] = [];
  if (!NAME.test(instrument.code))
    issues.push({
      path: 'code',
      message: 'Mã bộ câu hỏi chỉ gồm chữ không dấu, số và dấu gạch dưới.',
    });
  if (!instrument.titleVi.trim())
    issues.push({ path: 'titleVi', message: 'Bộ câu hỏi thiếu tên.' });
  if (!(instrument.scale.min < instrument.scale.max))
    issues.push({ path: 'scale', message: 'Thang điểm: giá trị thấp nhất phải nhỏ hơn cao nhất.' });
  if (instrument.sections.length === 0)
    issues.push({ path: 'sections', message: 'Bộ câu hỏi chưa có phần nào.' });
  checkElements(instrument, issues);
  const names = new Set<string>();
  const earlier = new Map<string, SurveyQuestion>();
  instrument.sections.forEach((section, si) => {
    const sp = `sections[${si}]`;
    if (!NAME.test(section.name))
      issues.push({
        path: `${sp}.name`,
        name: section.name,
        message: `Tên phần "${section.name}" chỉ gồm chữ không dấu, số và dấu gạch dưới.`,
      });
    else if (names.has(section.name))
      issues.push({
        path: `${sp}.name`,
        name: section.name,
        message: `Tên "${section.name}" bị trùng.`,
      });
    names.add(section.name);
    if (section.relevant)
      checkCondition(section.relevant, earlier, `${sp}.relevant`, section.name, issues);
    if (section.questions.length === 0)
      issues.push({
        path: `${sp}.questions`,
        name: section.name,
        message: 'Phần này chưa có câu hỏi.',
      });
    section.questions.forEach((q, qi) => {
      const qp = `${sp}.questions[${qi}]`;
      if (!NAME.test(q.name))
        issues.push({
          path: `${qp}.name`,
          name: q.name,
          message: `Tên câu hỏi "${q.name}" chỉ gồm chữ không dấu, số và dấu gạch dưới.`,
        });
      else if (names.has(q.name))
        issues.push({ path: `${qp}.name`, name: q.name, message: `Tên "${q.name}" bị trùng.` });
      names.add(q.name);
      checkQuestion(q, qp, instrument, earlier, issues);
      earlier.set(q.name, q);
    });
  });
  const scored = new Set(
    instrument.sections.flatMap((s) =>
      s.questions.flatMap((q) => (q.scoring ? [q.scoring.element] : [])),
    ),
  );
  const parents = new Set(instrument.elements.map((e) => e.parent));
  instrument.elements.forEach((e, i) => {
    if (!parents.has(e.code) && !scored.has(e.code))
      issues.push({
        path: `elements[${i}]`,
        message: `Thành phần "${e.code}" không có câu hỏi nào chấm điểm.`,
      });
  });
  return issues;
}
