/**
 * A standalone SVG of what the plot shows: the live SVG cloned with its
 * computed styles inlined (so it renders anywhere, without our stylesheet),
 * text kept as text, and what canvases draw (density bands, cluster bubbles)
 * copied in as SVG shapes.
 */
import type { BubbleBox, ClusterStyle } from './clusters.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

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
  'mask-origin',
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

/**
 * Serializes `plot`, with `bars` (the density bands), `bubbles` (the clusters) and `axis` (the time axis, drawn in
 * an SVG of its own over the plot's first rows), into a standalone SVG document.
 */
export function exportSvg(
  plot: SVGSVGElement,
  bars: readonly DensityBar[],
  background: string,
  bubbles: readonly ExportBubble[] = [],
  axis: Element | null = null,
): string {
  const width = plot.width.baseVal.value || plot.getBoundingClientRect().width;
  const height = plot.height.baseVal.value || plot.getBoundingClientRect().height;
  const clone = plot.cloneNode(true) as SVGSVGElement;
  const source = [plot, ...plot.querySelectorAll('*')] as Element[];
  const copies = [clone, ...clone.querySelectorAll('*')] as Element[];
  inlineStyles(source, copies);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('class');
  clone.insertBefore(shape('rect', { width: '100%', height: '100%', fill: background }), clone.firstChild);
  if (bars.length) {
    const g = shape('g', { class: 'density' });
    for (const b of bars)
      g.append(
        shape('rect', { x: b.x, y: b.y, width: b.width, height: b.height, fill: b.fill, 'fill-opacity': b.opacity }),
      );
    // Above the lane bands, below the marks, as on screen.
    clone.insertBefore(g, clone.querySelector('.marks'));
  }
  if (bubbles.length) {
    const g = shape('g', { class: 'clusters' });
    for (const { x, y, width, height, text, style } of bubbles) {
      const count = shape('text', {
        x: x + width / 2,
        y: y + height / 2,
        dy: '0.35em',
        'text-anchor': 'middle',
        fill: style.textFill,
      });
      // A CSSOM write, as above: the font shorthand as the canvas drew it.
      count.style.font = style.font;
      count.textContent = text;
      const bubble = shape('g', { opacity: style.opacity });
      bubble.append(
        shape('rect', {
          x,
          y,
          width,
          height,
          rx: height / 2,
          fill: style.fill,
          stroke: style.stroke,
          'stroke-width': style.strokeWidth,
        }),
        count,
      );
      g.append(bubble);
    }
    clone.insertBefore(g, clone.querySelector('.marks'));
  }
  if (axis) {
    const copy = axis.cloneNode(true) as Element;
    inlineStyles([axis, ...axis.querySelectorAll('*')], [copy, ...copy.querySelectorAll('*')]);
    clone.append(copy);
  }
  return serialize(clone);
}

/**
 * `node` as XML text. Text from data may hold characters XML 1.0 cannot carry (NUL and other C0 controls,
 * U+FFFE/U+FFFF, lone surrogates), which the serializer copies through and which make the document
 * unreadable: they are dropped (lone surrogates become U+FFFD, as UTF-8 encoding would make them).
 */
export function serialize(node: Node): string {
  return new XMLSerializer()
    .serializeToString(node)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Copies each of `source`'s computed styles onto the same element of `copies` (a clone of it), and hides what is
 * hidden on screen (focus rings, hit areas); drops the attributes only the live element needs. */
export function inlineStyles(source: readonly Element[], copies: readonly Element[]): void {
  source.forEach((el, i) => {
    const copy = copies[i]!;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') {
      copy.setAttribute('display', 'none');
      return;
    }
    const style = STYLE_PROPS.filter((p) => p !== 'mask-origin' || cs.maskImage !== 'none')
      .map((p) => `${p}:${cs.getPropertyValue(p)}`)
      .join(';');
    // A CSSOM write: a strict Content Security Policy blocks setAttribute('style').
    (copy as SVGElement).style.cssText = style;
    for (const a of ['tabindex', 'role', 'aria-label', 'aria-selected', 'part', 'data-key']) copy.removeAttribute(a);
  });
}

/** An SVG element with `attributes`. */
export function shape(tag: string, attributes: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
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
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
