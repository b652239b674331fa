import {
  choicesOf,
  type ResponseAnswers,
  type SurveyInstrument,
  type SurveyQuestion,
} from '@papi/domain';
import { html, type SafeHtml } from '../../platform/public/html.ts';
import type { PublicPage } from '../../platform/public/layout.ts';
import type { PublicLink } from './surveys.public.service.ts';
import { SKIP_LOGIC_SCRIPT } from './surveys.public.script.ts';

/** The citizen's pages of a public link: consent, the form, thanks, and the refusals. */

const banner = (link: PublicLink) => link.run.unitName;
const message = (title: string, text: string, extra?: SafeHtml): PublicPage => ({
  title,
  body: html`<div class="card ok">
    <h1>${title}</h1>
    <p>${text}</p>
    ${extra}
  </div>`,
});

export const notFoundPage = () =>
  message(
    'Không tìm thấy phiếu khảo sát',
    'Đường dẫn không đúng hoặc đã bị thay đổi. Bạn hãy quét lại mã QR hoặc hỏi nơi đã gửi đường dẫn.',
  );
export const closedPage = () =>
  message('Khảo sát đã đóng', 'Đợt khảo sát này hiện không nhận phiếu. Cảm ơn bạn đã quan tâm.');
export const tooManyPage = (minutes: number) =>
  message(
    'Bạn gửi quá nhiều lần',
    `Để tránh phiếu gửi tự động, mỗi địa chỉ mạng chỉ gửi được một số lần trong ít phút. Bạn hãy thử lại sau ${minutes} phút.`,
  );
export const thanksPage = (link: PublicLink) => ({
  ...message(
    'Cảm ơn bạn!',
    'Phiếu của bạn đã được ghi nhận. Ý kiến của bạn giúp chính quyền biết cần cải thiện điều gì. Bạn có thể đóng trang này.',
  ),
  banner: banner(link),
});
export const alreadyPage = (link: PublicLink) => ({
  ...message(
    'Phiếu của bạn đã được ghi nhận',
    'Chúng tôi đã nhận phiếu trả lời từ thiết bị này cho đợt khảo sát này rồi, nên không cần gửi lại. Cảm ơn bạn đã tham gia!',
  ),
  banner: banner(link),
});

/** Consent first (Decree 13/2023 on personal data): what is collected, why, and nothing named. */
export function consentPage(link: PublicLink, token: string): PublicPage {
  return {
    title: link.run.name,
    banner: banner(link),
    body: html`<h1>${link.run.name}</h1>
      <div class="card">
        <h2>Trước khi bắt đầu</h2>
        <p>
          ${link.run.unitName} mời bạn trả lời «${link.run.instrumentTitle}» để biết việc gì làm
          tốt, việc gì cần sửa.
        </p>
        <p>
          <b>Chúng tôi thu thập:</b> câu trả lời của bạn cho các câu trong
          phiếu${link.stratumCode ? '' : ' và nơi bạn chọn (xã, phường hoặc điểm giao dịch)'}. Phiếu
          <b>không hỏi họ tên, số điện thoại, số căn cước hay địa chỉ</b>; xin bạn đừng viết những
          thông tin đó vào ô trả lời.
        </p>
        <p>
          <b>Để làm gì:</b> chỉ để tính kết quả chung theo từng xã, phường. Kết quả chỉ công bố dạng
          tổng hợp; không ai biết câu trả lời nào là của bạn.
        </p>
        <p>
          <b>Chống gửi trùng:</b> trình duyệt giữ một mã ngẫu nhiên (cookie) và máy chủ chỉ giữ dạng
          mã hoá của địa chỉ mạng, để mỗi thiết bị gửi một phiếu. Những thông tin này không dùng để
          nhận ra bạn.
        </p>
        <p>
          Tham gia là tự nguyện: bạn có thể bỏ qua câu không bắt buộc và dừng bất cứ lúc nào; phiếu
          chỉ được ghi khi bạn bấm «Gửi phiếu». Căn cứ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá
          nhân.
        </p>
      </div>
      <form method="get" action="/khao-sat/${token}/phieu" class="card">
        <label class="opt"
          ><input type="checkbox" name="dong_y" value="1" required /> Tôi đã đọc và đồng ý tham gia
          khảo sát</label
        >
        <button type="submit">Đồng ý và bắt đầu trả lời</button>
      </form>`,
  };
}

/** On a phone a long list hides the form: the first few, then each question says its own. */
const SUMMARY_MAX = 5;

export interface FormState {
  formId: string;
  stratumCode: string | null;
  answers: ResponseAnswers;
  /** Messages by question name ("nhom" for the place). */
  errors: Map<string, string>;
}

function input(q: SurveyQuestion, value: ResponseAnswers[string] | undefined, bad: boolean) {
  const cls = bad ? 'bad' : '';
  switch (q.type) {
    case 'note':
      return '';
    case 'number':
      return html`<input
        class="${cls}"
        type="number"
        inputmode="decimal"
        step="any"
        name="${q.name}"
        id="i-${q.name}"
        value="${value ?? ''}"
        ${q.min !== undefined ? html` min="${q.min}"` : ''}${q.max !== undefined ? html` max="${q.max}"` : ''}
      />`;
    case 'date':
      return html`<input
        class="${cls}"
        type="date"
        name="${q.name}"
        id="i-${q.name}"
        value="${typeof value === 'string' ? value : ''}"
        placeholder="dd/mm/yyyy"
      />`;
    case 'text':
      return html`<textarea
        class="${cls}"
        name="${q.name}"
        id="i-${q.name}"
        rows="3"
        maxlength="500"
      >
${typeof value === 'string' ? value : ''}</textarea>`;
    default: {
      const multiple = q.type === 'multiple';
      const chosen = new Set(
        Array.isArray(value) ? value : value === undefined ? [] : [String(value)],
      );
      return choicesOf(q).map(
        (c) =>
          html`<label class="opt"
            ><input
              type="${multiple ? 'checkbox' : 'radio'}"
              name="${q.name}"
              value="${c.value}"
              ${chosen.has(c.value) ? ' checked' : ''}
            />
            ${c.labelVi}</label
          >`,
      );
    }
  }
}

/**
 * The instrument's own consent note (`dong_y`, as in the shipped questionnaires, for paper
 * and field entry): the citizen has just agreed on the link's consent page, so the public
 * form does not show the consent a second time.
 */
function isConsentNote(q: SurveyQuestion): boolean {
  return q.type === 'note' && q.name === CONSENT_NOTE;
}
const CONSENT_NOTE = 'dong_y';

function question(q: SurveyQuestion, state: FormState) {
  const error = state.errors.get(q.name);
  const rel = q.relevant ? JSON.stringify(q.relevant) : null;
  const head =
    q.type === 'note'
      ? html`<p>${q.labelVi}</p>`
      : html`<legend>
          ${q.labelVi}${q.required ? html` <span class="req" title="bắt buộc">*</span>` : ''}
        </legend>`;
  return html`<div
    class="card"
    id="q-${q.name}"
    data-q="${q.name}"
    data-t="${q.type}"
    ${rel ? html` data-rel="${rel}"` : ''}
  >
    <fieldset>
      ${head}${q.hintVi ? html`<p class="hint">${q.hintVi}</p>` : ''}${error ? html`<p class="err" id="e-${q.name}">${error}</p>` : ''}${input(q, state.answers[q.name], Boolean(error))}
    </fieldset>
  </div>`;
}

function placePicker(link: PublicLink, state: FormState) {
  if (link.stratumCode || link.run.strata.length === 1) return '';
  const error = state.errors.get('nhom');
  return html`<div class="card" id="q-nhom">
    <fieldset>
      <legend>
        Bạn trả lời cho xã, phường (hoặc điểm giao dịch) nào? <span class="req">*</span>
      </legend>
      ${error ? html`<p class="err">${error}</p>` : ''}${link.run.strata.map(
        (s) =>
          html`<label class="opt"
            ><input
              type="radio"
              name="nhom"
              value="${s.code}"
              ${state.stratumCode === s.code ? ' checked' : ''}
            />
            ${s.name}</label
          >`,
      )}
    </fieldset>
  </div>`;
}

export function formPage(
  link: PublicLink,
  token: string,
  document: SurveyInstrument,
  state: FormState,
): PublicPage {
  const labels = new Map(
    document.sections.flatMap((s) => s.questions.map((q) => [q.name, q.labelVi])),
  );
  labels.set('nhom', 'Xã, phường bạn trả lời cho');
  const summary =
    state.errors.size > 0
      ? html`<div class="card summary" role="alert">
          <h2>Phiếu còn ${state.errors.size} chỗ cần sửa</h2>
          <ul>
            ${[...state.errors]
              .slice(0, SUMMARY_MAX)
              .map(
                ([name, text]) =>
                  html`<li><a href="#q-${name}">${labels.get(name) ?? name}</a>: ${text}</li>`,
              )}
          </ul>
          ${
            state.errors.size > SUMMARY_MAX
              ? html`<p>
                  Và ${state.errors.size - SUMMARY_MAX} chỗ khác: lời nhắc màu đỏ nằm ngay dưới từng
                  câu.
                </p>`
              : ''
          }
        </div>`
      : '';
  return {
    title: link.run.name,
    banner: banner(link),
    script: SKIP_LOGIC_SCRIPT,
    body: html`<h1>${link.run.name}</h1>
      ${summary}
      <p>Câu có dấu <span class="req">*</span> là câu bắt buộc.</p>
      <noscript
        ><p class="hint">
          Một số câu chỉ dành cho người có câu trả lời trước phù hợp. Câu nào không hợp với bạn, bạn
          cứ bỏ qua: phiếu không tính những câu đó.
        </p></noscript
      >
      <form id="phieu" method="post" action="/khao-sat/${token}/phieu" novalidate>
        <input type="hidden" name="form_id" value="${state.formId}" /><input
          type="hidden"
          name="dong_y"
          value="1"
        />
        <div class="hp" aria-hidden="true">
          <label
            >Trang web của bạn <input type="text" name="website" tabindex="-1" autocomplete="off"
          /></label>
        </div>
        ${placePicker(link, state)}
        ${document.sections.map(
          (s) =>
            html`<section
              data-s="${s.name}"
              ${s.relevant ? html` data-rel="${JSON.stringify(s.relevant)}"` : ''}
            >
              <h2>${s.labelVi}</h2>
              ${s.questions.filter((q) => !isConsentNote(q)).map((q) => question(q, state))}
            </section>`,
        )}
        <button type="submit">Gửi phiếu</button>
      </form>`,
  };
}
