import { GROUP_LABELS, SUBMISSION_STATE_LABELS, formatDateVi } from '@papi/domain';
import { html, type SafeHtml } from '../../platform/public/html.ts';
import { formatNumberVi } from '../../platform/documents/consolidated-input.ts';
import { COLOURS, columns, legend, stackedBars } from './transparency.charts.ts';
import type { IndexYear } from './transparency.index.ts';
import type { TransparencyData } from './transparency.service.ts';
import type { PublicUnit } from './transparency.units.ts';

/** The page's figures: each section a heading, its chart and the table of its numbers. */
export const n = (v: number | null) => formatNumberVi(v, 2);
export const date = (iso: string | null) => (iso ? formatDateVi(iso) : '–');
export const unitHref = (u: PublicUnit, top: PublicUnit) =>
  u.id === top.id ? '/cong-khai' : `/cong-khai/${u.slug}`;

export function progressSection(d: TransparencyData): SafeHtml {
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

export function reportingSection(d: TransparencyData): SafeHtml {
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

export function indexSection(d: TransparencyData, top: PublicUnit): SafeHtml {
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

export function surveysSection(d: TransparencyData): SafeHtml {
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
