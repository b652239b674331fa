import type { TFeedbackDetail } from '@papi/contracts';
import type { TestClient, TestContext } from '../../test/harness.ts';

/** A 1×1 PNG: a real image for the content check. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const UNIT = '14';

/** A citizen's browser: posts the public forms (multipart or urlencoded), no redirects followed. */
export async function sendPublic(
  ctx: TestContext,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; text: string; location: string | null; headers: Headers }> {
  const res = await ctx.app.request(path, { ...init, redirect: 'manual' });
  return {
    status: res.status,
    text: await res.text(),
    location: res.headers.get('location'),
    headers: res.headers,
  };
}

export interface FeedbackForm {
  topic?: string;
  place?: string;
  text?: string;
  contact?: string;
  publicAllowed?: boolean;
  consent?: boolean;
  website?: string;
  files?: { name: string; bytes: Uint8Array; type: string }[];
}

export function submitForm(
  ctx: TestContext,
  form: FeedbackForm,
  headers: Record<string, string> = {},
) {
  const data = new FormData();
  data.set('chu_de', form.topic ?? 'D5');
  data.set('noi', form.place ?? '');
  data.set(
    'noi_dung',
    form.text ?? 'Thủ tục cấp giấy phép xây dựng ở phường kéo dài quá hạn ba tuần.',
  );
  data.set('lien_he', form.contact ?? '');
  if (form.publicAllowed ?? true) data.set('cong_khai', '1');
  if (form.consent ?? true) data.set('dong_y', '1');
  data.set('website', form.website ?? '');
  for (const f of form.files ?? [])
    data.append('tep', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  return sendPublic(ctx, `/cong-khai/${UNIT}/gui-phan-anh`, {
    method: 'POST',
    body: data,
    headers,
  });
}

/** The value of the option naming a commune or agency in the form (`u<id>` / `a<id>`). */
export function optionValue(formHtml: string, label: string): string {
  const m = new RegExp(`<option value="([ua]\\d+)"\\s*>\\s*${label}\\s*</option>`).exec(formHtml);
  if (!m) throw new Error(`Không thấy lựa chọn ${label}`);
  return m[1]!;
}

export const codeOf = (location: string | null) =>
  /\/phan-anh\/(PA-\d{4}-[0-9A-Z]{12})/.exec(location ?? '')?.[1] ?? '';

export async function idOf(ctx: TestContext, code: string) {
  const r = await ctx.database.pool.query<{ id: number }>(
    'select id from feedback where code = $1',
    [code],
  );
  return r.rows[0]!.id;
}

export type Detail = TFeedbackDetail;

/** A citizen's case with a photo, drafted by the ward, and the province's answer days (backups). */
export async function fillFeedback(ctx: TestContext, coordinator: TestClient, ward: TestClient) {
  const res = await submitForm(ctx, {
    place: optionValue(
      (await sendPublic(ctx, `/cong-khai/${UNIT}/gui-phan-anh`)).text,
      'Phường Mộc Châu',
    ),
    files: [{ name: 'anh.png', bytes: PNG_1PX, type: 'image/png' }],
  });
  if (res.status !== 303) throw new Error(`fillFeedback: ${res.status} ${res.text.slice(0, 300)}`);
  const id = await idOf(ctx, codeOf(res.location));
  const drafted = await ward.post(`/api/feedback/${id}/draft`, {
    version: 1,
    answer: 'Phường sẽ kiểm tra và trả lời trong tuần.',
  });
  if (drafted.status !== 200)
    throw new Error(`fillFeedback draft: ${JSON.stringify(drafted.body)}`);
  const set = await coordinator.request('PUT', '/api/feedback-settings', { answerDays: 12 });
  if (set.status !== 200) throw new Error(`fillFeedback settings: ${JSON.stringify(set.body)}`);
}
