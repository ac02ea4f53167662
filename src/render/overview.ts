import { html, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { OverviewDensity } from '../layout/view-model.js';
import { timeScale } from '../layout/time-scale.js';
import { DAY, type TimeWindow } from '../layout/window.js';
import type { ViewText } from './text.js';

/** Height of the overview strip, px. */
export const OVERVIEW_HEIGHT = 38;
/** The brush's narrowest drawn width, and its handles' hit width: the WCAG 2.5.8 target size, px. */
const TARGET = 24;
/** The drawn grip of a handle, px. */
const GRIP_WIDTH = 4;

export interface OverviewProps {
  width: number;
  dir: 'ltr' | 'rtl';
  /** The fitted extent the strip spans, and the visible window the brush shows. */
  fit: TimeWindow;
  window: TimeWindow;
  density: OverviewDensity;
  text: ViewText;
  on: { pointerdown(ev: PointerEvent): void; keydown(ev: KeyboardEvent): void };
}

/**
 * The overview: event density over the fitted extent, and a brush over the visible window. The `<svg>` sits in a
 * `<div>`, the element's grid item: the grid lays its items out again whenever the chart changes, and an `<svg>`
 * root as the item was laid out again each time (most of a zoom step's layout at 100 events); the `<div>` keeps
 * its last layout.
 */
export function overview(p: OverviewProps): TemplateResult {
  const { width, fit, window: w, density } = p;
  const h = OVERVIEW_HEIGHT;
  const rtl = p.dir === 'rtl';
  const x = timeScale([fit[0], fit[1]], rtl ? [width, 0] : [0, width]);
  const a = Math.max(0, Math.min(width, x(w[0])));
  const b = Math.max(0, Math.min(width, x(w[1])));
  const bx = Math.min(Math.min(a, b), width - TARGET);
  const bw = Math.max(TARGET, Math.abs(b - a));
  const label = p.text.strings.overview;
  return html`<div class="overview-box"><svg
    class="overview"
    part="overview"
    width=${width}
    height=${h}
    aria-label=${label}
    role="group"
    @pointerdown=${p.on.pointerdown}
  >
    ${guard(
      [density, rtl],
      // Bars change with the data and the width, never with the window: not re-rendered per frame.
      () => svg`<path class="bars" d=${densityPath(density, width, rtl, h)}></path>`,
    )}
    <rect
      class="brush"
      part="brush"
      x=${bx}
      y="1"
      width=${bw}
      height=${h - 2}
      rx="3"
      tabindex="0"
      role="slider"
      aria-label=${label}
      aria-valuemin=${Math.round(fit[0] / DAY)}
      aria-valuemax=${Math.round(fit[1] / DAY)}
      aria-valuenow=${Math.round((w[0] + w[1]) / 2 / DAY)}
      aria-valuetext=${`${p.text.day(w[0])} – ${p.text.day(w[1])}`}
      @keydown=${p.on.keydown}
    ></rect>
    ${handle(rtl ? 'end' : 'start', bx, -1, bw, width)} ${handle(rtl ? 'start' : 'end', bx + bw, 1, bw, width)}
  </svg></div>`;
}

/**
 * The density bars as one path: a 3-px-wide bar per non-empty 4-px bin, its height by count, standing on the strip's
 * floor (2 px above its bottom), at least 2 px high. One element, not a `<rect>` per bin: up to 300 elements that
 * the first render made, styled and laid out, for one shape that never moves.
 */
export function densityPath(density: OverviewDensity, width: number, rtl: boolean, h = OVERVIEW_HEIGHT): string {
  const bins = density.counts.length;
  const step = width / Math.max(1, bins);
  let d = '';
  density.counts.forEach((c, i) => {
    if (!c) return;
    const bh = Math.max(2, (c / density.max) * (h - 8));
    const x = rtl ? width - i * step - 3 : i * step;
    d += `M${round(x)},${round(h - 2 - bh)}h3v${round(bh)}h-3z`;
  });
  return d;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * A resize handle on the brush's edge at `at` (`out` the side away from the
 * brush): a slim grip, and a TARGET-wide hit area reaching out of the brush,
 * and into it at most a quarter of its width, so that its middle half still
 * moves it; kept inside the strip. Pointer only: the brush's keys resize too.
 */
function handle(edge: 'start' | 'end', at: number, out: 1 | -1, bw: number, width: number): TemplateResult {
  const inset = Math.min(TARGET / 2, bw / 4);
  const hit = out < 0 ? at - (TARGET - inset) : at - inset;
  const h = OVERVIEW_HEIGHT;
  return svg`<g class="handle" part="brush-handle" data-edge=${edge} aria-hidden="true">
    <rect class="hit" x=${Math.max(0, Math.min(width - TARGET, hit))} y="0" width=${TARGET} height=${h}></rect>
    <rect
      class="grip"
      x=${Math.max(0, Math.min(width - GRIP_WIDTH, at - GRIP_WIDTH / 2))}
      y=${h / 4}
      width=${GRIP_WIDTH}
      height=${h / 2}
      rx="2"
    ></rect>
  </g>`;
}
