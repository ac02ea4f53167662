/**
 * HTML → plain text without a DOM, for TimelineJS's HTML text fields.
 *
 * A single forward scan, loosely following the HTML tokenizer: every search
 * moves forward and nothing is rescanned, so it stays linear on hostile input
 * (no regex here can backtrack over more than one character class run).
 * Nothing is ever executed or fetched: tags, attributes and the content of
 * script-like elements are simply skipped.
 */

import { decodeEntities } from './html-entities.js';

/** Elements whose content is raw text, skipped up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title']);
/** Elements dropped with everything inside them (their content is markup, so nesting is counted). */
const DROP_WITH_CONTENT = new Set(['template', 'svg', 'math', 'object', 'audio', 'video', 'canvas', 'select', 'head']);
/** Block elements that end a paragraph: a blank line around them. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
  'hr',
  'figure',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'main',
  'address',
  'details',
  'fieldset',
  'form',
]);
/** Block elements that only start a new line. */
const LINE = new Set(['div', 'li', 'dt', 'dd', 'tr', 'caption', 'figcaption', 'summary', 'legend']);
const CELL = new Set(['td', 'th']);

/**
 * Reduces HTML to plain text: tags dropped, script-like elements dropped with
 * their content, comments dropped, `<br>` and block boundaries turned into line
 * breaks (at most one blank line in a row), whitespace collapsed as a browser
 * would, entities decoded, and the result trimmed.
 *
 * A decoded `&lt;` that would start a tag (`<` before a letter, `/`, `!` or
 * `?`) is followed by a zero-width space, so the text stays inert even if a
 * consumer wrongly renders it as HTML.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string') return '';
  const out = new TextWriter();
  const n = html.length;
  let dropDepth = 0; // inside DROP_WITH_CONTENT elements
  let dropName = '';
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      if (dropDepth === 0) out.text(html.slice(i));
      break;
    }
    if (lt > i && dropDepth === 0) out.text(html.slice(i, lt));
    const c = html.charCodeAt(lt + 1);

    if (html.startsWith('!--', lt + 1)) {
      i = skipComment(html, lt + 4);
    } else if (c === 33 /* ! */ || c === 63 /* ? */) {
      i = skipPast(html, '>', lt + 2); // doctype, CDATA, processing instruction: bogus comments
    } else if (c === 47 /* / */) {
      const d = html.charCodeAt(lt + 2);
      if (isAlpha(d)) {
        const nameEnd = tagNameEnd(html, lt + 2);
        const name = html.slice(lt + 2, nameEnd).toLowerCase();
        i = skipAttributes(html, nameEnd).end;
        if (dropDepth > 0) {
          if (name === dropName) dropDepth--;
        } else out.endTag(name);
      } else if (d === 62 /* > */) {
        i = lt + 3; // "</>" is dropped
      } else if (lt + 2 >= n) {
        if (dropDepth === 0) out.text('</');
        i = n;
      } else {
        i = skipPast(html, '>', lt + 2); // "</ x>" is a bogus comment
      }
    } else if (isAlpha(c)) {
      const nameEnd = tagNameEnd(html, lt + 1);
      const name = html.slice(lt + 1, nameEnd).toLowerCase();
      const { end, selfClosing } = skipAttributes(html, nameEnd);
      i = end;
      if (i >= n) break; // end of input inside a tag: the tag is dropped
      if (RAW_TEXT.has(name)) {
        i = skipRawText(html, name, i);
      } else if (dropDepth > 0) {
        if (name === dropName && !selfClosing) dropDepth++;
      } else if (DROP_WITH_CONTENT.has(name)) {
        if (!selfClosing) {
          dropDepth = 1;
          dropName = name;
        }
      } else out.startTag(name);
    } else {
      // "a < b", "<3", or "<" at the very end: a literal "<".
      if (dropDepth === 0) out.raw('<');
      i = lt + 1;
    }
  }
  return out.toString();
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** Index just past the next `needle` at or after `from`, or the end of input. */
function skipPast(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at < 0 ? html.length : at + needle.length;
}

/** `from` is just after `<!--`. Handles the abrupt `<!-->` and `<!--->` and the `--!>` closer. */
function skipComment(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  const re = /--!?>/g;
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : html.length;
}

function tagNameEnd(html: string, from: number): number {
  let p = from;
  while (p < html.length) {
    const c = html.charCodeAt(p);
    if (isSpace(c) || c === 47 /* / */ || c === 62 /* > */) break;
    p++;
  }
  return p;
}

/**
 * Skips a tag's attributes from `from` to just past its `>`, honouring quoted
 * values (so `title="a>b"` does not end the tag). `end` is the input length
 * when the tag never closes.
 */
function skipAttributes(html: string, from: number): { end: number; selfClosing: boolean } {
  const n = html.length;
  let p = from;
  while (p < n) {
    const c = html.charCodeAt(p);
    if (c === 62 /* > */) return { end: p + 1, selfClosing: html.charCodeAt(p - 1) === 47 };
    if (isSpace(c) || c === 47) {
      p++;
      continue;
    }
    // Attribute name (a leading "=" belongs to it, as in the HTML tokenizer).
    p++;
    while (p < n) {
      const d = html.charCodeAt(p);
      if (isSpace(d) || d === 47 || d === 62 || d === 61 /* = */) break;
      p++;
    }
    while (p < n && isSpace(html.charCodeAt(p))) p++;
    if (html.charCodeAt(p) !== 61) continue;
    p++;
    while (p < n && isSpace(html.charCodeAt(p))) p++;
    const q = html.charCodeAt(p);
    if (q === 34 || q === 39) {
      const close = html.indexOf(q === 34 ? '"' : "'", p + 1);
      if (close < 0) return { end: n, selfClosing: false };
      p = close + 1;
    } else {
      while (p < n) {
        const d = html.charCodeAt(p);
        if (isSpace(d) || d === 62) break;
        p++;
      }
    }
  }
  return { end: n, selfClosing: false };
}

const rawTextEnds = new Map<string, RegExp>();

/** Skips a raw-text element's content and its end tag; an unclosed one runs to the end of input. */
function skipRawText(html: string, name: string, from: number): number {
  let re = rawTextEnds.get(name);
  if (!re) {
    re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    rawTextEnds.set(name, re);
  }
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return html.length;
  return skipAttributes(html, m.index + 2 + name.length).end;
}

/** Collects text, collapsing whitespace and line breaks as it goes. */
class TextWriter {
  private readonly parts: string[] = [];
  private space = false;
  private breaks = 0;
  private started = false;
  private last = '';

  text(s: string): void {
    // Collapse source whitespace before decoding, so `&#10;` survives as a real newline.
    const t = decodeEntities(s.replace(/[\t\n\f\r ]+/g, ' '));
    if (t === '') return;
    const lead = t.charCodeAt(0) === 32;
    const trail = t.length > 1 && t.charCodeAt(t.length - 1) === 32;
    const core = t.slice(lead ? 1 : 0, trail ? -1 : undefined);
    if (lead) this.space = true;
    if (core !== '' && core !== ' ') this.raw(core);
    if (trail || core === ' ') this.space = true;
  }

  /** Appends text as is (already decoded), after any pending space or line breaks. */
  raw(s: string): void {
    if (this.started) {
      if (this.breaks > 0) this.push(this.breaks > 1 ? '\n\n' : '\n');
      else if (this.space) this.push(' ');
    }
    this.push(s);
    this.started = true;
    this.breaks = 0;
    this.space = false;
  }

  startTag(name: string): void {
    if (name === 'br') this.lineBreak(Math.min(2, this.breaks + 1));
    else this.boundary(name);
  }

  endTag(name: string): void {
    if (name === 'br')
      this.lineBreak(Math.min(2, this.breaks + 1)); // browsers treat </br> as <br>
    else this.boundary(name);
  }

  private boundary(name: string): void {
    if (PARAGRAPH.has(name)) this.lineBreak(Math.max(2, this.breaks));
    else if (LINE.has(name)) this.lineBreak(Math.max(1, this.breaks));
    else if (CELL.has(name)) this.space = true;
  }

  private lineBreak(n: number): void {
    if (!this.started) return; // leading breaks are trimmed
    this.breaks = n;
    this.space = false;
  }

  private push(s: string): void {
    // Never let a "<" from one piece and a letter from the next form a tag.
    if (this.last === '<' && /^[A-Za-z!/?]/.test(s)) this.parts.push('\u200B');
    this.parts.push(s);
    this.last = s[s.length - 1]!;
  }

  toString(): string {
    // Only ASCII spaces were collapsed; an edge &nbsp; goes too, as String.prototype.trim would.
    return this.parts.join('').trim();
  }
}
