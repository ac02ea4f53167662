import type { ReactiveController, ReactiveElement } from 'lit';
import type { TimelineEvent } from '../data/types.js';
import { clusterInLayout, nearestInBand } from '../layout/hit-test.js';
import type { Cluster, IndexedLane, LaneBox, MarkLayout } from '../layout/marks.js';
import type { TimeScale } from '../layout/time-scale.js';
import { bubbleBox, ClusterPainter } from '../render/clusters.js';
import { densityBars, eachLaneCanvas, paintDensity } from '../render/density.js';
import { exportSvg, type DensityBar, type ExportBubble } from '../render/export-svg.js';
import { AXIS_HEIGHT } from '../render/plot.js';
import { kindColorVar } from '../render/symbols.js';
import { ThemeColors } from '../render/theme-colors.js';
import { overAxis } from './axis-hit.js';

type Host = ReactiveElement;

/** What was drawn this update, as the painters and the hit-test need it. */
export interface DenseFrame {
  layout: MarkLayout | null;
  /** The view: its indexed lanes are the ones the layout was made from. */
  view: { lanes: readonly IndexedLane[] };
  scale: TimeScale;
  /** The plot's box; `styleKey` changes whenever theme colours may have changed. */
  box: { width: number; dir: 'ltr' | 'rtl'; styleKey: string };
  /** Lanes by kind take their kind's colour; other lanes the accent. */
  byKind: boolean;
  /** Counts in the locale's short form (the formatter is made on first use: most timelines have no cluster). */
  compact: { readonly compactNumber: Intl.NumberFormat };
}

export interface DenseLanesOptions {
  /** An event of a band is under the pointer (null: none), at plot px. */
  hover(hit: { id: string; lane: number; x: number; y: number } | null): void;
  /** An event of a band was clicked. */
  select(event: TimelineEvent, lane: number): void;
  /** A cluster bubble was clicked: zoom into it. */
  zoomTo(cluster: Cluster): void;
}

/**
 * The lanes too dense to draw one mark per event: paints their density bands
 * and cluster bubbles on canvases after each render, and answers the pointer
 * over them from the layout (the canvases keep no shapes): a band stands for
 * its nearest event, a bubble zooms in. Both are aria-hidden; the keyboard
 * and the table reach every event one by one.
 */
export class DenseLanesController implements ReactiveController {
  private _frame: DenseFrame | null = null;
  private readonly _colors = new ThemeColors();
  private readonly _painter = new ClusterPainter();

  private readonly _host: Host;
  private readonly _options: DenseLanesOptions;

  constructor(host: Host, options: DenseLanesOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** Takes this update's layout; painted once it is rendered. */
  set(frame: DenseFrame): void {
    this._frame = frame;
    this._colors.invalidate(frame.box.styleKey);
  }

  hostUpdated(): void {
    const f = this._frame;
    const probe = this._probe();
    if (!f?.layout || !probe) return;
    const root = this._host.renderRoot;
    const { width, dir } = f.box;
    const dense = f.layout.lanes.filter((lane) => lane.aggregate);
    if (dense.length)
      this._colors.prefetch(
        probe,
        this._clusterProbe(),
        dense.map((lane) => this._colorVar(lane)),
      );
    eachLaneCanvas(
      root,
      'density',
      f.layout.lanes,
      width,
      (a) => a.bandHeight,
      (lane, a, ctx, dpr) => paintDensity(ctx, this._bars(probe, [lane]), AXIS_HEIGHT + a.bandTop, dpr),
    );
    eachLaneCanvas(
      root,
      'clusters',
      f.layout.lanes,
      width,
      (a) => a.clusterHeight,
      (lane, a, ctx, dpr) => {
        const labels = a.clusters.map((c) => f.compact.compactNumber.format(c.count));
        this._painter.paint(ctx, a.clusters, labels, this._clusterStyle(lane), -a.clusterTop, dpr, dir);
      },
    );
  }

  /**
   * A standalone SVG document of the plot: styles inlined, text kept as text,
   * and the dense stretches the canvases show as rects and bubbles with counts.
   * @throws Error when nothing is drawn yet.
   */
  toSVG(): string {
    const plot = this._host.renderRoot.querySelector<SVGSVGElement>('svg.plot');
    const probe = this._probe();
    if (!plot || !probe) throw new Error('toSVG: the timeline has not been drawn yet (await renderComplete)');
    const bars = this._frame?.layout ? this._bars(probe, this._frame.layout.lanes) : [];
    const axis = this._host.renderRoot.querySelector('svg.axis-head > .axis');
    return exportSvg(plot, bars, this._colors.color(probe, '--_surface'), this._exportBubbles(), axis);
  }

  /** The clusters as the canvases show them, in plot coordinates, for the SVG export. */
  private _exportBubbles(): ExportBubble[] {
    const f = this._frame;
    return (f?.layout?.lanes ?? []).flatMap((lane) => {
      if (!lane.aggregate) return [];
      const style = this._clusterStyle(lane);
      return lane.aggregate.clusters.map((c) => {
        const text = f!.compact.compactNumber.format(c.count);
        const box = bubbleBox(c, text);
        return { ...box, y: box.y + AXIS_HEIGHT, text, style };
      });
    });
  }

  /** The plot's pointer listeners. */
  readonly handlers = {
    pointermove: (ev: PointerEvent) => this.onPointerMove(ev),
    click: (ev: MouseEvent) => this.onClick(ev),
  };

  /** Pointer over the plot: a bubble shows the zoom-in cursor; over a band, its nearest event is hovered. */
  onPointerMove = (ev: PointerEvent): void => {
    if (ev.buttons) return;
    const svg = ev.currentTarget as SVGSVGElement;
    const at = this._pointAt(ev);
    const cluster = at && clusterInLayout(at.layout, at.x, at.y);
    svg.classList.toggle('over-cluster', !!cluster);
    // Under a bubble the pointer means the cluster, not an event of the band.
    const hit =
      at && !cluster ? nearestInBand(at.layout, this._frame!.view.lanes, this._frame!.scale, at.x, at.y) : null;
    this._options.hover(hit ? { id: hit.event.id, lane: hit.lane, x: at!.x, y: at!.y + AXIS_HEIGHT } : null);
  };

  /** A click on a bubble zooms into it; on a band, it selects the nearest event. */
  onClick = (ev: MouseEvent): void => {
    const at = this._pointAt(ev);
    if (!at) return;
    const cluster = clusterInLayout(at.layout, at.x, at.y);
    if (cluster) {
      this._options.zoomTo(cluster);
      return;
    }
    const hit = nearestInBand(at.layout, this._frame!.view.lanes, this._frame!.scale, at.x, at.y);
    if (hit) this._options.select(hit.event, hit.lane);
  };

  /** The pointer in lanes-area px, unless it is over a mark (marks answer for themselves) or the axis. */
  private _pointAt(ev: MouseEvent): { layout: MarkLayout; x: number; y: number } | null {
    const layout = this._frame?.layout;
    if (!layout || (ev.target as Element).closest?.('.mark') || overAxis(this._host.renderRoot, ev)) return null;
    const box = (ev.currentTarget as SVGSVGElement).getBoundingClientRect();
    return { layout, x: ev.clientX - box.left, y: ev.clientY - box.top - AXIS_HEIGHT };
  }

  private _bars(probe: HTMLElement, lanes: readonly LaneBox[]): DensityBar[] {
    const f = this._frame!;
    return densityBars(lanes, {
      width: f.box.width,
      dir: f.box.dir,
      top: AXIS_HEIGHT,
      fill: (lane) => this._colors.color(probe, this._colorVar(lane)),
    });
  }

  private _clusterStyle(lane: LaneBox) {
    return this._colors.clusterStyle(this._clusterProbe(), this._colorVar(lane));
  }

  private _clusterProbe(): SVGGElement {
    return this._host.renderRoot.querySelector<SVGGElement>('.cluster-probe .cluster')!;
  }

  private _colorVar(lane: LaneBox): string {
    return this._frame!.byKind ? kindColorVar(lane.key) : '--_accent';
  }

  private _probe(): HTMLElement | null {
    return this._host.renderRoot.querySelector<HTMLElement>('.probe');
  }
}
