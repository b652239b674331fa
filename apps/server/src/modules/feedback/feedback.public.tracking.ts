import {
  FEEDBACK_PUBLIC_LABEL,
  FEEDBACK_TOPIC_LABEL,
  feedbackPublicStatus,
  formatDateVi,
  maskPersonalData,
  type FeedbackAction,
  type FeedbackStatus,
} from '@papi/domain';
import { dayVn } from '../../platform/clock.ts';
import { escapeHtml, html, raw } from '../../platform/public/html.ts';
import type { PublicPage } from '../../platform/public/layout.ts';
import type { FeedbackRow, StepRow } from './feedback.repository.ts';
import type { PublicUnit } from './feedback.public.service.ts';

/** The citizen's tracking page (status, steps, answer, rating) and the answered list. */

const base = (unit: PublicUnit) => `/cong-khai/${unit.code}`;

/** A citizen's or an agency's text as the public sees it: masked, line breaks kept. */
// Built as a plain string: whitespace inside a pre-wrap paragraph would show.
const masked = (text: string | null, testId = '') =>
  raw(
    `<p style="white-space:pre-wrap" data-testid="${escapeHtml(testId)}">` +
      `${escapeHtml(maskPersonalData(text ?? '').text)}</p>`,
  );

const STEP_TEXT: Record<string, string> = {
  submit: 'Đã tiếp nhận',
  assign: 'Giao xử lý',
  transfer: 'Chuyển cơ quan khác',
  approve: 'Đã trả lời',
  rate: 'Bạn đã đánh giá',
};

const dateOf = (d: Date | string) => formatDateVi(dayVn(d));

/** The tracking page: status, steps the citizen may see (no drafts, no returns), the answer. */
export function trackingPage(
  unit: PublicUnit,
  f: FeedbackRow,
  steps: StepRow[],
  extra: { qrSvg: string; trackUrl: string; justSent: boolean; rateError?: string },
): PublicPage {
  const status = feedbackPublicStatus(
    f.status as FeedbackStatus,
    f.last_action as FeedbackAction | 'submit',
  );
  const visible = steps.filter((s) => s.action in STEP_TEXT);
  return {
    title: `Phản ánh ${f.code}`,
    banner: unit.fullName,
    body: html`${
        extra.justSent
          ? html`<div class="card ok" role="status">
              <h1>Đã gửi phản ánh</h1>
              <p>Mã theo dõi của bạn (hãy ghi lại hoặc chụp màn hình):</p>
              <p
                style="font-size:21px;font-weight:700;white-space:nowrap"
                data-testid="tracking-code"
              >
                ${f.code}
              </p>
              <div style="max-width:220px">${raw(extra.qrSvg)}</div>
              <p class="hint">
                Quét mã QR hoặc mở <a href="${extra.trackUrl}">${extra.trackUrl}</a> để theo dõi,
                không cần tài khoản.
              </p>
            </div>`
          : html`<h1>Phản ánh ${f.code}</h1>`
      }
      <div class="card">
        <h2>
          Tình trạng: <span data-testid="public-status">${FEEDBACK_PUBLIC_LABEL[status]}</span>
        </h2>
        <p class="hint">
          Nhận ngày ${formatDateVi(f.received_on)}, hạn trả lời ${formatDateVi(f.due_on)}.
        </p>
        <ol>
          ${visible.map(
            (s) =>
              html`<li>
                ${dateOf(s.at)}:
                ${STEP_TEXT[s.action]}${s.agency_name ? ` — ${s.agency_name}` : ''}${s.action === 'transfer' && s.note ? ` (${s.note})` : ''}
              </li>`,
          )}
        </ol>
      </div>
      <div class="card">
        <h2>Nội dung</h2>
        ${masked(f.body)}
      </div>
      ${
        f.status === 'answered'
          ? html`<div class="card ok">
                <h2>Trả lời của ${f.assignee_name ?? unit.fullName}</h2>
                ${masked(f.answer, 'answer')}
                <p class="hint">Ngày ${formatDateVi(f.answered_on!)}</p>
              </div>
              ${ratingCard(unit, f, extra.rateError)}`
          : ''
      }
      <p><a href="${base(unit)}/phan-anh">Các phản ánh đã được trả lời</a></p>`,
  };
}

function ratingCard(unit: PublicUnit, f: FeedbackRow, error?: string) {
  if (f.rating !== null)
    return html`<div class="card">
      <h2>Đánh giá của bạn: ${f.rating}/5</h2>
      ${f.rating_comment ? html`<p>${f.rating_comment}</p>` : ''}
    </div>`;
  return html`<form class="card" method="post" action="${base(unit)}/phan-anh/${f.code}/danh-gia">
    <fieldset>
      <legend>Bạn có hài lòng với trả lời này?</legend>
      ${error ? html`<p class="err" role="alert">${error}</p>` : ''}
      ${[5, 4, 3, 2, 1].map(
        (n) =>
          html`<label class="opt"
            ><input type="radio" name="diem" value="${n}" required /> ${n} —
            ${['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'][n - 1]}</label
          >`,
      )}
    </fieldset>
    <label for="nhan_xet">Nhận xét (không bắt buộc)</label>
    <textarea id="nhan_xet" name="nhan_xet" rows="3" maxlength="1000"></textarea>
    <button type="submit">Gửi đánh giá</button>
  </form>`;
}

/** Answered and published cases of the unit, masked: the transparency page's list. */
export function answeredPage(
  unit: PublicUnit,
  rows: FeedbackRow[],
  paging: { page: number; total: number; pageSize: number },
): PublicPage {
  const pages = Math.max(1, Math.ceil(paging.total / paging.pageSize));
  return {
    title: 'Phản ánh, kiến nghị đã trả lời',
    banner: unit.fullName,
    body: html`<h1>Phản ánh, kiến nghị đã trả lời</h1>
      <form class="card" method="get" action="${base(unit)}/phan-anh/tra-cuu">
        <label for="ma"><b>Tra cứu bằng mã theo dõi</b></label>
        <input type="text" id="ma" name="ma" placeholder="PA-2026-…" autocomplete="off" />
        <button type="submit">Tra cứu</button>
      </form>
      <p><a href="${base(unit)}/gui-phan-anh">Gửi phản ánh mới</a></p>
      ${rows.length === 0 ? html`<p>Chưa có phản ánh nào được trả lời công khai.</p>` : ''}
      ${rows.map(
        (f) =>
          html`<article class="card" data-testid="answered-item">
            <p class="hint">
              ${FEEDBACK_TOPIC_LABEL[f.topic] ?? f.topic}${f.place_name ? ` · ${f.place_name}` : ''}
              · ${formatDateVi(f.received_on)}
            </p>
            ${masked(f.body)}
            <h2>
              Trả lời của ${f.assignee_name ?? unit.fullName} (${formatDateVi(f.answered_on!)})
            </h2>
            ${masked(f.answer)}
            ${f.rating !== null ? html`<p class="hint">Người gửi đánh giá: ${f.rating}/5</p>` : ''}
          </article>`,
      )}
      ${
        pages > 1
          ? html`<p>
              Trang ${paging.page}/${pages}
              ${paging.page > 1 ? html` · <a href="?trang=${paging.page - 1}">Trang trước</a>` : ''}
              ${paging.page < pages ? html` · <a href="?trang=${paging.page + 1}">Trang sau</a>` : ''}
            </p>`
          : ''
      }`,
  };
}
