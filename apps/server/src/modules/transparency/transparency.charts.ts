import { html, type SafeHtml } from '../../platform/public/html.ts';

/**
 * Charts as inline SVG drawn on the server: no script, no library, printable, a few hundred
 * bytes each. They are pictures of a table printed beside them (the table carries the
 * numbers for screen readers; the SVG is aria-hidden). Colours reach 3:1 against white
 * (WCAG 1.4.11) and every part also has a text label in the table and legend.
 */
export interface Segment {
  value: number;
  colour: string;
}

export interface BarRow {
  label: string;
  segments: Segment[];
}

const W = 320;
const ROW = 22;
const LABEL = 44;

/** Horizontal stacked bars, one per row, scaled to the largest total. */
export function stackedBars(rows: BarRow[]): SafeHtml {
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((a, s) => a + s.value, 0)));
  const width = W - LABEL - 4;
  const bars = rows.map((r, i) => {
    let x = LABEL;
    const y = i * ROW + 3;
    const parts = r.segments
      .filter((s) => s.value > 0)
      .map((s) => {
        const w = Math.max(1, Math.round((s.value / max) * width));
        const rect = html`<rect
          x="${x}"
          y="${y}"
          width="${w}"
          height="${ROW - 6}"
          fill="${s.colour}"
        />`;
        x += w;
        return rect;
      });
    return html`<text x="0" y="${y + ROW - 10}">${r.label}</text>${parts}`;
  });
  return html`<svg
    class="chart"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 ${W} ${rows.length * ROW + 2}"
    width="100%"
    font-size="12"
  >
    ${bars}
  </svg>`;
}

/** One bar per value (a year's score), labelled beneath, scaled to `max`. */
export function columns(values: { label: string; value: number | null }[], max: number): SafeHtml {
  const n = Math.max(1, values.length);
  const step = W / n;
  const h = 90;
  const cols = values.map((v, i) => {
    const bh = v.value === null ? 0 : Math.round((v.value / max) * h);
    const x = Math.round(i * step + step * 0.2);
    return html`<rect
        x="${x}"
        y="${h - bh + 4}"
        width="${Math.max(2, Math.round(step * 0.6))}"
        height="${bh}"
        fill="#1c4e80"
      /><text x="${Math.round(i * step + step / 2)}" y="${h + 18}" text-anchor="middle"
        >${v.label}</text
      >`;
  });
  return html`<svg
    class="chart"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 ${W} ${h + 24}"
    width="100%"
    font-size="11"
  >
    ${cols}
  </svg>`;
}

/** Colours of task states and report states (legend and bars alike). */
export const COLOURS = {
  done: '#1c6e3d',
  inProgress: '#1c4e80',
  overdue: '#b3261e',
  notStarted: '#6b7580',
  pending: '#6b7580',
  late: '#a15c00',
};

export const legend = (items: [string, string][]): SafeHtml =>
  html`<p class="legend">
    ${items.map(
      ([colour, label]) => html`<span><i style="background:${colour}"></i>${label}</span>`,
    )}
  </p>`;
