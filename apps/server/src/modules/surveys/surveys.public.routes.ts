import { randomBytes, randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import {
  allQuestions,
  checkResponse,
  type ResponseAnswers,
  type SurveyInstrument,
} from '@papi/domain';
import { clientIp } from '../../platform/auth/client-ip.ts';
import type { AppEnv } from '../../platform/http.ts';
import { one, sameOrigin } from '../../platform/public/form.ts';
import { sendPage } from '../../platform/public/layout.ts';
import { WindowLimiter } from '../../platform/public/rate-limit.ts';
import * as pages from './surveys.public.pages.ts';
import * as repo from './surveys.runs.repository.ts';
import { deviceAnswered, findLink, submitPublic } from './surveys.public.service.ts';

/**
 * The citizen's questionnaire behind a public link (/khao-sat/<token>): server-rendered
 * HTML, no account, working with scripts off. Consent → form → thanks.
 */
const DEVICE_COOKIE = 'papi_thiet_bi';
const TEN_MINUTES = 10 * 60_000;
const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;
const FORM_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The device's id: the cookie it has, or a new one set now. */
function deviceOf(c: Context<AppEnv>): string {
  const known = getCookie(c, DEVICE_COOKIE);
  if (known && DEVICE_ID.test(known)) return known;
  const id = randomBytes(18).toString('base64url');
  setCookie(c, DEVICE_COOKIE, id, {
    path: '/khao-sat',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.config.cookieSecure,
    maxAge: 365 * 24 * 3600,
  });
  return id;
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Form fields → answers in the domain's shapes; blanks left out, malformed kept to be named. */
export function answersFromForm(
  document: SurveyInstrument,
  body: Record<string, unknown>,
): ResponseAnswers {
  const answers: ResponseAnswers = {};
  for (const q of allQuestions(document)) {
    const raw = body[q.name];
    if (q.type === 'note' || raw === undefined) continue;
    if (q.type === 'multiple') {
      const list = (Array.isArray(raw) ? raw : [raw]).filter(
        (x): x is string => typeof x === 'string' && x !== '',
      );
      if (list.length > 0) answers[q.name] = list;
      continue;
    }
    const text = one(raw);
    if (text === '') continue;
    if (q.type === 'number') {
      const n = Number(text.replace(',', '.'));
      answers[q.name] = Number.isFinite(n) ? n : text;
    } else if (q.type === 'date') {
      const m = DMY.exec(text);
      answers[q.name] = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text;
    } else answers[q.name] = text;
  }
  return answers;
}

export function registerPublicSurveyRoutes(app: Hono<AppEnv>) {
  // Per process and per app: a page view or a submission counts against the address.
  const views = new WindowLimiter(120, TEN_MINUTES);
  const submissions = new WindowLimiter(20, TEN_MINUTES);
  const limited = async (c: Context<AppEnv>, limiter: WindowLimiter) => {
    const wait = limiter.hit(clientIp(c));
    if (wait === null) return null;
    c.header('Retry-After', String(Math.ceil(wait / 1000)));
    return sendPage(c, pages.tooManyPage(Math.max(1, Math.ceil(wait / 60_000))), 429);
  };
  /** The link behind the token, or the page that says why there is nothing to answer. */
  const linkOr = async (c: Context<AppEnv>) => {
    const link = await findLink(c.var.database.db, c.req.param('token') ?? '');
    if (!link) return { page: await sendPage(c, pages.notFoundPage(), 404) };
    if (link.state === 'closed') return { page: await sendPage(c, pages.closedPage(), 410) };
    return { link };
  };

  app.get('/khao-sat/:token', async (c) => {
    const refused = await limited(c, views);
    if (refused) return refused;
    const { link, page } = await linkOr(c);
    if (!link) return page;
    const device = deviceOf(c);
    if (await deviceAnswered(c.var.database.db, link.run.id, device))
      return sendPage(c, pages.alreadyPage(link));
    return sendPage(c, pages.consentPage(link, c.req.param('token')));
  });

  app.get('/khao-sat/:token/phieu', async (c) => {
    const refused = await limited(c, views);
    if (refused) return refused;
    const { link, page } = await linkOr(c);
    if (!link) return page;
    const token = c.req.param('token');
    if (c.req.query('dong_y') !== '1') return c.redirect(`/khao-sat/${token}`, 303);
    const device = deviceOf(c);
    const db = c.var.database.db;
    if (await deviceAnswered(db, link.run.id, device)) return sendPage(c, pages.alreadyPage(link));
    const document = await repo.runDocument(db, link.run.instrumentVersionId);
    return sendPage(
      c,
      pages.formPage(link, token, document, {
        formId: randomUUID(),
        stratumCode: link.stratumCode,
        answers: {},
        errors: new Map(),
      }),
    );
  });

  app.get('/khao-sat/:token/cam-on', async (c) => {
    const { link, page } = await linkOr(c);
    return link ? sendPage(c, pages.thanksPage(link)) : page;
  });

  app.post(
    '/khao-sat/:token/phieu',
    bodyLimit({ maxSize: 64 * 1024, onError: (c) => sendPage(c, pages.notFoundPage(), 413) }),
    async (c) => {
      if (!sameOrigin(c.req.header('origin'), c.req.header('host')))
        return sendPage(c, pages.notFoundPage(), 403);
      const refused = await limited(c, submissions);
      if (refused) return refused;
      const { link, page } = await linkOr(c);
      if (!link) return page;
      const token = c.req.param('token');
      const body = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
      if (one(body.dong_y) !== '1') return c.redirect(`/khao-sat/${token}`, 303);
      if (one(body.website) !== '') {
        // A robot fills every field; people never see this one. It is told "thank you".
        console.log(`Khảo sát ${link.run.id}: bỏ một phiếu điền ô bẫy (honeypot)`);
        return c.redirect(`/khao-sat/${token}/cam-on`, 303);
      }
      const db = c.var.database.db;
      const document = await repo.runDocument(db, link.run.instrumentVersionId);
      const formId = FORM_ID.test(one(body.form_id)) ? one(body.form_id) : randomUUID();
      const answers = answersFromForm(document, body);
      const picked =
        link.stratumCode ??
        (link.run.strata.length === 1 ? link.run.strata[0]!.code : one(body.nhom));
      const stratum = link.run.strata.find((s) => s.code === picked);
      const device = deviceOf(c);
      const result = stratum
        ? await db.transaction((tx) =>
            submitPublic(tx, link, {
              formId,
              stratumCode: stratum.code,
              deviceId: device,
              address: clientIp(c),
              answers,
            }),
          )
        : null;
      if (result?.kind === 'duplicate') return sendPage(c, pages.alreadyPage(link));
      if (result?.kind === 'stored') return c.redirect(`/khao-sat/${token}/cam-on`, 303);
      const errors = new Map<string, string>();
      if (!stratum) errors.set('nhom', 'Bạn hãy chọn xã, phường (hoặc điểm giao dịch).');
      // Without a place the answers are still checked, so every problem shows at once.
      const issues = result ? result.issues : checkResponse(document, answers).issues;
      for (const issue of issues)
        if (!errors.has(issue.question)) errors.set(issue.question, issue.message);
      const state = { formId, stratumCode: stratum?.code ?? null, answers, errors };
      return sendPage(c, pages.formPage(link, token, document, state), 422);
    },
  );
}
