/**
 * A standalone SVG of what the vertical story shows: the slice of the story
 * inside the viewport (the axis, its ticks, breaks and eras, the pins and
 * leaders, the cards and an open card's details), read from the live DOM.
 * Boxes become rectangles with their background and border, each line of
 * text a `<text>` at the place the browser laid it out (wrapped titles keep
 * their lines, RTL its side), and SVG (pins, kind symbols) is cloned with its
 * computed styles inlined.
 */
import { inlineStyles, serialize, shape } from './export-svg.js';

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
  return serialize(root);
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
  if (!off && el.classList.contains('story-break')) breakMarks(el, r, out, slice);
  if (cs.writingMode.startsWith('vertical')) {
    if (!off) sidewaysText(el, r, cs, out, slice);
    return;
  }
  // Lit's comment markers sit between the nodes: the first and last text nodes carry the ::before and ::after.
  const texts = [...el.childNodes].filter((n): n is Text => n instanceof Text && !!n.data.trim());
  for (const node of el.childNodes) {
    if (node instanceof Element) paint(node, out, slice);
    else if (node.nodeType === Node.TEXT_NODE) {
      const before = node === texts[0] ? generated(el, '::before') : null;
      const after = node === texts.at(-1) ? generated(el, '::after') : null;
      text(node as Text, cs, out, slice, before, after);
    }
  }
}

/** Text that CSS adds before or after an element's content (a string, or a `<q>`'s quotation marks), and its style. */
interface Generated {
  text: string;
  cs: CSSStyleDeclaration;
}

function generated(el: Element, pseudo: '::before' | '::after'): Generated | null {
  const cs = getComputedStyle(el, pseudo);
  const content = cs.content;
  if (!content || content === 'none' || content === 'normal' || cs.display === 'none') return null;
  const marks = quoteMarks(getComputedStyle(el));
  const text = [...content.matchAll(/"((?:[^"\\]|\\.)*)"|(open-quote)|(close-quote)/g)]
    .map((m) => (m[2] ? marks[0] : m[3] ? marks[1] : m[1]!.replace(/\\(.)/g, '$1')))
    .join('');
  return text ? { text, cs } : null;
}

/** A box's background and border, as a rectangle (its top-start corner radius for all corners), and a thicker
 * side border (a card's kind colour) as a bar. */
function box(r: DOMRect, cs: CSSStyleDeclaration, out: Element, slice: Slice): void {
  const fill = cs.backgroundColor;
  const border = parseFloat(cs.borderTopWidth) || 0;
  const stroke = border ? cs.borderTopColor : '';
  const [x, y] = [r.left - slice.left, r.top - slice.top];
  if (!TRANSPARENT.test(fill) || (border && !TRANSPARENT.test(stroke))) {
    const inset = border / 2;
    out.append(
      shape('rect', {
        ...{ x: x + inset, y: y + inset, width: Math.max(0, r.width - border), height: Math.max(0, r.height - border) },
        rx: parseFloat(cs.borderTopLeftRadius) || 0,
        fill: TRANSPARENT.test(fill) ? 'none' : fill,
        ...(border ? { stroke, 'stroke-width': border } : {}),
      }),
    );
  }
  for (const side of ['Left', 'Right'] as const) {
    const w = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
    const color = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
    if (w <= border || TRANSPARENT.test(color)) continue;
    out.append(shape('rect', { x: side === 'Left' ? x : x + r.width - w, y, width: w, height: r.height, fill: color }));
  }
}

/** A text node, one `<text>` per line the browser broke it into (words grouped by their line box). */
function text(
  node: Text,
  cs: CSSStyleDeclaration,
  out: Element,
  slice: Slice,
  before: Generated | null,
  after: Generated | null,
): void {
  const range = document.createRange();
  const lines: { top: number; bottom: number; left: number; right: number; words: string[] }[] = [];
  for (const m of node.data.matchAll(/\S+/g)) {
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
    const y = (l.top + l.bottom) / 2 - slice.top;
    const [start, end] = rtl ? [l.right, l.left] : [l.left, l.right];
    out.append(textAt(transformed(l.words.join(' '), cs), start - slice.left, y, cs, 'start'));
    // Generated text ends where the line starts, or starts where it ends.
    if (i === 0 && before)
      out.append(textAt(transformed(before.text, before.cs), start - slice.left, y, before.cs, 'end'));
    if (i === lines.length - 1 && after)
      out.append(textAt(transformed(after.text, after.cs), end - slice.left, y, after.cs, 'start'));
  });
}

/** A vertical line of text (an era's name, read bottom to top or top to bottom), centred in its box. */
function sidewaysText(el: Element, r: DOMRect, cs: CSSStyleDeclaration, out: Element, slice: Slice): void {
  const value = transformed((el.textContent ?? '').replace(/\s+/g, ' ').trim(), cs);
  if (!value) return;
  const [cx, cy] = [r.left + r.width / 2 - slice.left, r.top + r.height / 2 - slice.top];
  // vertical-rl turns the text clockwise; a CSS rotate(180deg) on top turns it back the other way.
  const turned = cs.transform !== 'none' && new DOMMatrix(cs.transform).a < 0;
  const t = textAt(value, 0, 0, cs, 'middle');
  t.setAttribute('transform', `translate(${cx},${cy}) rotate(${turned ? -90 : 90})`);
  out.append(t);
}

/** The cut of a compressed gap: two slashes across the axis, the axis hidden between them. */
function breakMarks(el: Element, r: DOMRect, out: Element, slice: Slice): void {
  const cs = getComputedStyle(el, '::before');
  const host = getComputedStyle(el);
  const width = parseFloat(cs.width) || 14;
  const offset = host.direction === 'rtl' ? r.width - (parseFloat(cs.right) || 0) - width : parseFloat(cs.left) || 0;
  const left = r.left - slice.left + offset;
  const [top, bottom] = [r.top - slice.top, r.bottom - slice.top];
  const g = shape('g', { stroke: host.color, 'stroke-width': 1.2 });
  g.append(
    shape('rect', {
      x: left + width / 2 - 2,
      y: top + 7,
      width: 4,
      height: Math.max(0, r.height - 14),
      fill: surface(el),
    }),
  );
  for (const y of [top + 4, bottom - 4]) g.append(shape('line', { x1: left, y1: y + 2, x2: left + width, y2: y - 2 }));
  out.append(g);
}

/** The story's surface colour, which covers the axis inside a break. */
function surface(el: Element): string {
  return getComputedStyle(el).getPropertyValue('--_surface').trim() || '#fff';
}

/** `value` as CSS `text-transform` shows it. */
function transformed(value: string, cs: CSSStyleDeclaration): string {
  const lang = cs.getPropertyValue('-webkit-locale').replace(/"/g, '') || undefined;
  if (cs.textTransform === 'uppercase') return value.toLocaleUpperCase(lang === 'auto' ? undefined : lang);
  if (cs.textTransform === 'lowercase') return value.toLocaleLowerCase(lang === 'auto' ? undefined : lang);
  return value;
}

/** One `<text>` in the style of `cs`, anchored at `x` by its `anchor` edge (in its own direction). */
function textAt(value: string, x: number, y: number, cs: CSSStyleDeclaration, anchor: string): Element {
  const t = shape('text', {
    x,
    y,
    'dominant-baseline': 'central',
    'text-anchor': anchor,
    direction: cs.direction,
    fill: cs.color,
  });
  // A CSSOM write: a strict Content Security Policy blocks setAttribute('style').
  t.style.font = cs.font;
  t.style.unicodeBidi = 'plaintext';
  t.style.whiteSpace = 'pre';
  t.textContent = value;
  return t;
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
