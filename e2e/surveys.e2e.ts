import { beforeAll, describe, expect, it } from 'vitest';
import { drawResponses, seededRandom, syntheticCommunes } from '@papi/domain';
import path from 'node:path';
import { SCREENSHOT_DIR, chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';
import { surveySetup } from './survey-setup.ts';

describe.skipIf(!chromiumPath)('a coordinator sees a survey round’s scores with intervals', () => {
  // Its own server: the round and its responses stay out of the other suites' data.
  const suite = ownServer({ width: 1280, height: 900 });
  const as = suite.as;
  let runId = 0;

  beforeAll(async () => {
    // A round of the shipped commune questionnaire in two communes, answered through the API.
    const { noivu, me, detail, document, units } = await surveySetup(suite.baseUrl, 'papi_xa');
    const [a, b] = units.items;
    const run = await noivu.call<{ id: number }>('POST', '/api/survey-runs', {
      unitId: me.unit.id,
      instrumentVersionId: detail.versions[0]!.id,
      name: 'Khảo sát ý kiến người dân quý IV/2026',
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      status: 'open',
      strata: [
        { code: 'A', name: a!.name, unitId: a!.id, target: 80, population: 15000 },
        { code: 'B', name: b!.name, unitId: b!.id, target: 60, population: 6000 },
      ],
    });
    runId = run.id;
    const rnd = seededRandom(2026);
    const communes = syntheticCommunes(
      document,
      { communes: 2, minSize: 70, maxSize: 70, dontKnow: 0.05 },
      rnd,
    );
    communes[1]!.size = 40;
    let n = 0;
    for (const r of drawResponses(document, communes, { dontKnow: 0.05 }, rnd)) {
      const clientId = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
      await noivu.call('POST', `/api/survey-runs/${runId}/responses`, {
        clientId,
        stratumCode: r.stratum === 'X001' ? 'A' : 'B',
        answers: r.answers,
      });
    }
  });

  it('lists instruments and rounds, then shows scores by dimension with 95% intervals', async () => {
    const page = await as('noivu');
    await page.goto(`${suite.baseUrl}/surveys`);
    await page.getByRole('link', { name: 'Khảo sát ý kiến người dân quý IV/2026' }).waitFor();
    expect(await page.getByRole('row', { name: /papi_xa/ }).textContent()).toContain('Phiên bản 1');
    expect(await page.getByRole('row', { name: /quý IV\/2026/ }).textContent()).toContain(
      '110 / 140',
    );
    await screenshot(page, 'surveys-01-list');
    await page.getByRole('link', { name: 'Khảo sát ý kiến người dân quý IV/2026' }).click();
    await page.getByRole('columnheader', { name: 'Khoảng tin cậy 95%' }).waitFor();
    // The scores table comes first (the comparisons below repeat the dimension rows).
    const d1 = page.getByRole('row', { name: /^D1 Tham gia/ }).first();
    // "4,12 – 5,03": a Vietnamese decimal comma, low below high.
    expect(await d1.textContent()).toMatch(/\d,\d\d – \d,\d\d/);
    expect(await page.getByText('110 người trả lời').count()).toBe(1);
    await screenshot(page, 'surveys-02-scores');
    await page.getByLabel('Hiện từng câu hỏi').check();
    await page.getByText('chưa đủ mẫu').first().waitFor();
    await screenshot(page, 'surveys-03-questions');
    // On a phone the rows become cards; the first screen is what a coordinator sees.
    await page.getByLabel('Hiện từng câu hỏi').uncheck();
    await page.setViewportSize({ width: 390, height: 860 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'surveys-04-phone.png') });
  });
});
