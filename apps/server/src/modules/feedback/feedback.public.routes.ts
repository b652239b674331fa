import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import QRCode from 'qrcode';
import { FEEDBACK_TOPIC_LABEL, normalizeTrackingCode } from '@papi/domain';
import { clientIp } from '../../platform/auth/client-ip.ts';
import { AppError } from '../../platform/errors.ts';
import { discardForm, receiveForm, type ReceivedForm } from '../../platform/files/form-upload.ts';
import type { AppEnv } from '../../platform/http.ts';
import { one, sameOrigin } from '../../platform/public/form.ts';
import { sendPage } from '../../platform/public/layout.ts';
import { WindowLimiter } from '../../platform/public/rate-limit.ts';
import * as pages from './feedback.public.pages.ts';
import { answeredPage, trackingPage } from './feedback.public.tracking.ts';
import * as service from './feedback.public.service.ts';
import { stepsOf } from './feedback.repository.ts';

/**
 * The citizen's feedback pages under a unit's public page (/cong-khai/<unit code>/…):
 * server-rendered HTML, no account, working with scripts off. Submit (multipart, photos) →
 * tracking page with the code and a QR code → rating once answered; and the answered list.
 */
const TEN_MINUTES = 10 * 60_000;
const CONTACT = /^(?:[^\s@]+@[^\s@]+\.[^\s@]{2,}|\+?[\d\s.()-]{9,15})$/;

export function registerPublicFeedbackRoutes(app: Hono<AppEnv>) {
  const views = new WindowLimiter(120, TEN_MINUTES);
  const posts = new WindowLimiter(10, TEN_MINUTES);
  const ratings = new WindowLimiter(10, TEN_MINUTES);
  const limited = async (c: Context<AppEnv>, limiter: WindowLimiter) => {
    const wait = limiter.hit(clientIp(c));
    if (wait === null) return null;
    c.header('Retry-After', String(Math.ceil(wait / 1000)));
    return sendPage(c, pages.tooManyPage(Math.max(1, Math.ceil(wait / 60_000))), 429);
  };
  const unitOr = async (c: Context<AppEnv>) => {
    const unit = await service.findPublicUnit(c.var.database.db, c.req.param('unit') ?? '');
    return unit ? { unit } : { page: await sendPage(c, pages.notFoundPage(), 404) };
  };
  const trackUrl = (c: Context<AppEnv>, unitCode: string, code: string) =>
    `${c.var.config.publicUrl}/cong-khai/${unitCode}/phan-anh/${code}`;

  app.get('/cong-khai/:unit/gui-phan-anh', async (c) => {
    const refused = await limited(c, views);
    if (refused) return refused;
    const { unit, page } = await unitOr(c);
    if (!unit) return page;
    const places = await service.placesOf(c.var.database.db, unit);
    return sendPage(c, pages.formPage(unit, places, { values: {}, errors: new Map() }));
  });

  app.post(
    '/cong-khai/:unit/gui-phan-anh',
    // Three files of 5 MB and the text: more is not a form of ours.
    bodyLimit({
      maxSize: 16 * 1024 * 1024,
      onError: (c) => sendPage(c, pages.tooLargePage(), 413),
    }),
    async (c) => {
      if (!sameOrigin(c.req.header('origin'), c.req.header('host')))
        return sendPage(c, pages.notFoundPage(), 403);
      const refused = await limited(c, posts);
      if (refused) return refused;
      const { unit, page } = await unitOr(c);
      if (!unit) return page;
      let form: ReceivedForm | null = null;
      try {
        form = await receiveForm(c, {
          fileField: 'tep',
          maxFiles: service.PUBLIC_MAX_FILES,
          maxFileBytes: service.PUBLIC_FILE_MAX_BYTES,
          maxFieldBytes: 64 * 1024,
        });
        const db = c.var.database.db;
        const places = await service.placesOf(db, unit);
        if (!form) return sendPage(c, pages.notFoundPage(), 400);
        const f = form.fields;
        if (one(f.website) !== '') {
          // A robot fills every field; people never see this one. It is sent back to the form.
          console.log(`Phản ánh ${unit.code}: bỏ một lần gửi điền ô bẫy (honeypot)`);
          return c.redirect(`/cong-khai/${unit.code}/phan-anh`, 303);
        }
        const values = {
          chu_de: one(f.chu_de),
          noi: one(f.noi),
          noi_dung: one(f.noi_dung),
          lien_he: one(f.lien_he),
          cong_khai: one(f.cong_khai) === '1' ? '1' : '0',
          dong_y: one(f.dong_y),
        };
        const errors = new Map<string, string>();
        if (!(values.chu_de in FEEDBACK_TOPIC_LABEL)) errors.set('chu_de', 'Bạn hãy chọn chủ đề.');
        const known = [...places.communes, ...places.agencies].some((p) => p.value === values.noi);
        if (values.noi !== '' && !known)
          errors.set('noi', 'Nơi được phản ánh không thuộc danh sách, bạn hãy chọn lại.');
        if (values.noi_dung.length < 20)
          errors.set('noi_dung', 'Nội dung quá ngắn: bạn hãy viết ít nhất 20 ký tự.');
        if (values.noi_dung.length > 5000)
          errors.set('noi_dung', 'Nội dung quá dài: tối đa 5.000 ký tự.');
        if (values.lien_he !== '' && !CONTACT.test(values.lien_he))
          errors.set('lien_he', 'Số điện thoại hoặc e-mail chưa đúng.');
        if (values.dong_y !== '1')
          errors.set('dong_y', 'Bạn cần đồng ý với việc xử lý dữ liệu để gửi phản ánh.');
        const fileProblems = [
          ...form.tooLarge.map((t) => `Tệp “${t.name}” vượt quá 5 MB.`),
          ...(form.extraFiles ? ['Chỉ gửi được tối đa 3 tệp.'] : []),
        ];
        for (const file of form.files) {
          try {
            service.checkPublicFile(file, service.PUBLIC_FILE_MAX_BYTES);
          } catch (err) {
            if (err instanceof AppError) fileProblems.push(err.message);
            else throw err;
          }
        }
        if (fileProblems.length)
          errors.set('tep', `${fileProblems.join(' ')} Bạn hãy chọn lại tệp.`);
        if (errors.size) return sendPage(c, pages.formPage(unit, places, { values, errors }), 422);
        const place = values.noi.startsWith('u')
          ? { unitId: Number(values.noi.slice(1)) }
          : values.noi.startsWith('a')
            ? { agencyId: Number(values.noi.slice(1)) }
            : null;
        const received = form;
        const result = await db.transaction((tx) =>
          service.submitFeedback(tx, c.var.config, unit, {
            topic: values.chu_de,
            place,
            body: values.noi_dung,
            contact: values.lien_he || null,
            publicAllowed: values.cong_khai === '1',
            address: clientIp(c),
            files: received.files,
          }),
        );
        if (result.kind === 'burst') return sendPage(c, pages.burstPage(unit), 429);
        return c.redirect(`/cong-khai/${unit.code}/phan-anh/${result.code}?moi=1`, 303);
      } finally {
        await discardForm(form);
      }
    },
  );

  app.get('/cong-khai/:unit/phan-anh', async (c) => {
    const refused = await limited(c, views);
    if (refused) return refused;
    const { unit, page } = await unitOr(c);
    if (!unit) return page;
    const n = Math.min(10_000, Math.max(1, Number.parseInt(c.req.query('trang') ?? '1', 10) || 1));
    const { rows, total } = await service.answeredList(c.var.database.db, unit, n);
    return sendPage(c, answeredPage(unit, rows, { page: n, total, pageSize: 20 }));
  });

  app.get('/cong-khai/:unit/phan-anh/tra-cuu', async (c) => {
    const code = normalizeTrackingCode(c.req.query('ma') ?? '');
    if (!code) return sendPage(c, pages.notFoundPage(), 404);
    return c.redirect(`/cong-khai/${c.req.param('unit')}/phan-anh/${code}`, 303);
  });

  /** The case behind a tracking code (wrong or another unit's code: 404, counted). */
  const caseOr = async (c: Context<AppEnv>) => {
    const { unit, page } = await unitOr(c);
    if (!unit) return { page };
    const code = normalizeTrackingCode(c.req.param('code') ?? '');
    const f = code ? await service.findByCode(c.var.database.db, unit, code) : null;
    if (!f) return { page: await sendPage(c, pages.notFoundPage(), 404) };
    return { unit, f };
  };

  const showCase = async (c: Context<AppEnv>, status: 200 | 422, rateError?: string) => {
    const { unit, f, page } = await caseOr(c);
    if (!unit || !f) return page!;
    const url = trackUrl(c, unit.code, f.code);
    const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const steps = await stepsOf(c.var.database.db, f.id);
    const justSent = c.req.query('moi') === '1';
    return sendPage(
      c,
      trackingPage(unit, f, steps, { qrSvg, trackUrl: url, justSent, rateError }),
      status,
    );
  };

  app.get('/cong-khai/:unit/phan-anh/:code', async (c) => {
    // Each look-up of a code counts: guessing codes is slowed like a form post.
    const refused = await limited(c, views);
    return refused ?? showCase(c, 200);
  });

  app.post('/cong-khai/:unit/phan-anh/:code/danh-gia', async (c) => {
    if (!sameOrigin(c.req.header('origin'), c.req.header('host')))
      return sendPage(c, pages.notFoundPage(), 403);
    const refused = await limited(c, ratings);
    if (refused) return refused;
    const { unit, f, page } = await caseOr(c);
    if (!unit || !f) return page!;
    const body = (await c.req.parseBody()) as Record<string, unknown>;
    const score = Number(one(body.diem));
    if (!Number.isInteger(score) || score < 1 || score > 5)
      return showCase(c, 422, 'Bạn hãy chọn mức hài lòng từ 1 đến 5.');
    const comment = one(body.nhan_xet).slice(0, 1000) || null;
    const db = c.var.database.db;
    const rated = await db.transaction((tx) => service.rateFeedback(tx, f, score, comment));
    if (!rated) return showCase(c, 422, 'Phản ánh này chưa được trả lời hoặc đã được đánh giá.');
    return c.redirect(`/cong-khai/${unit.code}/phan-anh/${f.code}`, 303);
  });
}
