import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';

/**
 * Error messages follow the request's language: English with `Accept-Language: en` (the
 * web client sends its chosen language), Vietnamese otherwise.
 */
let ctx: TestContext;
let admin: TestClient;
let agency: { id: number; version: number; unitId: number };

interface ErrorBody {
  code: string;
  message: string;
  details?: { issues?: { path: string; message: string }[] };
}

const EN = { 'accept-language': 'en' };

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.as('admin');
  const list = await admin.get<{ items: { id: number; version: number; unitId: number }[] }>(
    '/api/agencies',
  );
  agency = list.body.items[0]!;
});

afterAll(async () => {
  await ctx.close();
});

const send = (method: string, path: string, body: unknown, english: boolean) =>
  admin.request<ErrorBody>(method, path, body, english ? EN : {});

describe('errors in the request language', () => {
  it('400: a contract message and a zod message', async () => {
    const body = { unitId: agency.unitId, name: 'A', kind: 'so' };
    const vi = await send('POST', '/api/agencies', body, false);
    expect(vi.status).toBe(400);
    expect(vi.body.message).toBe(
      'Dữ liệu không hợp lệ ở nội dung (trường "name"): Tên cơ quan phải có ít nhất 2 ký tự.',
    );
    const en = await send('POST', '/api/agencies', body, true);
    expect(en.status).toBe(400);
    expect(en.body.message).toBe(
      'Invalid data in body (field "name"): The agency name must be at least 2 characters long.',
    );
    expect(en.body.details?.issues?.[0]?.message).toBe(
      'The agency name must be at least 2 characters long.',
    );

    const wrongType = { unitId: agency.unitId, name: 12, kind: 'so' };
    const zodVi = await send('POST', '/api/agencies', wrongType, false);
    expect(zodVi.body.message).toMatch(
      /^Dữ liệu không hợp lệ ở nội dung \(trường "name"\): Đầu vào/,
    );
    const zodEn = await send('POST', '/api/agencies', wrongType, true);
    expect(zodEn.body.message).toBe(
      'Invalid data in body (field "name"): Invalid input: expected string, received number',
    );
  });

  it('404 names the missing record in English', async () => {
    const patch = { version: 1, name: 'Sở Thử nghiệm' };
    const vi = await send('PATCH', '/api/agencies/99999999', patch, false);
    expect(vi.status).toBe(404);
    expect(vi.body.message).toBe('Cơ quan không tồn tại hoặc bạn không có quyền xem.');
    const en = await send('PATCH', '/api/agencies/99999999', patch, true);
    expect(en.status).toBe(404);
    expect(en.body.message).toBe('Agency not found, or you do not have access to it.');
  });

  it('409 on a stale version', async () => {
    const patch = { version: agency.version + 50, name: 'Sở Thử nghiệm' };
    const vi = await send('PATCH', `/api/agencies/${agency.id}`, patch, false);
    expect(vi.status).toBe(409);
    expect(vi.body.message).toMatch(/^Bản ghi đã được người khác sửa/);
    const en = await send('PATCH', `/api/agencies/${agency.id}`, patch, true);
    expect(en.status).toBe(409);
    expect(en.body.message).toBe(
      'Someone else changed this record after you opened it. Please reload to see the latest changes, then make your edits again.',
    );
  });

  it('prefers Vietnamese when the header ranks it first or names neither', async () => {
    const patch = { version: 1, name: 'Sở Thử nghiệm' };
    for (const lang of ['vi, en;q=0.8', 'fr', 'en;q=0.3, vi;q=0.9']) {
      const res = await admin.request<ErrorBody>('PATCH', '/api/agencies/99999999', patch, {
        'accept-language': lang,
      });
      expect(res.body.message, lang).toMatch(/^Cơ quan không tồn tại/);
    }
    const en = await admin.request<ErrorBody>('PATCH', '/api/agencies/99999999', patch, {
      'accept-language': 'en-GB,en;q=0.9,vi;q=0.5',
    });
    expect(en.body.message).toMatch(/^Agency not found/);
  });
});
