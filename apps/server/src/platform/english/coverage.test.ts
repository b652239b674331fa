import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { VIETNAMESE_LETTER } from '@papi/domain';
import { scanMessages } from './message-scan.ts';
import { serverEnglish } from './translate.ts';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/** Files whose every text is for readers: validators, labels, file checks. */
const WHOLE_FILES = [
  'packages/domain/src/plans/plan-rules.ts',
  'packages/domain/src/plans/agency-split.ts',
  'packages/domain/src/plans/appendix-links.ts',
  'packages/domain/src/plans/validate-plan.ts',
  'packages/domain/src/plans/deadlines.ts',
  'packages/domain/src/plans/plan-period.ts',
  'packages/domain/src/plans/appendix-rows.ts',
  'packages/domain/src/plans/document-number.ts',
  'packages/domain/src/indices/import-check.ts',
  'packages/domain/src/reporting/periods.ts',
  'packages/domain/src/reporting/regime.ts',
  'packages/domain/src/reporting/report-workflow.ts',
  'apps/server/src/platform/auth/password-strength.ts',
  'apps/server/src/modules/execution/evidence.check.ts',
  'apps/server/src/platform/files/sniff.ts',
  'apps/server/src/platform/files/archive-check.ts',
  'apps/server/src/modules/indices/indices.import.layout.ts',
];

/**
 * Vietnamese the English keeps on purpose: a quoted term the user must find as written
 * (a column header, "Lưu: VT", an example deadline) and decree numbers ("NĐ-CP").
 */
function withoutKeptTerms(en: string, vi: string): string {
  return en.replace(/"[^"]*"|“[^”]*”|\S*NĐ-CP/g, (term) => (vi.includes(term) ? '' : term));
}

const scan = () =>
  scanMessages(
    ROOT,
    [
      { dir: 'apps/server/src' },
      { dir: 'packages/domain/src' },
      { dir: 'packages/contracts/src', zod: true },
    ],
    WHOLE_FILES,
  );

describe('every message has an English entry', () => {
  it('finds the messages (the scan itself works)', () => {
    const templates = new Set(scan().map((m) => m.template));
    // A few known messages of each kind: a call argument, a domain finding, a zod message.
    expect(templates).toContain('Bạn cần đổi mật khẩu trước khi tiếp tục.');
    expect(templates).toContain('Kế hoạch cần ít nhất {0} nhiệm vụ.');
    expect(templates).toContain('Vui lòng nhập trích yếu.');
    expect(templates).toContain('Dữ liệu không hợp lệ ở {0} (trường "{1}"): {2}');
    expect(templates.size).toBeGreaterThan(300);
  });

  it('translates each one, leaving no Vietnamese letter', () => {
    const untranslated = scan()
      .filter((m) => {
        const en = serverEnglish.find(m.template);
        return en === null || VIETNAMESE_LETTER.test(withoutKeptTerms(en, m.template));
      })
      .map((m) => `${m.file}:${m.line}  ${m.template}  →  ${serverEnglish(m.template)}`);
    expect(untranslated).toEqual([]);
  });
});

describe('serverEnglish', () => {
  it('reads a refusal that lists domain findings, and the parts it names', () => {
    expect(
      serverEnglish(
        'Chưa thể trình kế hoạch, còn 2 lỗi: Nhiệm vụ 1.1: chưa có cơ quan chủ trì; Chưa có người ký.',
      ),
    ).toBe(
      'The plan cannot be submitted yet; 2 errors remain: Task 1.1: no lead agency yet; No signatory yet.',
    );
    expect(serverEnglish('Kế hoạch không tồn tại hoặc bạn không có quyền xem.')).toBe(
      'Plan not found, or you do not have access to it.',
    );
    expect(serverEnglish('lead: cơ quan không thuộc phạm vi (mã 42).')).toBe(
      'lead: the agency is outside your scope (ID 42).',
    );
    expect(
      serverEnglish('Dữ liệu không hợp lệ ở nội dung (trường "title"): Vui lòng nhập trích yếu.'),
    ).toBe('Invalid data in body (field "title"): Please enter the subject line.');
  });
});
