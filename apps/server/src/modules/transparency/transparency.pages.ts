import type { TPublicPageSetting } from '@papi/contracts';
import { html, type SafeHtml } from '../../platform/public/html.ts';
import type { PublicPage } from '../../platform/public/layout.ts';
import { inlineScript } from '../../platform/public/scripts.ts';
import {
  date,
  indexSection,
  n,
  progressSection,
  reportingSection,
  surveysSection,
  unitHref,
} from './transparency.sections.ts';
import type { TransparencyData } from './transparency.service.ts';
import type { PublicUnit } from './transparency.units.ts';

/**
 * The transparency page: headings in order (h1 the unit, h2 a section, h3 an item), every
 * chart beside its table, links as plain anchors; it reads the same with scripts off.
 */
export const TRANSPARENCY_CSS = `main{max-width:60rem}header p{max-width:60rem}
a{color:#0b57d0}a:focus-visible,summary:focus-visible{outline:3px solid #a15c00;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:1}
h3{font-size:18px;margin:16px 0 4px}.meta{color:#4a5560;font-size:15px;margin:0}
table{border-collapse:collapse;width:100%;font-size:15px;margin:8px 0}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #dde1e6;vertical-align:top}
td.n,th.n{text-align:right}td.n{white-space:nowrap}caption{text-align:left;font-weight:600;padding:4px 0}
.chart{max-width:26rem;display:block;margin:8px 0}.legend{font-size:14px;display:flex;flex-wrap:wrap;gap:12px;margin:4px 0}
.legend i{display:inline-block;width:14px;height:14px;margin-right:6px;vertical-align:-2px}
.big{font-size:28px;font-weight:700;margin:0}.plans{list-style:none;padding:0;margin:0}
.plans li{padding:10px 0;border-bottom:1px solid #dde1e6}.dl a{display:inline-block;padding:10px 12px 10px 0;min-height:44px}
.units{columns:14rem;padding-left:20px}.preview{background:#fff4e5;border:2px solid #a15c00}
.scroll{overflow-x:auto}
@media (max-width:30rem){main{padding:10px}.card{padding:12px}th,td{padding:6px 4px}table{font-size:14px}}
@media print{header{background:none;color:#000;border-bottom:1px solid #000}body{background:#fff;font-size:12pt}
.card{border:0;padding:0;break-inside:auto}h2,h3,.meta{break-after:avoid}.chart,tr{break-inside:avoid}.skip,nav,.dl{display:none}a{color:#000;text-decoration:none}}`;

/** Opens the folded lists before printing (with scripts off they print as folded). */
export const PRINT_SCRIPT = inlineScript(
  "addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})})",
);

type Shown = TPublicPageSetting['sections'];

function plansSection(d: TransparencyData, pdf: boolean): SafeHtml {
  const base = `/cong-khai/${d.unit.slug}/ke-hoach`;
  return html`<section class="card" aria-labelledby="ke-hoach">
    <h2 id="ke-hoach">Kế hoạch đã ban hành</h2>
    ${
      d.plans.length === 0
        ? html`<p>Chưa có kế hoạch nào được ban hành.</p>`
        : html`<ul class="plans">
              ${d.plans.map(
                (p) =>
                  html`<li>
                    <h3>${p.title}</h3>
                    <p class="meta">
                      Số ${p.documentNumber}, ban hành ngày
                      ${date(p.issuedOn)}${p.signer ? html`; người ký: ${p.signer}` : ''}
                    </p>
                    <p class="dl">
                      <a href="${base}/${p.id}.docx" download
                        >Tải bản Word (.docx)<span class="skip"> — ${p.documentNumber}</span></a
                      >
                      ${
                        pdf
                          ? html`<a href="${base}/${p.id}.pdf"
                              >Tải bản PDF<span class="skip"> — ${p.documentNumber}</span></a
                            >`
                          : ''
                      }
                    </p>
                  </li>`,
              )}
            </ul>
            ${pdf ? '' : html`<p class="meta">Máy chủ chưa cài LibreOffice nên chỉ có bản Word.</p>`}`
    }
  </section>`;
}

function feedbackSection(d: TransparencyData): SafeHtml {
  return html`<section class="card" aria-labelledby="phan-anh">
    <h2 id="phan-anh">Phản ánh, kiến nghị</h2>
    <p><a href="/cong-khai/${d.unit.slug}/phan-anh">Phản ánh, kiến nghị đã được trả lời</a></p>
    <p><a href="/cong-khai/${d.unit.slug}/gui-phan-anh">Gửi phản ánh, kiến nghị</a></p>
  </section>`;
}

function unitNav(d: TransparencyData, top: PublicUnit): SafeHtml {
  return html`<nav aria-label="Đơn vị">
    ${d.parent ? html`<p><a href="${unitHref(d.parent, top)}">← ${d.parent.fullName}</a></p>` : ''}
    ${
      d.children.length > 0
        ? html`<details>
            <summary>Xem từng xã, phường (${n(d.children.length)})</summary>
            <ul class="units">
              ${d.children.map((u) => html`<li><a href="${unitHref(u, top)}">${u.fullName}</a></li>`)}
            </ul>
          </details>`
        : ''
    }
  </nav>`;
}

export function transparencyPage(
  d: TransparencyData,
  top: PublicUnit,
  shown: Shown,
  options: { pdf: boolean; preview: 'off' | 'on' | null },
): PublicPage {
  const preview = options.preview
    ? html`<p class="card preview" role="status">
        Bản xem trước dành cho quản trị
        viên.${
          options.preview === 'off' ? ' Trang công khai đang tắt: người dân chưa xem được.' : ''
        }
      </p>`
    : '';
  return {
    title: `Công khai PAPI – ${d.unit.fullName}`,
    banner: `Cổng công khai kết quả thực hiện Chỉ số PAPI`,
    css: TRANSPARENCY_CSS,
    script: PRINT_SCRIPT,
    body: html`<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung</a>
      ${preview}
      <h1 id="noi-dung">${d.unit.fullName}</h1>
      <p class="meta">Số liệu cập nhật đến ngày ${date(d.today)}.</p>
      ${unitNav(d, top)} ${shown.plans ? plansSection(d, options.pdf) : ''}
      ${shown.progress ? progressSection(d) : ''} ${shown.reporting ? reportingSection(d) : ''}
      ${shown.index ? indexSection(d, top) : ''} ${shown.surveys ? surveysSection(d) : ''}
      ${shown.feedback ? feedbackSection(d) : ''}
      <p class="meta">
        Trang này chỉ công khai văn bản đã ban hành và số liệu tổng hợp; không có thông tin cá nhân.
      </p>`,
  };
}

export const unpublishedPage = (): PublicPage => ({
  title: 'Trang công khai chưa được công bố',
  body: html`<h1>Trang công khai chưa được công bố</h1>
    <p>Đơn vị chưa công bố trang công khai kết quả thực hiện Chỉ số PAPI.</p>`,
});

export const unknownUnitPage = (): PublicPage => ({
  title: 'Không tìm thấy đơn vị',
  body: html`<h1>Không tìm thấy đơn vị</h1>
    <p>
      Địa chỉ không trỏ tới xã, phường nào của tỉnh. <a href="/cong-khai">Về trang công khai</a>
    </p>`,
});

export const missingFilePage = (): PublicPage => ({
  title: 'Không tìm thấy văn bản',
  body: html`<h1>Không tìm thấy văn bản</h1>
    <p>Văn bản không có hoặc chưa được công khai. <a href="/cong-khai">Về trang công khai</a></p>`,
});

export const tooManyPage = (minutes: number): PublicPage => ({
  title: 'Quá nhiều lượt xem',
  body: html`<h1>Quá nhiều lượt xem</h1>
    <p>Địa chỉ của bạn đã mở trang này quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.</p>`,
});
