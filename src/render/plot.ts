import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { classMap } from 'lit/directives/class-map.js';
import type { TimelineEra } from '../data/types.js';
import { markKey } from '../layout/frame.js';
import { FEATURED_SCALE, ROW_HEIGHT, type LaneAggregate, type MarkLayout, type PlacedMark } from '../layout/marks.js';
import type { Tick } from '../layout/ticks.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { ViewText } from './text.js';
import { cssomStyle } from './cssom-style.js';
import { endTicks, spanGap } from './span-gap.js';
import { kindColor, kindSymbol } from './symbols.js';

/** Height of the time axis above the lanes, px. */
export const AXIS_HEIGHT = 30;

/**
 * Wraps data text drawn in SVG in a first-strong isolate, so a Latin title in
 * a right-to-left timeline (or the reverse) keeps its own direction, and its
 * ellipsis its end, while the whole sits where the layout put it.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** A vertical rule with a label: the now marker or the reference (published) date. */
export interface Marker {
  t: number;
  label: string;
}

/**
 * The now marker (at its wall-clock instant) and the reference date's,
 * labelled "Published" when it is the source's date.
 */
export function plotMarkers(o: {
  now: number | null;
  reference: number | null;
  published: boolean;
  strings: TimelineStrings;
}): Marker[] {
  const markers: Marker[] = [];
  if (o.now !== null) markers.push({ t: o.now, label: o.strings.now });
  if (o.reference !== null)
    markers.push({ t: o.reference, label: o.published ? o.strings.published : o.strings.reference });
  return markers;
}

/** What the plot's listeners do; the plot itself holds no state. */
export interface PlotHandlers {
  keydown(ev: KeyboardEvent): void;
  pointerleave(): void;
  pointermove(ev: PointerEvent): void;
  click(ev: MouseEvent): void;
  /** A mark was pressed, clicked, entered or moved over by the pointer. */
  markPress(ev: MouseEvent): void;
  markClick(id: string, key: string, ev: MouseEvent): void;
  markEnter(key: string, ev: PointerEvent): void;
  markMove(key: string, ev: PointerEvent): void;
}

export interface PlotProps {
  layout: MarkLayout | null;
  ticks: readonly Tick[];
  scale: TimeScale;
  width: number;
  dir: 'ltr' | 'rtl';
  eras: readonly TimelineEra[];
  markers: readonly Marker[];
  selected: string | null;
  /** Marks in keyboard (DOM) order, and the key holding the single tab stop. */
  ordered: readonly PlacedMark[];
  tabStop: string | null;
  /** The plot's rows (px from its top) whose marks and labels are drawn, those near the page's and the chart's
   * view; null: all. The tab stop and the selected mark are always drawn, and each option says its position among
   * all of `ordered`. */
  band: readonly [number, number] | null;
  /** The words of the marks' accessible names. */
  text: ViewText;
  /** Whether a mark's name says its lane (an event grouped by actor has a mark in each of its actors' lanes). */
  laneInName: boolean;
  /** A label's width in px, for the hit area. */
  labelWidth(label: string): number;
  /** The count a dense lane's clusters stand for. */
  clusterTotal(a: LaneAggregate): number;
  on: PlotHandlers;
}

/**
 * The plot: the axis's sticky SVG, then an SVG of gridlines, lanes, eras, markers and marks under it, a canvas pair
 * per dense lane, and style probes.
 * The svg is no Tab stop of its own while a mark (or an undated event) holds the events' stop; when none can
 * (every event in the window is counted into clusters, or the window is empty), it holds the stop, and the
 * arrow keys, Home and End go from it to the events.
 */
export function plot(p: PlotProps): TemplateResult {
  const { layout, width } = p;
  const height = AXIS_HEIGHT + (layout?.height ?? 0) + 8;
  const cuts = layout ? gapBoxes(p) : [];
  // The axis's labels in an SVG of their own, sticky at the top of the chart (or of the page, when the page
  // scrolls the chart), laid over the plot's first AXIS_HEIGHT px: a reader scrolled down the lanes keeps the dates.
  return html`${
    layout
      ? html`<svg class="axis-head" width=${width} height=${AXIS_HEIGHT} aria-hidden="true"
            >${axis(p.ticks, width, cuts)}</svg
          >`
      : nothing
  }<svg
      class="plot"
      part="plot"
      width=${width}
      height=${height}
      role="group"
      aria-label=${p.text.strings.timeline}
      tabindex=${p.tabStop === null && layout?.lanes.length ? '0' : nothing}
      @keydown=${p.on.keydown}
      @pointerleave=${p.on.pointerleave}
      @pointermove=${p.on.pointermove}
      @click=${p.on.click}
    >
      ${
        layout
          ? svg`${lanes(layout, width)}${gridlines(p.ticks, height)}${
              // Over the gridlines: eras, the lanes' labels, markers and breaks, all under the marks.
              eras(p, height)
            }${laneLabels(layout, width, p.dir)}${markers(p, height)}${gaps(p, cuts, height)}${marks(p, layout)}`
          : nothing
      }
    </svg>
    ${
      layout
        ? repeat(
            layout.lanes.filter((l) => l.aggregate),
            (l) => l.key,
            (l) =>
              html`<canvas class="density" part="density" aria-hidden="true" data-lane=${l.key}
            style=${cssomStyle({
              top: `${AXIS_HEIGHT + l.aggregate!.bandTop}px`,
              height: `${l.aggregate!.bandHeight}px`,
              width: `${width}px`,
            })}></canvas>
            <canvas class="clusters" part="clusters" aria-hidden="true" data-lane=${l.key}
            data-count=${p.clusterTotal(l.aggregate!)}
            style=${cssomStyle({
              top: `${AXIS_HEIGHT + l.aggregate!.clusterTop}px`,
              height: `${l.aggregate!.clusterHeight}px`,
              width: `${width}px`,
            })}></canvas>`,
          )
        : nothing
    }
    <span class="probe" aria-hidden="true"></span>
    <svg class="cluster-probe" aria-hidden="true"
      ><g class="cluster" part="cluster"><rect class="bubble"></rect><text>0</text></g></svg
    >`;
}

/** A compressed gap in view: its px extent, its drawn width (at least 2 px), and its label and the label's centre. */
type GapBox = { x0: number; x1: number; w: number; label: string; mid: number };

/**
 * The compressed gaps in view: each break's px extent, and its label (the gap's length in words), centred on
 * the break where it can be, else moved along the axis off the first lane's label and off the other gaps' labels.
 */
function gapBoxes(p: PlotProps): GapBox[] {
  const rtl = p.dir === 'rtl';
  const read = (x: number) => (rtl ? p.width - x : x);
  const lane = p.layout?.lanes[0]?.label;
  // Lane labels are small capitals, about 0.8 of the measured size, from 8 px in.
  let floor = lane ? 8 + p.labelWidth(lane.toUpperCase()) * 0.8 + 6 : 0;
  const boxes = (p.scale.breaks?.() ?? []).map((b) => {
    const [x0, x1] = [p.scale(b.t0), p.scale(b.t1)].sort((a, c) => a - c) as [number, number];
    const label = p.text.strings.gapLength(b.t1 - b.t0);
    return { x0, x1, label, mid: read((x0 + x1) / 2), half: p.labelWidth(label) * 0.4 + 3 };
  });
  // In reading order, each label after the last one.
  for (const b of boxes.sort((a, c) => a.mid - c.mid)) {
    b.mid = Math.max(b.mid, floor + b.half);
    floor = b.mid + b.half;
  }
  return boxes
    .filter((b) => b.x1 >= 0 && b.x0 <= p.width)
    .map((b) => ({ ...b, w: Math.max(2, b.x1 - b.x0), mid: read(b.mid) }));
}

/**
 * The axis: its band, each tick's stub and label, the breaks' cuts in its rule. Each tick is a group moved by its
 * transform, keyed by its instant: a zoom frame moves the ticks it kept and makes only the new ones. Moving SVG
 * text by its own x or transform lays the text out again (about 12 µs a label in Chromium, and a repaint); moving
 * the group around it does not.
 */
function axis(ticks: readonly Tick[], width: number, cuts: readonly GapBox[]): SVGTemplateResult {
  const y = AXIS_HEIGHT - 0.5;
  const cut = (x: number) => `M${x - 3},${y + 6}L${x + 3},${y - 6}`;
  return svg`<g class="axis" part="axis">
      <rect class="axis-band" x="0" y="0" width=${width} height=${AXIS_HEIGHT}></rect>
      ${repeat(
        ticks,
        (t) => t.value,
        (t) => svg`<g transform=${`translate(${t.x},0)`}><line y1=${AXIS_HEIGHT - 6} y2=${AXIS_HEIGHT}></line>
          ${
            t.label === null
              ? nothing
              : svg`<text part="tick-label" x=${t.labelX - t.x} y=${AXIS_HEIGHT - 11}
                  text-anchor="middle">${t.label}</text>`
          }</g>`,
      )}
      <line class="axis-rule" x1="0" x2=${width} y1=${y} y2=${y}></line>
      ${cuts.map(
        (b) => svg`<rect class="gap-cut" x=${b.x0} y=${y - 3} width=${b.w} height="6"></rect>
          <path class="gap-stroke" d=${`${cut(b.x0)}${cut(b.x0 + b.w)}`}></path>`,
      )}
    </g>`;
}

/** The ticks' lines down the lanes, one path: a zoom step changes one attribute. */
function gridlines(ticks: readonly Tick[], height: number): SVGTemplateResult {
  const d = ticks.map((t) => `M${t.x},${AXIS_HEIGHT}V${height}`).join('');
  return svg`<g class="grid" part="axis" aria-hidden="true"><path class="gridlines" d=${d}></path></g>`;
}

function lanes(layout: MarkLayout, width: number): SVGTemplateResult {
  return svg`<g class="lanes" aria-hidden="true">
      ${layout.lanes.map(
        (lane, i) => svg`<rect part="lane" class=${i % 2 ? 'lane-band alt' : 'lane-band'} x="0"
          y=${AXIS_HEIGHT + lane.top} width=${width} height=${lane.height}></rect>`,
      )}
    </g>`;
}

/** The lanes' labels: over the gridlines, which would cross their letters. */
function laneLabels(layout: MarkLayout, width: number, dir: 'ltr' | 'rtl'): SVGTemplateResult {
  const rtl = dir === 'rtl';
  return svg`<g class="lane-labels" aria-hidden="true">
      ${layout.lanes.map((lane) =>
        lane.label
          ? svg`<text part="lane-label" class="lane-label" x=${rtl ? width - 8 : 8} y=${AXIS_HEIGHT + lane.top + 15}
              text-anchor="start">${isolate(lane.label)}</text>`
          : nothing,
      )}
    </g>`;
}

function eras(p: PlotProps, height: number): SVGTemplateResult | typeof nothing {
  if (!p.eras.length) return nothing;
  const { width, scale } = p;
  const rtl = p.dir === 'rtl';
  const x = (t: number) => (Number.isFinite(t) ? scale(t) : t < 0 === rtl ? width + 10 : -10);
  return svg`<g part="eras">
      ${p.eras.map((era) => {
        const a = Math.max(-10, Math.min(width + 10, x(era.date.earliest)));
        const b = Math.max(-10, Math.min(width + 10, x(era.date.latest + 1)));
        const left = Math.min(a, b);
        const w = Math.abs(b - a);
        if (w < 1 || left > width || left + w < 0) return nothing;
        const lx = Math.max(left, 0) + 6;
        return svg`<g part="era"><rect class="era" x=${left} y=${AXIS_HEIGHT} width=${w}
          height=${height - AXIS_HEIGHT}></rect>
          <text class="era-label" x=${rtl ? Math.min(left + w, width) - 6 : lx}
            y=${height - 6}>${isolate(era.title)}</text></g>`;
      })}
    </g>`;
}

/**
 * Each compressed gap as an axis break: a faint band down the lanes and the gap's length in words at its top
 * (the axis draws the cut in its rule). All of it lies under the marks and their labels.
 */
function gaps(p: PlotProps, cuts: readonly GapBox[], height: number): SVGTemplateResult {
  return svg`${cuts.map(
    (b) => svg`<g class="gap" part="gap" aria-hidden="true">
        <title>${p.text.strings.gap(b.label)}</title>
        <rect class="gap-band" x=${b.x0} y=${AXIS_HEIGHT} width=${b.w} height=${height - AXIS_HEIGHT}></rect>
        <text class="gap-label" x=${b.mid} y=${AXIS_HEIGHT + 13} text-anchor="middle">${b.label}</text>
      </g>`,
  )}`;
}

function markers(p: PlotProps, height: number): SVGTemplateResult {
  const { width } = p;
  const rtl = p.dir === 'rtl';
  return svg`${p.markers.map(({ t, label }) => {
    const x = p.scale(t);
    if (!(x >= 0 && x <= width)) return nothing;
    const flip = rtl ? x < 80 : x > width - 80;
    return svg`<g class="marker" part="marker" aria-hidden="true"
        ><line x1=${x} x2=${x} y1=${AXIS_HEIGHT} y2=${height}></line>
        <text class="marker-label" x=${flip ? x - 4 : x + 4} y=${AXIS_HEIGHT + 12}
          text-anchor=${flip ? 'end' : 'start'}>${label}</text></g>`;
  })}`;
}

/**
 * The marks, a listbox whose options sit in the DOM in keyboard (date) order,
 * and their labels in a layer of their own: a mark's accessible name is its
 * aria-label, which a shortened visible label must not contradict.
 */
function marks(p: PlotProps, layout: MarkLayout): SVGTemplateResult {
  const { ordered, tabStop } = p;
  const drawn = inBand(p);
  const options = ordered.map((m, i) => ({ m, i })).filter(({ m }) => drawn(m));
  // One listener of each kind for all the marks (a mark that enters the window at a zoom step then costs no
  // listener): a click or the pointer entering a mark is found from the event's target. A mark's focus is heard
  // on the chart around the plot (`focusin`): a focus listener on an SVG element makes it focusable.
  const markAt = (t: EventTarget | null) => (t as Element | null)?.closest?.<SVGGElement>('g.mark') ?? null;
  return svg`<g class="marks" role=${ordered.length ? 'listbox' : 'none'}
      aria-orientation=${ordered.length ? 'horizontal' : nothing}
        aria-label=${ordered.length ? p.text.strings.eventsInWindow : nothing}
        @mousedown=${p.on.markPress}
        @click=${(ev: MouseEvent) => {
          const g = markAt(ev.target);
          if (g) p.on.markClick(g.dataset.eventId!, g.dataset.key!, ev);
        }}
        @pointerover=${(ev: PointerEvent) => {
          const g = markAt(ev.target);
          if (g && g !== markAt(ev.relatedTarget)) p.on.markEnter(g.dataset.key!, ev);
        }}
        @pointermove=${(ev: PointerEvent) => {
          const g = markAt(ev.target);
          if (g) p.on.markMove(g.dataset.key!, ev);
        }}>${repeat(
          options,
          ({ m }) => markKey(m),
          ({ m, i }) => mark(p, m, markKey(m) === tabStop, i),
        )}</g>
      <g class="labels" aria-hidden="true">${repeat(
        layout.marks.filter((m) => m.label && drawn(m)),
        markKey,
        // The group moves the label: its text is not laid out again (see axis()).
        (m) =>
          svg`<g transform=${`translate(${m.labelX.toFixed(1)},${AXIS_HEIGHT + m.cy})`}><text part="event-label"
            class=${classMap({
              label: true,
              selected: m.event.id === p.selected,
              featured: m.event.featured,
              alt: m.lane % 2 === 1,
            })}
            >${labelLines(m)}</text></g>`,
      )}</g>`;
}

/**
 * Whether a mark is drawn: its row is in the band (lanes scrolled far out of view are not drawn), or
 * it holds the tab stop or the selection, which the keyboard and the details must find.
 */
function inBand(p: PlotProps): (m: PlacedMark) => boolean {
  const band = p.band;
  if (!band) return () => true;
  const [top, bottom] = [band[0] - AXIS_HEIGHT - ROW_HEIGHT, band[1] - AXIS_HEIGHT + ROW_HEIGHT];
  return (m) => (m.cy >= top && m.cy <= bottom) || m.event.id === p.selected || markKey(m) === p.tabStop;
}

/** A label's one line, or its two lines about the row's centre (a third under them, in the next row's top). */
function labelLines(m: PlacedMark): SVGTemplateResult {
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
function markName(p: PlotProps, m: PlacedMark): string {
  const name = p.text.eventName(m.event);
  const lane = p.laneInName ? p.layout?.lanes[m.lane]?.label : null;
  return lane ? p.text.strings.inLane(name, lane) : name;
}

/**
 * One mark, drawn around its symbol's centre: the group carries the only
 * position, so a zoom frame mostly changes one transform per mark; the
 * children change only when a span's width or the label changes.
 */
function mark(p: PlotProps, m: PlacedMark, tabStop: boolean, index: number): SVGTemplateResult {
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
