import { beforeAll, describe, expect, it } from 'vitest';
import { apiSession, type ApiSession } from '../scripts/web-session.ts';
import { samplePlan, sampleTasks } from '../apps/server/src/modules/plans/plans.samples.ts';
import { chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';

type Me = { unit: { id: number }; agency: { id: number; name: string } | null };
type Plan = { id: number; version: number; title: string; status: string };
const TITLE = 'Nâng cao Chỉ số PAPI tỉnh Sơn La năm 2023';

/**
 * The province coordinator obliges every department in one action after seeing the count;
 * once the plan is issued, the Sở Tư pháp officer finds the obligation and starts the
 * department's own plan, issued in the department's name.
 */
describe.skipIf(!chromiumPath)('obliging all departments of the province', () => {
  const suite = ownServer({ width: 1366, height: 900 });
  const as = suite.as;
  let noivu: ApiSession;
  let planId = 0;

  beforeAll(async () => {
    noivu = await apiSession(suite.baseUrl, 'noivu');
    const me = await noivu.call<Me>('GET', '/api/auth/me');
    const tuphap = (
      await (await apiSession(suite.baseUrl, 'tuphap')).call<Me>('GET', '/api/auth/me')
    ).agency!;
    let p = await noivu.call<Plan>('POST', '/api/plans', samplePlan(me.unit.id, TITLE));
    // Sở Tư pháp leads the first task; Sở Nội vụ the others.
    const tasks = sampleTasks(me.agency!);
    tasks[0]!.lead = { kind: 'agency', id: String(tuphap.id), name: tuphap.name };
    p = await noivu.call<Plan>('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks });
    planId = p.id;
  }, 300_000);

  it('the coordinator sees how many departments, then obliges them in one action', async () => {
    const page = await as('noivu');
    await page.goto(`${suite.baseUrl}/plans/${planId}`);
    await page.getByRole('tab', { name: 'Nội dung văn bản' }).click();
    await page.getByRole('button', { name: 'Giao tất cả sở, ban, ngành' }).click();
    const dialog = page.getByRole('dialog');
    const count = dialog.getByTestId('oblige-all-count');
    await expect.poll(() => count.textContent()).toMatch(/Sẽ giao \d+ sở, ban, ngành/);
    const n = Number(/Sẽ giao (\d+)/.exec((await count.textContent()) ?? '')?.[1]);
    expect(n).toBeGreaterThan(5);
    await screenshot(page, 'departments-01-preview');
    await dialog.getByRole('button', { name: `Giao ${n} cơ quan` }).click();
    await expect.poll(() => page.getByText(`Sở, ban, ngành được giao (${n})`).count()).toBe(1);
    await expect.poll(() => page.getByText(/^Sở Tư pháp/).count()).toBeGreaterThan(0);
    await screenshot(page, 'departments-02-obliged');

    let p = await noivu.call<Plan>('GET', `/api/plans/${planId}`);
    p = await noivu.call<Plan>('POST', `/api/plans/${planId}/submit`, { version: p.version });
    const lanhdao = await apiSession(suite.baseUrl, 'lanhdao');
    await lanhdao.call('POST', `/api/plans/${planId}/issue`, {
      version: p.version,
      number: 77,
      issuedOn: '2023-02-10',
    });
  });

  it('the Sở Tư pháp officer finds it and starts the department plan', async () => {
    for (const width of [1366, 390]) {
      const page = await as('tuphap', width);
      await page.goto(`${suite.baseUrl}/plans/obligations`);
      await page
        .getByText(/Phải ban hành: Sở Tư pháp/)
        .first()
        .waitFor();
      await screenshot(page, `departments-03-inbox-${width}`);
      if (width === 390) continue;
      // Its inbox holds its own obligation, the only one it may start.
      await expect.poll(() => page.getByRole('button', { name: 'Lập kế hoạch' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
      await page.waitForURL(/\/plans\/\d+/);
      // Its own draft, editable by its officer: the document tab holds its title and name.
      await page.getByRole('tab', { name: 'Nội dung văn bản' }).click();
      await expect
        .poll(() => page.getByLabel('Trích yếu').inputValue())
        .toMatch(/^Nâng cao Chỉ số PAPI của Sở Tư pháp/);
      await expect
        .poll(() => page.getByLabel('Cơ quan ban hành', { exact: true }).inputValue())
        .toBe('SỞ TƯ PHÁP');
      await screenshot(page, 'departments-04-department-plan');
    }
  });
});
