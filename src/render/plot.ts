import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { classMap } from 'lit/directives/class-map.js';
import type { TimelineEra } from '../data/types.js';
import { markKey } from '../layout/frame.js';
import { ROW_HEIGHT, type LaneAggregate, type MarkLayout, type PlacedMark } from '../layout/marks.js';
import type { Tick } from '../layout/ticks.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { cssomStyle } from './cssom-style.js';
import { AXIS_HEIGHT, isolate, labelLines, mark, type MarkProps } from './mark.js';

export { AXIS_HEIGHT } from './mark.js';

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

export interface PlotProps extends MarkProps {
  layout: MarkLayout | null;
  ticks: readonly Tick[];
  scale: TimeScale;
  width: number;
  eras: readonly TimelineEra[];
  markers: readonly Marker[];
  tabStop: string | null;
  /** The plot's rows (px from its top) whose marks and labels are drawn, those near the page's and the chart's
   * view; null: all. The tab stop and the selected mark are always drawn, and each option says its position among
   * all of `ordered`. */
  band: readonly [number, number] | null;
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
