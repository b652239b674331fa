import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanDocx } from './plan-docx.ts';
import { DIMENSIONS, MOC_CHAU_2022, withManyTasks } from './plan-docx.fixture.ts';
import type { PlanDocumentInput } from './plan-input.ts';

/** The document XML and its text, paragraph by paragraph. */
async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  const unescape = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
  return { zip, xml, paragraphs: paragraphs.map(unescape) };
}

describe('plan of Mộc Châu district, 2022 (Decree 30/2020 layout)', () => {
  let doc: Awaited<ReturnType<typeof open>>;

  beforeAll(async () => {
    doc = await open(await renderPlanDocx(MOC_CHAU_2022));
  });

  it('has the national title and motto, issuing body, number, place and date', () => {
    expect(doc.paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.paragraphs).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(doc.paragraphs).toContain('HUYỆN MỘC CHÂU');
    expect(doc.paragraphs).toContain('Số: 426/KH-UBND');
    expect(doc.paragraphs).toContain('Mộc Châu, ngày 18 tháng 02 năm 2022');
  });

  it('has the type name, subject, bases, sections and implementation', () => {
    expect(doc.paragraphs).toContain('KẾ HOẠCH');
    expect(doc.paragraphs).toContain(MOC_CHAU_2022.subject);
    expect(doc.paragraphs).toContain(MOC_CHAU_2022.bases[0]);
    for (const h of ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'IV. TỔ CHỨC THỰC HIỆN']) {
      expect(doc.paragraphs).toContain(h);
    }
    expect(doc.paragraphs).toContain('- Thời điểm ban hành Kế hoạch chậm nhất là ngày 20/02/2022.');
    expect(doc.paragraphs.some((p) => p.startsWith('2. Phòng Nội vụ: theo dõi'))).toBe(true);
  });

  it('has the signer and the recipients, ending with the archive line', () => {
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Long Trung Tâm', 'Nơi nhận:']) {
      expect(doc.paragraphs).toContain(line);
    }
    expect(doc.paragraphs).toContain('- Sở Nội vụ tỉnh Sơn La;');
    expect(doc.paragraphs).toContain('- Lưu: VT, NV, 45b.');
  });

  it('puts the appendix in a landscape A4 section after the portrait body', () => {
    const sections = [...doc.xml.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('w:w="11906" w:h="16838"');
    expect(sections[1]).toContain('w:orient="landscape"');
    expect(sections[1]).toContain('w:w="16838" w:h="11906"');
    expect(doc.paragraphs).toContain('NHIỆM VỤ CỤ THỂ NÂNG CAO CHỈ SỐ PAPI NĂM 2022');
    expect(doc.paragraphs).toContain(
      '(Kèm theo Kế hoạch số 426/KH-UBND ngày 18 tháng 02 năm 2022 của Ủy ban nhân dân huyện Mộc Châu)',
    );
  });

  it('lists the tasks under a repeated header row and one group row per dimension', () => {
    expect(doc.xml).toContain('<w:tblHeader/>');
    const appendix = doc.paragraphs.slice(doc.paragraphs.indexOf('Phụ lục'));
    for (const h of [
      'STT',
      'Nội dung',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      'Kết quả/sản phẩm',
    ]) {
      expect(appendix).toContain(h);
    }
    expect(appendix).not.toContain('Kinh phí');
    for (const [i, name] of DIMENSIONS.entries()) {
      const at = appendix.indexOf(name);
      expect(at, name).toBeGreaterThan(0);
      expect(appendix[at - 1]).toBe(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][i]);
    }
    const tasks = MOC_CHAU_2022.appendix!.groups.flatMap((g) => g.tasks);
    expect(tasks.length).toBeGreaterThanOrEqual(15);
    for (const t of tasks) expect(appendix).toContain(t.content);
    expect(doc.xml.match(/<w:gridSpan w:val="5"\/>/g)).toHaveLength(DIMENSIONS.length);
  });
});

describe('a draft project plan with funding columns', () => {
  it('leaves number and day blank and adds the Kinh phí columns', async () => {
    const draft: PlanDocumentInput = {
      ...MOC_CHAU_2022,
      issuingBody: {
        parent: ['UBND TỈNH SƠN LA'],
        lines: ['SỞ NỘI VỤ'],
        name: 'Sở Nội vụ tỉnh Sơn La',
      },
      number: '   /KH-SNV',
      date: { year: 2026 },
      signer: { authority: ['KT. GIÁM ĐỐC'], position: 'PHÓ GIÁM ĐỐC', name: '' },
      appendix: { ...MOC_CHAU_2022.appendix!, funding: true },
    };
    const doc = await open(await renderPlanDocx(draft));
    expect(doc.paragraphs).toContain('UBND TỈNH SƠN LA');
    expect(doc.paragraphs.some((p) => /^Số:\s+\/KH-SNV$/.test(p))).toBe(true);
    expect(doc.paragraphs.some((p) => /^Mộc Châu, ngày\s+tháng\s+năm 2026$/.test(p))).toBe(true);
    expect(doc.paragraphs.some((p) => /^\(Kèm theo Kế hoạch số\s+\/KH-SNV ngày/.test(p))).toBe(
      true,
    );
    expect(doc.paragraphs).toContain('Kinh phí');
    expect(doc.paragraphs).toContain('Nguồn kinh phí');
    expect(doc.xml.match(/<w:gridSpan w:val="7"\/>/g)).toHaveLength(DIMENSIONS.length);
  });
});

describe('a plan with 300 tasks', () => {
  it('is generated as a valid .docx', { timeout: 60_000 }, async () => {
    const base = MOC_CHAU_2022.appendix!.groups.flatMap((g) => g.tasks);
    const input = withManyTasks(300);
    const groups = input.appendix!.groups;
    expect(groups.map((g) => g.tasks.length)).toEqual([38, 38, 38, 38, 37, 37, 37, 37]);
    const bytes = await renderPlanDocx(input);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const doc = await open(bytes);
    expect(doc.zip.file('[Content_Types].xml')).not.toBeNull();
    expect(doc.paragraphs).toContain('Nhiệm vụ 8.37: ' + base[(7 * 2 + 36) % base.length]!.content);
  });
});
