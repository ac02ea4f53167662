/**
 * A standalone SVG of what the plot shows: the live SVG cloned with its
 * computed styles inlined (so it renders anywhere, without our stylesheet),
 * text kept as text, and what canvases draw (density bands, cluster bubbles)
 * copied in as SVG shapes.
 */
import type { BubbleBox, ClusterStyle } from './clusters.js';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'mask-image',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-transform',
  'text-decoration',
  'direction',
  'unicode-bidi',
] as const;

export interface DensityBar {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  opacity: number;
}

/** A cluster bubble in plot coordinates, with its count and resolved style. */
export interface ExportBubble extends BubbleBox {
  text: string;
  style: ClusterStyle;
}

/** Serializes `plot`, with `bars` (the density bands) and `bubbles` (the clusters), into a standalone SVG document. */
export function exportSvg(plot: SVGSVGElement, bars: readonly DensityBar[], background: string, bubbles: readonly ExportBubble[] = []): string {
  const width = plot.width.baseVal.value || plot.getBoundingClientRect().width;
  const height = plot.height.baseVal.value || plot.getBoundingClientRect().height;
  const clone = plot.cloneNode(true) as SVGSVGElement;
  const source = [plot, ...plot.querySelectorAll('*')] as Element[];
  const copies = [clone, ...clone.querySelectorAll('*')] as Element[];
  source.forEach((el, i) => {
    const copy = copies[i]!;
    const cs = getComputedStyle(el);
    // Hidden things (focus rings, hit areas) stay out of the picture.
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') {
      copy.setAttribute('display', 'none');
      return;
    }
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    // A CSSOM write: a strict Content Security Policy blocks setAttribute('style').
    (copy as SVGElement).style.cssText = style;
    for (const a of ['tabindex', 'role', 'aria-label', 'aria-selected', 'part', 'data-key']) copy.removeAttribute(a);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('class');
  const ns = 'http://www.w3.org/2000/svg';
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  clone.insertBefore(bg, clone.firstChild);
  if (bars.length) {
    const g = document.createElementNS(ns, 'g');
    g.setAttribute('class', 'density');
    for (const b of bars) {
      const r = document.createElementNS(ns, 'rect');
      r.setAttribute('x', String(b.x));
      r.setAttribute('y', String(b.y));
      r.setAttribute('width', String(b.width));
      r.setAttribute('height', String(b.height));
      r.setAttribute('fill', b.fill);
      r.setAttribute('fill-opacity', String(b.opacity));
      g.append(r);
    }
    // Above the lane bands, below the marks, as on screen.
    clone.insertBefore(g, clone.querySelector('.marks'));
  }
  if (bubbles.length) {
    const g = document.createElementNS(ns, 'g');
    g.setAttribute('class', 'clusters');
    for (const b of bubbles) {
      const bubble = document.createElementNS(ns, 'g');
      bubble.setAttribute('opacity', String(b.style.opacity));
      const r = document.createElementNS(ns, 'rect');
      for (const [k, v] of [['x', b.x], ['y', b.y], ['width', b.width], ['height', b.height], ['rx', b.height / 2], ['fill', b.style.fill], ['stroke', b.style.stroke], ['stroke-width', b.style.strokeWidth]] as const) r.setAttribute(k, String(v));
      const t = document.createElementNS(ns, 'text');
      t.setAttribute('x', String(b.x + b.width / 2));
      t.setAttribute('y', String(b.y + b.height / 2));
      t.setAttribute('dy', '0.35em');
      t.setAttribute('text-anchor', 'middle');
      t.setAttribute('fill', b.style.textFill);
      // A CSSOM write, as above: the font shorthand as the canvas drew it.
      t.style.font = b.style.font;
      t.textContent = b.text;
      bubble.append(r, t);
      g.append(bubble);
    }
    clone.insertBefore(g, clone.querySelector('.marks'));
  }
  return new XMLSerializer().serializeToString(clone);
}

/**
 * Rasterizes an SVG document into a PNG at `scale` times its size. The image
 * loads from a data: URL, which a strict policy allows with `img-src data:`
 * (blob: would need its own grant).
 */
export async function svgToPng(svgText: string, scale: number): Promise<Blob> {
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  const img = new Image();
  img.src = url;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(img.naturalWidth * scale);
  canvas.height = Math.ceil(img.naturalHeight * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
