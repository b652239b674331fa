import { GROUP_LABELS, SUBMISSION_STATE_LABELS, formatDateVi } from '@papi/domain';
import type { TPublicPageSetting } from '@papi/contracts';
import { html, type SafeHtml } from '../../platform/public/html.ts';
import type { PublicPage } from '../../platform/public/layout.ts';
import { inlineScript } from '../../platform/public/scripts.ts';
import { formatNumberVi } from '../../platform/documents/consolidated-input.ts';
import { COLOURS, columns, legend, stackedBars } from './transparency.charts.ts';
import type { IndexYear } from './transparency.index.ts';
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

const n = (v: number | null) => formatNumberVi(v, 2);
const date = (iso: string | null) => (iso ? formatDateVi(iso) : '–');
const unitHref = (u: PublicUnit, top: PublicUnit) =>
  u.id === top.id ? '/cong-khai' : `/cong-khai/${u.slug}`;

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

function progressSection(d: TransparencyData): SafeHtml {
  const p = d.progress;
  const done = (p.byStatus.done ?? 0) + (p.byStatus.done_late ?? 0);
  const bars = p.dims.map((x) => ({
    label: x.code,
    segments: [
      { value: x.done, colour: COLOURS.done },
      { value: x.inProgress, colour: COLOURS.inProgress },
      { value: x.overdue, colour: COLOURS.overdue },
      { value: x.notStarted, colour: COLOURS.notStarted },
    ],
  }));
  return html`<section class="card" aria-labelledby="tien-do">
    <h2 id="tien-do">Tiến độ thực hiện nhiệm vụ năm ${d.year}</h2>
    ${
      p.total === 0
        ? html`<p>Chưa có nhiệm vụ nào của kế hoạch đã ban hành năm ${d.year}.</p>`
        : html`<p>
              ${n(p.total)} nhiệm vụ: <strong>${n(done)}</strong> hoàn thành,
              <strong>${n(p.byStatus.in_progress ?? 0)}</strong> đang thực hiện,
              <strong>${n(p.byStatus.overdue ?? 0)}</strong> quá hạn,
              ${n(p.byStatus.not_started ?? 0)} chưa thực hiện.
            </p>
            ${legend([
              [COLOURS.done, 'Hoàn thành'],
              [COLOURS.inProgress, 'Đang thực hiện'],
              [COLOURS.overdue, 'Quá hạn'],
              [COLOURS.notStarted, 'Chưa thực hiện'],
            ])}
            ${stackedBars(bars)}
            <div class="scroll">
              <table>
                <caption>
                  Nhiệm vụ theo lĩnh vực PAPI
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Lĩnh vực</th>
                    <th scope="col" class="n">Tổng</th>
                    <th scope="col" class="n">Hoàn thành</th>
                    <th scope="col" class="n">Đang thực hiện</th>
                    <th scope="col" class="n">Quá hạn</th>
                  </tr>
                </thead>
                <tbody>
                  ${p.dims.map(
                    (x) =>
                      html`<tr>
                        <th scope="row">${x.code}. ${x.name}</th>
                        <td class="n">${n(x.total)}</td>
                        <td class="n">${n(x.done)}</td>
                        <td class="n">${n(x.inProgress)}</td>
                        <td class="n">${n(x.overdue)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <p class="meta">
              Một nhiệm vụ gắn với nhiều lĩnh vực được tính ở mỗi lĩnh vực. Quá hạn: chưa xong khi
              đã qua hạn.
            </p>`
    }
  </section>`;
}

function reportingSection(d: TransparencyData): SafeHtml {
  const r = d.reporting;
  const own = d.unit.level === 'commune';
  const title = own ? 'Tình hình gửi báo cáo' : 'Tỷ lệ gửi báo cáo của các xã, phường';
  if (!r)
    return html`<section class="card" aria-labelledby="bao-cao">
      <h2 id="bao-cao">${title}</h2>
      <p>Chưa có kỳ báo cáo định kỳ nào đến hạn.</p>
    </section>`;
  const state = (s: keyof typeof SUBMISSION_STATE_LABELS) => SUBMISSION_STATE_LABELS[s];
  const mine = own ? r.communes.find((c) => c.unit.id === d.unit.id) : undefined;
  // A commune's own report: one state in words, no rate of one.
  if (own)
    return html`<section class="card" aria-labelledby="bao-cao">
      <h2 id="bao-cao">${title}</h2>
      <p class="meta">${r.regime}, ${r.period}${r.dueOn ? html`, hạn ${date(r.dueOn)}` : ''}</p>
      <p class="big">${mine ? state(mine.state) : 'Không phải gửi kỳ này'}</p>
    </section>`;
  return html`<section class="card" aria-labelledby="bao-cao">
    <h2 id="bao-cao">${title}</h2>
    <p class="meta">${r.regime}, ${r.period}${r.dueOn ? html`, hạn ${date(r.dueOn)}` : ''}</p>
    <p class="big">${r.rate === null ? '–' : `${n(r.rate)}%`}</p>
    <p>
      ${n(r.submitted)}/${n(r.expected)} đã nộp: ${n(r.onTime)} đúng hạn, ${n(r.late)} trễ hạn;
      ${n(r.missing)} chưa nộp (quá hạn), ${n(r.pending)} chưa đến hạn.
    </p>
    ${legend([
      [COLOURS.done, 'Đúng hạn'],
      [COLOURS.late, 'Trễ hạn'],
      [COLOURS.overdue, 'Chưa nộp (quá hạn)'],
      [COLOURS.pending, 'Chưa đến hạn'],
    ])}
    ${stackedBars([
      {
        label: 'Số xã',
        segments: [
          { value: r.onTime, colour: COLOURS.done },
          { value: r.late, colour: COLOURS.late },
          { value: r.missing, colour: COLOURS.overdue },
          { value: r.pending, colour: COLOURS.pending },
        ],
      },
    ])}
    ${
      own
        ? ''
        : html`<details>
            <summary>Từng xã, phường (${n(r.communes.length)})</summary>
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Xã, phường</th>
                    <th scope="col">Tình trạng</th>
                  </tr>
                </thead>
                <tbody>
                  ${r.communes.map(
                    (c) =>
                      html`<tr>
                        <td>${c.unit.fullName}</td>
                        <td>${state(c.state)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </details>`
    }
  </section>`;
}

function indexTable(years: IndexYear[]): SafeHtml {
  const group = (g: IndexYear['group']) => (g ? GROUP_LABELS[g].vi : 'Không xếp nhóm');
  const span = years.length > 1 ? ` ${years[0]!.year}–${years.at(-1)!.year}` : '';
  return html`<p class="meta">Điểm tổng theo năm${span}</p>
    ${columns(
      years.map((y) => ({ label: String(y.year).slice(2), value: y.score })),
      Math.max(1, ...years.map((y) => y.score ?? 0)),
    )}
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Năm</th>
            <th scope="col" class="n">Điểm tổng</th>
            <th scope="col" class="n">Xếp hạng</th>
            <th scope="col">Nhóm</th>
          </tr>
        </thead>
        <tbody>
          ${[...years].reverse().map(
            (y) =>
              html`<tr>
                <th scope="row">${y.year}</th>
                <td class="n">${n(y.score)}</td>
                <td class="n">${y.rank === null ? '–' : `${y.rank}/${y.assessedCount}`}</td>
                <td>${group(y.group)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function indexSection(d: TransparencyData, top: PublicUnit): SafeHtml {
  const ix = d.index;
  const body =
    ix.kind === 'own'
      ? indexTable(ix.years)
      : ix.kind === 'lineage'
        ? html`<p>
              Từ ngày 01/07/2025 chưa có kết quả PAPI mới của ${d.unit.fullName}. Kết quả đến năm
              2024 dưới đây là của ${ix.predecessors.map((p) => p.name).join(', ')} trước khi sắp
              xếp đơn vị hành chính, công bố chính thức theo từng tỉnh
              cũ${ix.predecessors.length > 1 ? '; không cộng gộp' : ''}.
            </p>
            ${ix.predecessors.map(
              (p) =>
                html`<h3>${p.name}</h3>
                  ${indexTable(p.years)}`,
            )}`
        : ix.kind === 'commune'
          ? html`<p>
              Chỉ số PAPI được đo và công bố theo tỉnh. Xem kết quả của
              <a href="${unitHref(ix.province, top)}">${ix.province.fullName}</a>.
            </p>`
          : html`<p>Chưa có kết quả chính thức.</p>`;
  return html`<section class="card" aria-labelledby="chi-so">
    <h2 id="chi-so">Kết quả Chỉ số PAPI</h2>
    ${body}
  </section>`;
}

function surveysSection(d: TransparencyData): SafeHtml {
  return html`<section class="card" aria-labelledby="khao-sat">
    <h2 id="khao-sat">Kết quả khảo sát ý kiến người dân</h2>
    ${
      d.surveys.length === 0
        ? html`<p>Chưa có đợt khảo sát nào đã kết thúc.</p>`
        : d.surveys.map(
            (s) =>
              html`<h3>${s.name}</h3>
                <p class="meta">
                  ${date(s.startsOn)} – ${date(s.endsOn)}; ${n(s.respondents)} người trả lời; thang
                  điểm ${n(s.scale.min)}–${n(s.scale.max)}
                </p>
                <div class="scroll">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Nội dung</th>
                        <th scope="col" class="n">Điểm</th>
                        <th scope="col" class="n">Khoảng tin cậy 95%</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${s.rows.map(
                        (r) =>
                          html`<tr>
                            <th scope="row">${r.label}</th>
                            <td class="n">${n(r.score)}</td>
                            <td class="n">${n(r.low)}–${n(r.high)}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`,
          )
    }
    <p class="meta">
      Chỉ công bố điểm tổng hợp của cả đơn vị; nội dung có dưới 30 câu trả lời không được tính điểm.
    </p>
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
