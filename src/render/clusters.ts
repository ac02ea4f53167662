/**
 * Cluster bubbles (a count standing for a dense stretch of events) drawn on a
 * canvas. A zoom frame redraws them in well under a millisecond, where the
 * same bubbles as SVG cost a style recalculation and a layout of every one
 * whose position or count changed (about 20 ms a frame at 10,000 events).
 *
 * The geometry here is shared by the canvas, the hit-test and the SVG export,
 * so all three agree on where a bubble is.
 */
import type { Cluster } from '../layout/marks.js';

/** How bubbles look, read from the themed style source once per theme. */
export interface ClusterStyle {
  /** Bubble fill, outline and outline width. */
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** Count colour and CSS font shorthand; `fontSize` in px places the baseline. */
  textFill: string;
  font: string;
  fontSize: number;
  opacity: number;
}

export interface BubbleBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const BUBBLE_HEIGHT = 20;

/**
 * The bubble around a cluster's count, centred on its cell: wide enough for
 * the digits, at least 24 px, and otherwise no wider than the cell. (A narrow
 * cell at the edge of the plot can leave half its bubble outside: moving it
 * in would cover its neighbour.)
 */
export function bubbleBox(c: Cluster, text: string): BubbleBox {
  // Whole pixels: each width gets a sprite, and a narrow edge cell must not make a new one every frame.
  const width = Math.round(Math.max(24, Math.min(c.right - c.left - 2, 10 + text.length * 7)));
  return { x: c.cx - width / 2, y: c.cy - BUBBLE_HEIGHT / 2, width, height: BUBBLE_HEIGHT };
}

/** The cluster under a point: its hit-test lives with the layout. */
export { clusterAt } from '../layout/hit-test.js';

/**
 * Draws cluster bubbles. Each bubble width (there are only a few: the width
 * follows the number of digits) is rasterized once per style and device pixel
 * ratio into a small sprite, then stamped with `drawImage`; the counts are
 * drawn as text on top. A zoom frame copies a few hundred bubbles instead of
 * filling and stroking each, and never allocates a canvas for a new count.
 */
export class ClusterPainter {
  /** Sprites per style (dropped with the style when the theme changes), then per width. */
  private _sprites = new WeakMap<ClusterStyle, Map<number, HTMLCanvasElement>>();
  private _dpr = 0;

  /**
   * Draws `clusters` with their `labels` (formatted counts, same order) on
   * `ctx`, over what it holds (clear it first); `offsetY` (lanes-area px) is
   * added to each cluster's y, and `dpr` is the canvas's pixel ratio. Leaves
   * the context's transform, alpha and text settings changed.
   */
  paint(
    ctx: CanvasRenderingContext2D,
    clusters: readonly Cluster[],
    labels: readonly string[],
    style: ClusterStyle,
    offsetY: number,
    dpr: number,
    direction: 'ltr' | 'rtl',
  ): void {
    if (!clusters.length) return;
    if (dpr !== this._dpr) {
      this._sprites = new WeakMap();
      this._dpr = dpr;
    }
    let sprites = this._sprites.get(style);
    if (!sprites) this._sprites.set(style, (sprites = new Map()));
    // The stroke reaches half its width outside the box.
    const pad = Math.ceil(style.strokeWidth / 2 + 1);
    const boxes = clusters.map((c, i) => bubbleBox(c, labels[i]!));
    // No save() and restore(): every setting this needs is set here, each frame.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    for (const box of boxes) {
      // Whole device pixels, so the sprite is copied, not resampled.
      const sprite = this._sprite(sprites, box.width, style, pad, dpr);
      ctx.drawImage(sprite, Math.round((box.x - pad) * dpr), Math.round((box.y + offsetY - pad) * dpr));
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    setTextStyle(ctx, style, direction);
    boxes.forEach((b, i) => drawCount(ctx, b, labels[i]!, style, offsetY));
  }

  /** Sprites kept for `style` (for tests). */
  spritesOf(style: ClusterStyle): number {
    return this._sprites.get(style)?.size ?? 0;
  }

  private _sprite(
    sprites: Map<number, HTMLCanvasElement>,
    width: number,
    style: ClusterStyle,
    pad: number,
    dpr: number,
  ): HTMLCanvasElement {
    let sprite = sprites.get(width);
    if (sprite) return sprite;
    sprite = document.createElement('canvas');
    sprite.width = Math.ceil((width + 2 * pad) * dpr);
    sprite.height = Math.ceil((BUBBLE_HEIGHT + 2 * pad) * dpr);
    const ctx = sprite.getContext('2d')!;
    ctx.scale(dpr, dpr);
    drawBubbleShape(ctx, { x: pad, y: pad, width, height: BUBBLE_HEIGHT }, style);
    sprites.set(width, sprite);
    return sprite;
  }
}

/** A bubble's filled and outlined shape, in `ctx`'s current coordinates. */
function drawBubbleShape(ctx: CanvasRenderingContext2D, b: BubbleBox, style: ClusterStyle): void {
  ctx.save();
  ctx.globalAlpha = style.opacity;
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.width, b.height, b.height / 2);
  ctx.fillStyle = style.fill;
  ctx.fill();
  if (style.strokeWidth > 0) {
    ctx.lineWidth = style.strokeWidth;
    ctx.strokeStyle = style.stroke;
    ctx.stroke();
  }
  ctx.restore();
}

function setTextStyle(ctx: CanvasRenderingContext2D, style: ClusterStyle, direction: 'ltr' | 'rtl'): void {
  ctx.globalAlpha = style.opacity;
  ctx.fillStyle = style.textFill;
  ctx.font = style.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.direction = direction;
}

/** A count centred in its bubble: as SVG text with dy="0.35em", the baseline 0.35em below the centre. */
function drawCount(
  ctx: CanvasRenderingContext2D,
  b: BubbleBox,
  label: string,
  style: ClusterStyle,
  offsetY: number,
): void {
  ctx.fillText(label, b.x + b.width / 2, b.y + offsetY + b.height / 2 + style.fontSize * 0.35);
}
