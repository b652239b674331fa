import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIME } from '@papi/contracts';
import { createApp } from '../../../app.ts';
import { loadConfig } from '../../../config.ts';
import { createTestContext, TestClient, type TestContext } from '../../../test/harness.ts';
import { findSoffice } from './report.pdf.ts';

let ctx: TestContext;
let viewer: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  viewer = await ctx.as('xem');
});
afterAll(() => ctx.close());

interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  bytes: Uint8Array;
}

async function download(client: TestClient, path: string): Promise<Download> {
  const res = await ctx.app.request(path, { headers: { cookie: client.cookie } });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

/** The document's text, paragraph by paragraph, and its embedded media. */
async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
  const pngs = await Promise.all(media.map((f) => zip.file(f)!.async('uint8array')));
  return { xml, paragraphs, text: paragraphs.join('\n'), media, pngs };
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];

describe('PAPI report for Sơn La 2023 (Word, Decree 30/2020 layout)', () => {
  let doc: Awaited<ReturnType<typeof open>>;
  let res: Download;

  beforeAll(async () => {
    const sonLa = await ctx.unitId('pre2025', 'province', '14');
    res = await download(viewer, `/api/indices/PAPI/units/${sonLa}/report?year=2023`);
    doc = await open(res.bytes);
  });

  it('answers a .docx with a Vietnamese file name', () => {
    expect(res.status).toBe(200);
    expect(res.type).toBe(MIME.docx);
    expect(res.disposition).toContain(encodeURIComponent('Báo cáo PAPI 2023 - Tỉnh Sơn La'));
  });

  it('has the national title and motto, the issuing body, number, place and date', () => {
    expect(doc.paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.paragraphs).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(doc.paragraphs).toContain('ỦY BAN NHÂN DÂN');
    expect(doc.paragraphs).toContain('TỈNH SƠN LA');
    expect(doc.text).toMatch(/Số:\s+\/BC-UBND/);
    expect(doc.text).toMatch(/Sơn La, ngày\s+tháng \d{1,2} năm \d{4}/);
  });

  it('has the title with the province and the year, in Times New Roman on A4', () => {
    expect(doc.paragraphs).toContain('BÁO CÁO');
    expect(doc.paragraphs).toContain(
      'Phân tích thực trạng Chỉ số Hiệu quả quản trị và hành chính công (PAPI) năm 2023 của tỉnh Sơn La',
    );
    expect(doc.xml).toContain('w:ascii="Times New Roman"');
    expect(/<w:pgSz w:w="11906" w:h="16838"/.test(doc.xml)).toBe(true);
  });

  it('states the total formatted the Vietnamese way, with rank and group', async () => {
    const ranking = (
      await viewer.get<{
        rows: { unit: { name: string }; total: { score: number; rank: number } }[];
      }>('/api/indices/PAPI/rankings/2023')
    ).body;
    const own = ranking.rows.find((r) => r.unit.name === 'Sơn La')!.total;
    const total = own.score.toFixed(2).replace('.', ',');
    expect(total).toMatch(/^\d\d,\d\d$/);
    expect(doc.text).toContain(`tỉnh Sơn La đạt ${total} điểm`);
    expect(doc.text).toContain(`xếp thứ ${own.rank}/`);
    expect(doc.text).toMatch(/thuộc nhóm điểm (cao nhất|trung bình cao|trung bình thấp|thấp nhất)/);
    expect(doc.text).toMatch(/So với năm 2022, tổng điểm (tăng|giảm) \d+,\d\d điểm/);
  });

  it('has one section per dimension, the conclusions, the signature block and recipients', () => {
    for (const [i, name] of [
      'Tham gia của người dân ở cấp cơ sở',
      'Công khai, minh bạch trong việc ra quyết định ở địa phương',
      'Trách nhiệm giải trình với người dân',
      'Kiểm soát tham nhũng trong khu vực công',
      'Thủ tục hành chính công',
      'Cung ứng dịch vụ công',
      'Quản trị môi trường',
      'Quản trị điện tử',
    ].entries()) {
      expect(doc.paragraphs).toContain(`${i + 1}. ${name}`);
    }
    for (const heading of [
      'I. TỔNG QUAN',
      'II. KẾT QUẢ THEO TỪNG LĨNH VỰC',
      'III. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT TRỌNG TÂM',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nơi nhận:',
    ]) {
      expect(doc.paragraphs).toContain(heading);
    }
    expect(doc.paragraphs.some((p) => p.startsWith('- Lưu: VT'))).toBe(true);
  });

  it('ends with the appendix table: every dimension, the total and the years', () => {
    const start = doc.paragraphs.indexOf('Phụ lục');
    expect(start).toBeGreaterThan(0);
    const appendix = doc.paragraphs.slice(start);
    expect(appendix).toContain('KẾT QUẢ CHỈ SỐ PAPI NĂM 2023 CỦA TỈNH SƠN LA');
    for (const name of ['Tham gia của người dân ở cấp cơ sở', 'Quản trị điện tử', 'Tổng điểm']) {
      expect(appendix).toContain(name);
    }
    for (let year = 2011; year <= 2023; year++) expect(appendix).toContain(String(year));
  });

  it('embeds two PNG charts drawn on the server', () => {
    expect(doc.media).toHaveLength(2);
    for (const png of doc.pngs) {
      expect([...png.subarray(0, 4)]).toEqual(PNG_MAGIC);
      expect(png.length).toBeGreaterThan(5_000);
    }
  });
});

describe('a province not assessed that year (Bắc Ninh 2022)', () => {
  it('says so, gives the published partial scores and never a zero total', async () => {
    const bacNinh = await ctx.unitId('pre2025', 'province', '27');
    const res = await download(viewer, `/api/indices/PAPI/units/${bacNinh}/report?year=2022`);
    expect(res.status).toBe(200);
    const doc = await open(res.bytes);
    expect(doc.text).toContain('tỉnh Bắc Ninh không được đánh giá');
    expect(doc.text).not.toMatch(/(^|[^\d])0,00/);
    // D1 was published (5,82), D2 was not.
    expect(doc.text).toContain('5,82 điểm (điểm công bố, không xếp hạng)');
    expect(doc.text).toContain('kết quả công bố không có điểm của lĩnh vực này');
    expect(doc.media).toHaveLength(2);
  });
});

describe('errors and the PDF option', () => {
  it('answers 404 for a year without results and 400 for a bad format', async () => {
    const sonLa = await ctx.unitId('pre2025', 'province', '14');
    const latest = await download(viewer, `/api/indices/PAPI/units/${sonLa}/report`);
    expect(latest.status).toBe(200);
    expect(latest.disposition).toContain(encodeURIComponent('Báo cáo PAPI 2023'));
    expect((await viewer.get(`/api/indices/PAPI/units/${sonLa}/report?year=2030`)).status).toBe(
      404,
    );
    expect(
      (await viewer.get(`/api/indices/PAPI/units/${sonLa}/report?year=2023&format=odt`)).status,
    ).toBe(400);
    expect(
      (await ctx.client().get(`/api/indices/PAPI/units/${sonLa}/report?year=2023`)).status,
    ).toBe(401);
  });

  it('answers 501 with a Vietnamese message when LibreOffice is not installed', async () => {
    const app = createApp(
      ctx.database,
      loadConfig({ DATA_DIR: '/nonexistent', SOFFICE_PATH: '/nonexistent/soffice' }),
    );
    const client = new TestClient(app);
    await client.login('xem');
    const sonLa = await ctx.unitId('pre2025', 'province', '14');
    const res = await client.get<{ code: string; message: string }>(
      `/api/indices/PAPI/units/${sonLa}/report?year=2023&format=pdf`,
    );
    expect(res.status).toBe(501);
    expect(res.body.message).toContain('LibreOffice');
  });

  const soffice = findSoffice(undefined);
  if (!soffice) {
    console.warn(
      '⚠ report.test: LibreOffice (soffice) is not installed — the PDF test is skipped.',
    );
  }
  it.skipIf(!soffice)(
    'converts to PDF when LibreOffice is installed',
    { timeout: 120_000 },
    async () => {
      const sonLa = await ctx.unitId('pre2025', 'province', '14');
      const res = await download(
        viewer,
        `/api/indices/PAPI/units/${sonLa}/report?year=2023&format=pdf`,
      );
      expect(res.status).toBe(200);
      expect(res.type).toBe(MIME.pdf);
      expect(new TextDecoder().decode(res.bytes.subarray(0, 5))).toBe('%PDF-');
    },
  );
});
