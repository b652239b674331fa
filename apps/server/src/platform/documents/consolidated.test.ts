import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderConsolidatedDocx, withPeriod } from './consolidated-docx.ts';
import { renderConsolidatedXlsx } from './consolidated-xlsx.ts';
import { COMMUNES, SON_LA_6_MONTHS_2026 as REPORT } from './consolidated.fixture.ts';
import { indicatorTotal, reportingCounts } from './consolidated-input.ts';

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
const textOf = (xml: string) =>
  unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

async function openDocx(bytes: Uint8Array) {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]));
  // Rows of the bordered data tables (the layout tables of header and signature have no grid).
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
    ),
  );
  return { xml, paragraphs, tables };
}

describe('consolidated report (Word, Decree 30/2020)', () => {
  let doc: Awaited<ReturnType<typeof openDocx>>;
  beforeAll(async () => {
    doc = await openDocx(await renderConsolidatedDocx(REPORT));
  });

  it('has the header, number, place and date, type and subject', () => {
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH SƠN LA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Kết quả thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh về nâng cao Chỉ số PAPI 6 tháng đầu năm 2026',
    ]) {
      expect(doc.paragraphs).toContain(line);
    }
    expect(doc.paragraphs.some((p) => /^Số: \s+\/BC-UBND$/.test(p))).toBe(true);
    expect(doc.paragraphs.some((p) => /^Sơn La, ngày \s+ tháng 6 năm 2026$/.test(p))).toBe(true);
  });

  it('states the reporting rate, lists the units that sent and names the others per level', () => {
    expect(doc.paragraphs).toContain(
      'Tính đến ngày lập báo cáo, 4/6 đơn vị đã gửi báo cáo (đạt 66,7%), trong đó 3 đơn vị gửi đúng hạn, 1 đơn vị gửi muộn, 1 đơn vị bị trả lại chưa gửi lại; 1 đơn vị chưa gửi báo cáo.',
    );
    const rate = doc.tables.find(
      (t) => t[0]?.join('|') === 'TT|Đơn vị|Hạn gửi|Ngày gửi|Tình trạng',
    )!;
    // Five sent (one of them returned); the sixth is named on one line, not a table row.
    expect(rate.slice(1)).toHaveLength(COMMUNES.length - 1);
    expect(rate[3]).toEqual(['3', 'Xã Chiềng Hắc', '05/06/2026', '08/06/2026', 'Muộn']);
    expect(rate.flat()).not.toContain('Chưa gửi');
    expect(doc.paragraphs).toContain('- Cấp xã chưa gửi báo cáo (1 đơn vị): Xã Lóng Sập.');
  });

  it('has a section per dimension with its tasks, units by status and indicators', () => {
    for (const d of REPORT.dimensions) {
      expect(doc.paragraphs).toContain(
        `${d.code.slice(1)}. Nội dung ${d.code.slice(1)}: ${d.name}`,
      );
    }
    const taskTables = doc.tables.filter((t) => t[0]?.[1] === 'Nhiệm vụ');
    expect(taskTables).toHaveLength(8);
    expect(taskTables[0]!.slice(1).map((r) => r[1])).toEqual(
      REPORT.dimensions[0]!.tasks.map((t) => t.title),
    );
    expect(taskTables[0]![2]![4]).toMatch(/^Đang thực hiện\(\d+%\)$/);

    const unitTables = doc.tables.filter((t) => t[0]?.[1] === 'Đơn vị' && t[0]?.includes('Cộng'));
    expect(unitTables).toHaveLength(8);
    const first = unitTables[0]!;
    expect(first[0]).toEqual(['TT', 'Đơn vị', ...REPORT.statuses.map((s) => s.label), 'Cộng']);
    const total = first.at(-1)!;
    expect(total[0]).toBe('Tổng cộng');
    // The total row is the column sums of the unit rows.
    const body = first.slice(1, -1);
    for (let c = 2; c < first[0]!.length; c++) {
      expect(Number(total[c - 1])).toBe(body.reduce((a, r) => a + Number(r[c]), 0));
    }

    const indicator = doc.tables.find((t) => t[1]?.[1]?.startsWith('Số cuộc đối thoại'))!;
    const line = REPORT.dimensions[2]!.indicators[0]!;
    expect(indicator[1]).toEqual([
      '1',
      line.name,
      'cuộc',
      '24',
      String(indicatorTotal(line)),
      '4/6',
    ]);
  });

  it('gathers the units’ narratives under their headings, and only where units wrote', () => {
    const at = doc.paragraphs.indexOf('1. Nội dung 1: Tham gia của người dân ở cấp cơ sở');
    const next = doc.paragraphs.indexOf(`2. Nội dung 2: ${REPORT.dimensions[1]!.name}`);
    const d1 = doc.paragraphs.slice(at, next);
    expect(d1).toContain('Kết quả đạt được:');
    expect(d1).toContain('Tồn tại, hạn chế và nguyên nhân:');
    expect(d1).toContain('Đề xuất, kiến nghị:');
    expect(d1.some((p) => p.startsWith('- Phường Mộc Châu: Đã tổ chức 4 hội nghị'))).toBe(true);
    // Xã Chiềng Hắc proposed nothing: no empty line for it under the proposals.
    const proposals = d1.slice(d1.indexOf('Đề xuất, kiến nghị:'));
    expect(proposals.some((p) => p.startsWith('- Xã Chiềng Hắc'))).toBe(false);
    const d8 = doc.paragraphs.slice(doc.paragraphs.indexOf(`8. Nội dung 8: Quản trị điện tử`));
    expect(d8).not.toContain('Kết quả đạt được:');
  });

  it('ends with the assessment, the closing line, signer and recipients', () => {
    expect(doc.paragraphs).toContain('III. ĐÁNH GIÁ CHUNG');
    expect(doc.paragraphs).toContain('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI');
    expect(doc.paragraphs).not.toContain('V. ĐỀ XUẤT, KIẾN NGHỊ'); // no text: no empty section
    expect(
      doc.paragraphs.some(
        (p) => p.startsWith('Trên đây là báo cáo') && p.endsWith('tỉnh Sơn La./.'),
      ),
    ).toBe(true);
    for (const line of [
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nơi nhận:',
      '- Bộ Nội vụ;',
      '- Lưu: VT, NC.',
    ]) {
      expect(doc.paragraphs).toContain(line);
    }
    expect(doc.xml).toContain('w:w="11906" w:h="16838"'); // A4 portrait
  });
});

describe('consolidated report: the period and the units that sent nothing', () => {
  it('the period replaces the year a plan title ends with, and is never said twice', () => {
    const plan = 'Kế hoạch số 15/KH-UBND của UBND tỉnh về nâng cao Chỉ số PAPI năm 2026';
    expect(withPeriod(plan, '6 tháng đầu năm 2026')).toBe(
      'Kế hoạch số 15/KH-UBND của UBND tỉnh về nâng cao Chỉ số PAPI 6 tháng đầu năm 2026',
    );
    expect(withPeriod(plan, 'năm 2026')).toBe(plan);
    // A title of another year keeps its year: the period is then a different one.
    expect(withPeriod('Kế hoạch giai đoạn 2021-2025', 'năm 2026')).toBe(
      'Kế hoạch giai đoạn 2021-2025 năm 2026',
    );
  });

  it('a hundred communes that sent nothing make one line, agencies another', async () => {
    const missing = Array.from({ length: 100 }, (_, i) => ({
      unitName: `Xã ${i + 1}`,
      level: 'commune' as const,
      dueDate: '2026-06-05',
      submittedOn: null,
      state: 'missing' as const,
    }));
    const agency = { ...missing[0]!, unitName: 'Sở Tư pháp', level: 'agency' as const };
    const doc = await openDocx(
      await renderConsolidatedDocx({ ...REPORT, reporting: [...missing, agency] }),
    );
    expect(
      doc.tables.some((t) => t[0]?.join('|') === 'TT|Đơn vị|Hạn gửi|Ngày gửi|Tình trạng'),
    ).toBe(false);
    const lines = doc.paragraphs.filter((p) => p.startsWith('- ') && p.includes('chưa gửi'));
    expect(lines).toEqual([
      '- Sở, ban, ngành chưa gửi báo cáo (1 đơn vị): Sở Tư pháp.',
      `- Cấp xã chưa gửi báo cáo (100 đơn vị): ${missing.map((m) => m.unitName).join(', ')}.`,
    ]);
  });
});

describe('consolidated report (Excel)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderConsolidatedXlsx(REPORT)) as unknown as ArrayBuffer);
  });

  it('has the five sheets', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Theo nội dung',
      'Chỉ tiêu',
      'Nhiệm vụ',
    ]);
  });

  it('summary: reporting counts and rate', () => {
    const s = wb.getWorksheet('Tổng hợp')!;
    const value = (label: string) => {
      const rows = s.getSheetValues().filter((r): r is ExcelJS.CellValue[] => Array.isArray(r));
      return rows.find((r) => r[1] === label)?.[2];
    };
    const c = reportingCounts(REPORT.reporting);
    expect(value('Đơn vị phải báo cáo')).toBe(6);
    expect(value('Đã gửi')).toBe(c.submitted);
    expect(value('Chưa gửi')).toBe(1);
    expect(value('Tỷ lệ gửi báo cáo')).toBeCloseTo(4 / 6);
    expect(s.getCell('B11').numFmt).toBe('0.0%');
    expect(value('Tổng số nhiệm vụ')).toBe(
      REPORT.dimensions.reduce((a, d) => a + d.tasks.length, 0),
    );
  });

  it('by unit, by dimension, indicators per unit and every task', () => {
    const units = wb.getWorksheet('Theo đơn vị')!;
    expect(units.rowCount).toBe(1 + COMMUNES.length);
    expect(units.getRow(4).getCell(1).value).toBe('Xã Chiềng Hắc');
    expect(units.getRow(4).getCell(4).value).toBe('Muộn');
    const dims = wb.getWorksheet('Theo nội dung')!;
    expect(dims.rowCount).toBe(9);
    expect(dims.getRow(2).getCell(1).value).toBe('D1');
    expect(dims.getRow(2).getCell(3 + REPORT.statuses.length).value).toBe(
      REPORT.dimensions[0]!.tasks.length,
    );
    const ind = wb.getWorksheet('Chỉ tiêu')!;
    expect(ind.getRow(1).getCell(6).value).toBe(COMMUNES[0]);
    const d3 = REPORT.dimensions[2]!.indicators[0]!;
    const row = ind.getRow(4);
    expect(row.getCell(2).value).toBe(d3.name);
    expect(row.getCell(5).value).toBe(indicatorTotal(d3));
    expect(row.getCell(6).value).toBe(d3.values[0]!.value);
    expect(row.getCell(6 + 5).value).toBeNull(); // Xã Lóng Sập sent nothing
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    expect(tasks.rowCount).toBe(1 + REPORT.dimensions.reduce((a, d) => a + d.tasks.length, 0));
  });
});
