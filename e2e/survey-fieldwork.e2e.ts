import { beforeAll, describe, expect, it } from 'vitest';
import {
  allQuestions,
  drawResponses,
  seededRandom,
  syntheticCommunes,
  type SurveyInstrument,
} from '@papi/domain';
import path from 'node:path';
import { SCREENSHOT_DIR, chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';
import { surveySetup } from './survey-setup.ts';

/** A Kobo CSV export: group paths, metadata, `_uuid` and `_submission_time` (UTC). */
function koboCsv(
  document: SurveyInstrument,
  rows: { stratum: string; answers: Record<string, unknown> }[],
) {
  const sectionOf = new Map(
    document.sections.flatMap((s) => s.questions.map((q) => [q.name, s.name])),
  );
  const questions = allQuestions(document).filter((q) => q.type !== 'note');
  const header = [
    'start',
    ...questions.map((q) => `${sectionOf.get(q.name)}/${q.name}`),
    'ma_nhom_mau',
    '_uuid',
    '_submission_time',
  ];
  const lines = rows.map((r, i) => {
    const day = `2026-11-${String(3 + (i % 6)).padStart(2, '0')}T03:00:00`;
    const cells = questions.map((q) => {
      const v = r.answers[q.name];
      return v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
    });
    return [day, ...cells, r.stratum, `c0ffee00-0000-4000-8000-${String(i).padStart(12, '0')}`, day]
      .map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
      .join(',');
  });
  return [header.join(','), ...lines].join('\n');
}

describe.skipIf(!chromiumPath)('a coordinator imports a Kobo export and follows fieldwork', () => {
  const suite = ownServer({ width: 1366, height: 900 });
  let runId = 0;
  let csv = '';
  let counts: Record<string, number> = {};
  let names: string[] = [];

  beforeAll(async () => {
    const { noivu, me, detail, document, units } = await surveySetup(
      suite.baseUrl,
      'sipas_dich_vu',
    );
    const communes = units.items.slice(0, 8);
    names = communes.map((u) => u.name);
    const codes = communes.map((_, i) => `X${i + 1}`);
    const run = await noivu.call<{ id: number }>('POST', '/api/survey-runs', {
      unitId: me.unit.id,
      instrumentVersionId: detail.versions[0]!.id,
      name: 'Khảo sát hài lòng tại Bộ phận một cửa quý IV/2026',
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      status: 'open',
      strata: communes.map((u, i) => ({
        code: codes[i],
        name: u.name,
        unitId: u.id,
        target: 40,
        // The last two communes' populations are not known yet: a visible warning.
        population: i < 6 ? 5000 + 1500 * i : null,
        quotas:
          i < 3
            ? [
                { question: 'gioi_tinh', value: 'nu', target: 20 },
                { question: 'gioi_tinh', value: 'nam', target: 20 },
              ]
            : [],
      })),
    });
    runId = run.id;
    const rnd = seededRandom(7);
    const synthetic = syntheticCommunes(
      document,
      { communes: 8, minSize: 8, maxSize: 44, dontKnow: 0.05 },
      rnd,
    );
    const rows = drawResponses(document, synthetic, { dontKnow: 0.05 }, rnd).map((r) => ({
      stratum: codes[Number(r.stratum.slice(1)) - 1]!,
      answers: r.answers,
    }));
    counts = Object.fromEntries(codes.map((c) => [c, rows.filter((r) => r.stratum === c).length]));
    csv = koboCsv(document, rows);
  });

  it('checks the file, saves it once, and the progress board counts it', async () => {
    const page = await suite.as('noivu');
    await page.goto(`${suite.baseUrl}/surveys/runs/${runId}?tab=imports`);
    const panel = page.getByRole('region', { name: /Nhập phiếu từ KoboToolbox/ });
    // First a file with a stratum nobody planned on its third data row: located, not saved.
    const lines = csv.split('\n');
    lines[3] = lines[3]!.replace(/,X\d,(c0ffee00)/, ',ZZ,$1');
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'kobo-sai.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const issue = panel.getByTestId('survey-import-issues').getByRole('row', { name: /ZZ/ });
    expect(await issue.textContent()).toContain('Dòng 4, cột ma_nhom_mau');
    expect(await panel.getByRole('button', { name: 'Lưu' }).isDisabled()).toBe(true);
    await screenshot(page, 'survey-fieldwork-00-import-errors');
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'kobo-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    await panel.getByTestId('submissions-summary').waitFor();
    expect(await panel.getByTestId('submissions-summary').textContent()).toContain(String(total));
    await screenshot(page, 'survey-fieldwork-01-import-preview');
    await panel.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã lưu ${total} phiếu mới`).waitFor();

    // The same export again: checked, nothing new.
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'kobo-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await panel.getByText('Đã có, bỏ qua').waitFor();
    expect(await panel.getByTestId('submissions-summary').textContent()).toMatch(/Phiếu mới\s*0/);

    await page.getByRole('tab', { name: 'Tiến độ thu phiếu' }).click();
    const board = page.getByTestId('survey-progress');
    await board.waitFor();
    await page.getByRole('img', { name: 'Số phiếu theo ngày' }).waitFor();
    expect(await board.textContent()).toContain(`${total} / 320`);
    expect(await page.getByText('Chưa có số dân của các nhóm mẫu').count()).toBe(1);
    expect(await board.textContent()).toContain(
      `Nhóm mẫu chưa có dân số: ${names.slice(6).join(', ')}.`,
    );
    // The run's strata are communes of Sơn La (14): the board draws the province's commune
    // map (fetched on demand), and the tiles stay below it as the list form.
    const communeMap = page.getByTestId('progress-map');
    await page.getByRole('img', { name: 'Các xã, phường theo mức hoàn thành' }).waitFor();
    expect(await communeMap.locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('progress-tiles').locator('> *').count()).toBe(8);
    expect(await board.textContent()).not.toContain('chưa có bản đồ');
    const first = page.getByRole('row', { name: /\(X1\)/ });
    expect(await first.textContent()).toContain(`${counts.X1} / 40`);
    await page.waitForTimeout(600);
    await screenshot(page, 'survey-fieldwork-02-progress-1366');
    await page.setViewportSize({ width: 390, height: 860 });
    await page.waitForTimeout(500);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'survey-fieldwork-03-progress-390.png'),
      fullPage: true,
    });
  });
});
