import { FEEDBACK_TOPIC_LABEL } from '@papi/domain';
import { html, raw, type SafeHtml } from '../../platform/public/html.ts';
import type { PublicPage } from '../../platform/public/layout.ts';
import type { PublicUnit } from './feedback.public.service.ts';

/** The citizen's feedback form and the short pages that refuse or explain. */

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
