import { html, svg, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { OverviewDensity } from '../layout/view-model.js';
import { timeScale } from '../layout/time-scale.js';
import { DAY, type TimeWindow } from '../layout/window.js';
import type { ViewText } from './text.js';

/** Height of the overview strip, px. */
export const OVERVIEW_HEIGHT = 38;

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

/** The overview: event density over the fitted extent, and a brush over the visible window. */
export function overview(p: OverviewProps): TemplateResult {
  const { width, fit, window: w, density } = p;
  const h = OVERVIEW_HEIGHT;
  const rtl = p.dir === 'rtl';
  const x = timeScale([fit[0], fit[1]], rtl ? [width, 0] : [0, width]);
  const step = (fit[1] - fit[0]) / Math.max(1, Math.floor(width / 4));
  const a = Math.max(0, Math.min(width, x(w[0])));
  const b = Math.max(0, Math.min(width, x(w[1])));
  const label = p.text.strings.overview;
  return html`<svg
    class="overview"
    part="overview"
    width=${width}
    height=${h}
    aria-label=${label}
    role="group"
    @pointerdown=${p.on.pointerdown}
  >
    ${guard([density, rtl], () =>
      // Bars change with the data and the width, never with the window: not re-rendered per frame.
      density.counts.map((c, i) => {
        if (!c) return nothing;
        const bh = Math.max(2, (c / density.max) * (h - 8));
        const bx = x(fit[0] + i * step);
        return svg`<rect class="bar" x=${rtl ? bx - 3 : bx} y=${h - 2 - bh} width="3" height=${bh}></rect>`;
      }),
    )}
    <rect
      class="brush"
      part="brush"
      x=${Math.min(Math.min(a, b), width - 24)}
      y="1"
      width=${Math.max(24, Math.abs(b - a))}
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
  </svg>`;
}
