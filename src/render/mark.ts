import { svg, nothing, type SVGTemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { markKey } from '../layout/frame.js';
import { FEATURED_SCALE, type MarkLayout, type PlacedMark } from '../layout/marks.js';
import { cssomStyle } from './cssom-style.js';
import { endTicks, spanGap } from './span-gap.js';
import { kindColor, kindSymbol } from './symbols.js';
import type { ViewText } from './text.js';

/** Height of the time axis above the lanes, px. */
export const AXIS_HEIGHT = 30;

/**
 * Wraps data text drawn in SVG in a first-strong isolate, so a Latin title in
 * a right-to-left timeline (or the reverse) keeps its own direction, and its
 * ellipsis its end, while the whole sits where the layout put it.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** What one mark's drawing reads of the plot's props. */
export interface MarkProps {
  /** The laid-out lanes (a mark's name may say its lane's label). */
  layout: MarkLayout | null;
  dir: 'ltr' | 'rtl';
  selected: string | null;
  /** Marks in keyboard (DOM) order, and the key holding the single tab stop. */
  ordered: readonly PlacedMark[];
  /** The words of the marks' accessible names. */
  text: ViewText;
  /** Whether a mark's name says its lane (an event grouped by actor has a mark in each of its actors' lanes). */
  laneInName: boolean;
  /** A label's width in px, for the hit area. */
  labelWidth(label: string): number;
}

/** A label's one line, or its two lines about the row's centre (a third under them, in the next row's top). */
export function labelLines(m: PlacedMark): SVGTemplateResult {
  const lines = m.lines?.length ? m.lines : [m.label!];
  if (lines.length < 2) return svg`<tspan x="0" dy="0.35em">${isolate(lines[0]!)}</tspan>`;
  return svg`<tspan x="0" y="-0.19em">${isolate(lines[0]!)}</tspan><tspan x="0" y="0.88em">${isolate(
    lines[1]!,
  )}</tspan>${lines[2] === undefined ? nothing : svg`<tspan x="0" y="1.95em">${isolate(lines[2])}</tspan>`}`;
}

/**
 * The outline of a box (`x0`..`x1` × `y0`..`y1`) with a tab hanging under it (`tab.x0`..`tab.x1`, within the box's
 * width, down to `tab.y`): a mark's focus ring around its two rows and its label's third line.
 */
export function ringAround(x0: number, x1: number, y0: number, y1: number, tab: { x0: number; x1: number; y: number }) {
  const a = Math.max(x0, tab.x0);
  const b = Math.min(x1, tab.x1);
  return `M${x0},${y0}H${x1}V${y1}H${b}V${tab.y}H${a}V${y1}H${x0}Z`;
}

/** An option's name; grouped by actor, the lane says which of the event's rows this is. */
function markName(p: MarkProps, m: PlacedMark): string {
  const name = p.text.eventName(m.event);
  const lane = p.laneInName ? p.layout?.lanes[m.lane]?.label : null;
  return lane ? p.text.strings.inLane(name, lane) : name;
}

/**
 * One mark, drawn around its symbol's centre: the group carries the only
 * position, so a zoom frame mostly changes one transform per mark; the
 * children change only when a span's width or the label changes.
 */
export function mark(p: MarkProps, m: PlacedMark, tabStop: boolean, index: number): SVGTemplateResult {
  const e = m.event;
  const key = markKey(m);
  const sym = kindSymbol(e.kind);
  const selected = e.id === p.selected;
  // The hit area covers symbol, span and label, and is at least 24 px square.
  const labelW = m.label ? (m.labelWidth ?? p.labelWidth(m.label)) : 0;
  const half = (m.lines?.length ?? 1) > 1 ? 16 : 12;
  const labelL = m.label ? (p.dir === 'rtl' ? m.labelX - labelW : m.labelX) : m.cx;
  const hitLeft = Math.min(m.left, m.cx - 12, labelL) - m.cx;
  const hitRight = Math.max(m.right, m.cx + 12, labelL + labelW) - m.cx;
  // A third line hangs into the next row, which is free under the label only: its hit area and ring go no wider.
  const third = (m.lines?.length ?? 1) > 2 ? { x0: labelL - m.cx, x1: labelL + labelW - m.cx, y: half + 14 } : null;
  const left = m.left - m.cx;
  const right = m.right - m.cx;
  // Open sides fade out through a CSS gradient mask (classes fade-l, fade-r, fade-lr), not an
  // SVG <mask> by url(#id): through its style cache, Chromium kept the shadow roots of the
  // last 5–12 timelines drawn with such a mask alive after they were removed, DOM and all.
  const fade = m.fadeLeft || m.fadeRight ? `fade-${m.fadeLeft ? 'l' : ''}${m.fadeRight ? 'r' : ''}` : '';
  // A selected label is bold: wider than measured (about 8 % in the UI fonts), on its reading end.
  const drawnW = selected ? labelW * 1.08 : labelW;
  const drawnL = p.dir === 'rtl' ? m.labelX - drawnW : m.labelX;
  const rx = m.shape === 'interval' ? 3 : 7;
  const gap = spanGap(m, p.dir, drawnL, drawnW, rx);
  const spanRect = (cls: string) =>
    svg`<rect class=${cls} x=${left} y="-7" width=${Math.max(1, right - left)} height="14" rx=${rx}></rect>`;
  const cls = { mark: true, [m.shape]: true, uncertain: m.uncertain, selected, featured: e.featured };
  // A featured event's symbol is larger, about its centre.
  const symTransform = e.featured
    ? `scale(${FEATURED_SCALE})${sym.transform ? ` ${sym.transform}` : ''}`
    : (sym.transform ?? nothing);
  return svg`<g
      class=${classMap(cls)}
      part=${selected ? 'event selected' : 'event'}
      data-event-id=${e.id}
      data-key=${key}
      tabindex=${tabStop ? '0' : '-1'}
      role="option"
      aria-posinset=${index + 1}
      aria-setsize=${p.ordered.length}
      aria-label=${markName(p, m)}
      aria-selected=${selected ? 'true' : 'false'}
      style=${cssomStyle({ '--_c': kindColor(e.kind) })}
      transform=${`translate(${m.cx.toFixed(1)},${AXIS_HEIGHT + m.cy})`}
    >
      <rect class="hit" x=${hitLeft} y=${-half} width=${hitRight - hitLeft} height=${2 * half}></rect>${
        third
          ? svg`<rect class="hit" x=${third.x0} y=${half} width=${third.x1 - third.x0} height=${third.y - half}></rect>`
          : nothing
      }
      ${
        m.shape === 'point'
          ? nothing
          : gap
            ? svg`<g class=${fade || nothing}>${spanRect('span fill-only')}<path class="span line" d=${gap.line}></path
              ></g>`
            : spanRect(fade ? `span ${fade}` : 'span')
      }
      ${
        m.shape === 'fuzzy' && !m.fadeLeft && !m.fadeRight
          ? svg`<path class="whisker" d=${gap?.whisker ?? endTicks(left, right)}></path>`
          : nothing
      }
      <path class="symbol" d=${sym.d} transform=${symTransform}></path>
      ${
        !tabStop
          ? nothing
          : third
            ? svg`<path class="focus-ring" d=${ringAround(hitLeft - 2, hitRight + 2, -half - 1, half + 1, {
                x0: third.x0 - 2,
                x1: third.x1 + 2,
                y: third.y + 1,
              })}></path>`
            : svg`<rect class="focus-ring" x=${hitLeft - 2} y=${-half - 1} width=${hitRight - hitLeft + 4}
              height=${2 * half + 2} rx="4"></rect>`
      }
    </g>`;
}
