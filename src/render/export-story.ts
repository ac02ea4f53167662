/**
 * A standalone SVG of what the vertical story shows: the slice of the story
 * inside the viewport (the axis, its ticks, breaks and eras, the pins and
 * leaders, the cards and an open card's details), read from the live DOM.
 * Boxes become rectangles with their background and border, each line of
 * text a `<text>` at the place the browser laid it out (wrapped titles keep
 * their lines, RTL its side), and SVG (pins, kind symbols) is cloned with its
 * computed styles inlined.
 */
import { inlineStyles, shape } from './export-svg.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TRANSPARENT = /^(transparent|rgba\(0, 0, 0, 0\))$/;

/** Where the slice lies: the story box's client rect and the viewport rows [top, bottom) taken from it. */
interface Slice {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Serializes the part of `story` (the `.story` box) between story px `y0` and `y1` into an SVG document. */
export function exportStory(story: HTMLElement, y0: number, y1: number, background: string): string {
  const box = story.getBoundingClientRect();
  const slice: Slice = { left: box.left, top: box.top + y0, width: Math.ceil(box.width), height: Math.ceil(y1 - y0) };
  const root = shape('svg', {
    xmlns: SVG_NS,
    width: slice.width,
    height: slice.height,
    viewBox: `0 0 ${slice.width} ${slice.height}`,
  });
  root.append(shape('rect', { width: '100%', height: '100%', fill: background }));
  paint(story, root, slice);
  return new XMLSerializer().serializeToString(root);
}

/** Paints `el` and its descendants, in document order (which is the story's stacking order), into `out`. */
function paint(el: Element, out: Element, slice: Slice): void {
  const cs = getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return;
  const r = el.getBoundingClientRect();
  // A visually hidden text for screen readers (clipped to a pixel).
  if (r.width <= 1 && r.height <= 1 && cs.overflow === 'hidden') return;
  // Boxes off the slice are not drawn, but their children may be on it (the cards' list holds absolutely
  // positioned cards and has no height of its own).
  const off = r.bottom < slice.top || r.top > slice.top + slice.height;
  if (el instanceof SVGSVGElement) {
    if (!off) out.append(cloneSvg(el, r, cs, slice));
    return;
  }
  if (!off) box(r, cs, out, slice);
  const quotes = el.localName === 'q' ? quoteMarks(cs) : null;
  const nodes = [...el.childNodes];
  nodes.forEach((node, i) => {
    if (node instanceof Element) paint(node, out, slice);
    else if (node.nodeType === Node.TEXT_NODE) {
      const open = quotes && i === 0 ? quotes[0] : '';
      const close = quotes && i === nodes.length - 1 ? quotes[1] : '';
      text(node as Text, cs, out, slice, open, close);
    }
  });
}

/** A box's background and border, as a rectangle (its top-start corner radius for all corners). */
function box(r: DOMRect, cs: CSSStyleDeclaration, out: Element, slice: Slice): void {
  const fill = cs.backgroundColor;
  const border = parseFloat(cs.borderTopWidth) || parseFloat(cs.borderInlineStartWidth) || 0;
  const stroke = border ? cs.borderTopColor : '';
  if (TRANSPARENT.test(fill) && (!border || TRANSPARENT.test(stroke))) return;
  const inset = border / 2;
  out.append(
    shape('rect', {
      x: r.left - slice.left + inset,
      y: r.top - slice.top + inset,
      width: Math.max(0, r.width - border),
      height: Math.max(0, r.height - border),
      rx: parseFloat(cs.borderTopLeftRadius) || 0,
      fill: TRANSPARENT.test(fill) ? 'none' : fill,
      ...(border ? { stroke, 'stroke-width': border } : {}),
    }),
  );
}

/** A text node, one `<text>` per line the browser broke it into (words grouped by their line box). */
function text(node: Text, cs: CSSStyleDeclaration, out: Element, slice: Slice, open: string, close: string): void {
  const value = node.data;
  if (!value.trim()) return;
  const range = document.createRange();
  const lines: { top: number; bottom: number; left: number; right: number; words: string[] }[] = [];
  for (const m of value.matchAll(/\S+/g)) {
    range.setStart(node, m.index!);
    range.setEnd(node, m.index! + m[0].length);
    const r = range.getBoundingClientRect();
    if (!r.width) continue;
    const line = lines.find((l) => Math.abs(l.top - r.top) < r.height / 2);
    if (line) {
      line.words.push(m[0]);
      [line.left, line.right] = [Math.min(line.left, r.left), Math.max(line.right, r.right)];
    } else lines.push({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, words: [m[0]] });
  }
  const rtl = cs.direction === 'rtl';
  lines.forEach((l, i) => {
    if (l.bottom < slice.top || l.top > slice.top + slice.height) return;
    let s = l.words.join(' ');
    if (i === 0) s = open + s;
    if (i === lines.length - 1) s += close;
    const t = shape('text', {
      x: (rtl ? l.right : l.left) - slice.left,
      y: (l.top + l.bottom) / 2 - slice.top,
      'dominant-baseline': 'central',
      'text-anchor': 'start',
      direction: cs.direction,
      fill: cs.color,
    });
    // A CSSOM write: a strict Content Security Policy blocks setAttribute('style').
    t.style.font = cs.font;
    t.style.unicodeBidi = 'plaintext';
    t.textContent = s;
    out.append(t);
  });
}

/** An inline SVG (a pin, a kind symbol) at its place, its styles inlined, with its CSS transform (RTL's mirror). */
function cloneSvg(el: SVGSVGElement, r: DOMRect, cs: CSSStyleDeclaration, slice: Slice): Element {
  const copy = el.cloneNode(true) as SVGSVGElement;
  inlineStyles([el, ...el.querySelectorAll('*')], [copy, ...copy.querySelectorAll('*')]);
  const [x, y] = [r.left - slice.left, r.top - slice.top];
  copy.setAttribute('x', String(x));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(r.width));
  copy.setAttribute('height', String(r.height));
  copy.setAttribute('overflow', 'visible');
  copy.removeAttribute('class');
  copy.removeAttribute('aria-hidden');
  if (cs.transform === 'none') return copy;
  const g = document.createElementNS(SVG_NS, 'g');
  const [cx, cy] = [x + r.width / 2, y + r.height / 2];
  g.setAttribute('transform', `translate(${cx},${cy}) ${cs.transform} translate(${-cx},${-cy})`);
  g.append(copy);
  return g;
}

/** The opening and closing marks a `<q>` shows (its `quotes`, else the typographic default). */
function quoteMarks(cs: CSSStyleDeclaration): [string, string] {
  const marks = [...cs.quotes.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
  return marks.length >= 2 ? [marks[0]!, marks[1]!] : ['\u201c', '\u201d'];
}
