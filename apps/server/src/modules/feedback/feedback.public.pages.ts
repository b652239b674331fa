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
import { escapeHtml, html, raw, type SafeHtml } from '../../platform/public/html.ts';
import type { PublicPage } from '../../platform/public/layout.ts';
import type { FeedbackRow, StepRow } from './feedback.repository.ts';
import type { PublicUnit } from './feedback.public.service.ts';

/** The citizen's pages of feedback: the form, the tracking page, the answered list. */

const base = (unit: PublicUnit) => `/cong-khai/${unit.code}`;
const message = (
  title: string,
  text: string,
  unit?: PublicUnit,
  status?: SafeHtml,
): PublicPage => ({
  title,
  banner: unit?.fullName,
  body: html`<div class="card ok">
    <h1>${title}</h1>
    <p>${text}</p>
    ${status}
  </div>`,
});

export const notFoundPage = () =>
  message('Không tìm thấy', 'Đường dẫn hoặc mã theo dõi không đúng. Bạn hãy kiểm tra lại mã.');
export const tooManyPage = (minutes: number) =>
  message(
    'Bạn gửi quá nhiều lần',
    `Để tránh gửi tự động, mỗi địa chỉ mạng chỉ gửi được một số lần trong ít phút. Bạn hãy thử lại sau ${minutes} phút.`,
  );
export const tooLargePage = () =>
  message(
    'Tệp gửi quá lớn',
    'Tổng dung lượng gửi vượt 16 MB. Bạn hãy quay lại, chọn tối đa 3 ảnh hoặc PDF, mỗi tệp không quá 5 MB.',
  );
export const burstPage = (unit: PublicUnit) =>
  message(
    'Đã nhận nhiều phản ánh từ địa chỉ mạng này',
    'Hôm nay đã có nhiều phản ánh gửi từ địa chỉ mạng của bạn. Bạn hãy gửi lại vào ngày mai, hoặc liên hệ trực tiếp bộ phận tiếp dân.',
    unit,
  );

export interface FormState {
  values: Record<string, string>;
  errors: Map<string, string>;
}

const fieldError = (state: FormState, name: string) => {
  const e = state.errors.get(name);
  return e ? html`<p class="err" id="${name}-err">${e}</p>` : '';
};

/** The public form; posts multipart (photos) and works with scripts off. */
export function formPage(
  unit: PublicUnit,
  places: {
    communes: { value: string; label: string }[];
    agencies: { value: string; label: string }[];
  },
  state: FormState,
): PublicPage {
  const v = state.values;
  const option = (o: { value: string; label: string }, current: string | undefined) =>
    html`<option value="${o.value}" ${o.value === current ? raw('selected') : ''}>
      ${o.label}
    </option>`;
  const errors = [...state.errors.entries()];
  return {
    title: 'Gửi phản ánh, kiến nghị',
    banner: unit.fullName,
    body: html`<h1>Gửi phản ánh, kiến nghị</h1>
      ${
        errors.length
          ? html`<div class="card summary" role="alert">
              <h2>Bạn hãy sửa ${errors.length} chỗ</h2>
              <ul>
                ${errors.map(([name, text]) => html`<li><a href="#${name}">${text}</a></li>`)}
              </ul>
            </div>`
          : ''
      }
      <form method="post" action="${base(unit)}/gui-phan-anh" enctype="multipart/form-data">
        <div class="card">
          <label for="chu_de"><b>Chủ đề</b> <span class="req">*</span></label>
          ${fieldError(state, 'chu_de')}
          <select id="chu_de" name="chu_de" required>
            <option value="">— Chọn chủ đề —</option>
            ${Object.entries(FEEDBACK_TOPIC_LABEL).map(([value, label]) =>
              option({ value, label }, v.chu_de),
            )}
          </select>
        </div>
        <div class="card">
          <label for="noi"><b>Xã, phường hoặc cơ quan được phản ánh</b></label>
          <p class="hint">Nếu không rõ, để trống: cơ quan đầu mối sẽ chuyển đến nơi xử lý.</p>
          ${fieldError(state, 'noi')}
          <select id="noi" name="noi">
            <option value="">— Không rõ —</option>
            ${
              places.communes.length
                ? html`<optgroup label="Xã, phường">
                    ${places.communes.map((o) => option(o, v.noi))}
                  </optgroup>`
                : ''
            }
            <optgroup label="Cơ quan">${places.agencies.map((o) => option(o, v.noi))}</optgroup>
          </select>
        </div>
        <div class="card">
          <label for="noi_dung"
            ><b>Nội dung phản ánh, kiến nghị</b> <span class="req">*</span></label
          >
          <p class="hint">Việc gì, ở đâu, khi nào. Không cần ghi họ tên, số giấy tờ.</p>
          ${fieldError(state, 'noi_dung')}
          <textarea
            id="noi_dung"
            name="noi_dung"
            rows="7"
            maxlength="5000"
            required
            class="${state.errors.has('noi_dung') ? 'bad' : ''}"
          >
${v.noi_dung ?? ''}</textarea>
        </div>
        <div class="card">
          <label for="tep"><b>Ảnh hoặc tệp PDF (không bắt buộc)</b></label>
          <p class="hint">Tối đa 3 tệp, mỗi tệp không quá 5 MB.</p>
          ${fieldError(state, 'tep')}
          <input
            type="file"
            id="tep"
            name="tep"
            multiple
            accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"
          />
        </div>
        <div class="card">
          <label for="lien_he"><b>Số điện thoại hoặc e-mail (không bắt buộc)</b></label>
          <p class="hint">Chỉ ghi nếu bạn muốn cơ quan trả lời trực tiếp cho bạn.</p>
          ${fieldError(state, 'lien_he')}
          <input
            type="text"
            id="lien_he"
            name="lien_he"
            maxlength="120"
            value="${v.lien_he ?? ''}"
            autocomplete="email"
          />
          <label class="opt"
            ><input
              type="checkbox"
              name="cong_khai"
              value="1"
              ${v.cong_khai === '0' ? '' : raw('checked')}
            />
            Đồng ý công khai nội dung và trả lời (đã che thông tin cá nhân)</label
          >
        </div>
        <div class="card">
          <h2>Bảo vệ dữ liệu cá nhân</h2>
          <p class="hint">
            Theo Nghị định 13/2023/NĐ-CP: nội dung và tệp bạn gửi chỉ dùng để xem xét, trả lời phản
            ánh; số điện thoại, e-mail (nếu có) chỉ cơ quan xử lý thấy và chỉ dùng để trả lời bạn.
            Khi công khai, họ tên, số điện thoại, e-mail, số giấy tờ trong nội dung được che. Địa
            chỉ mạng không được lưu (chỉ lưu mã băm để chống gửi tự động).
          </p>
          ${fieldError(state, 'dong_y')}
          <label class="opt"
            ><input
              type="checkbox"
              id="dong_y"
              name="dong_y"
              value="1"
              ${v.dong_y === '1' ? raw('checked') : ''}
              required
            />
            Tôi đồng ý với việc xử lý dữ liệu như trên</label
          >
        </div>
        <div class="hp" aria-hidden="true">
          <label
            >Trang web <input type="text" name="website" tabindex="-1" autocomplete="off"
          /></label>
        </div>
        <button type="submit">Gửi phản ánh</button>
      </form>
      <p><a href="${base(unit)}/phan-anh">Xem các phản ánh đã được trả lời</a></p>`,
  };
}

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
