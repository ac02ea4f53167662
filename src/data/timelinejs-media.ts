/**
 * A TimelineJS slide's media and background as what our format can hold: an
 * image stays the event's image; everything TimelineJS would embed (a video, a
 * tweet, a map, a document, any page that is not an image file) becomes a link
 * whose label says what it is. Nothing is ever embedded, and URL safety is left
 * to normalize(), which drops any link that is not http(s) with a warning.
 */
import { htmlToText } from './html-text.js';
import type { ProblemCode } from './problems.js';
import type { EventLink, EventMedia } from './types.js';

type Report = (code: ProblemCode, field: string | null, detail: string) => void;

/** What a slide's media and background give an event. */
export interface SlideMedia {
  /** The image for the details panel. */
  media?: EventMedia;
  /** Embeds, click-through links and background images. */
  links: EventLink[];
  /** The media's caption as text (a title for a slide that has none). */
  caption: string;
  /** The text of an embedded quote or tweet (`<blockquote>` media). */
  quote: string;
  /** The background colour, as given (normalize() checks its syntax). */
  color?: string;
}

const IMAGE_FILE = /\.(jpe?g|png|gif|svg|webp|avif|bmp)$/i;

/**
 * What TimelineJS embeds, by host (a host matches itself and its subdomains)
 * or, with a leading `.`, by file extension; the first match names the link.
 * After TimelineJS's own list (src/js/media/MediaType.js).
 */
const KINDS: ReadonlyArray<[string, RegExp]> = [
  [
    'Video',
    /^(youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com|dailymotion\.com|vine\.co|wistia\.com|wi\.st)$|\.(mp4|webm|mov|m4v|ogv)$/,
  ],
  ['Audio', /^(soundcloud\.com|spotify\.com)$|\.(mp3|wav|m4a|ogg|oga|flac)$/],
  ['Tweet', /^(twitter\.com|x\.com)$/],
  ['Map', /^(maps\.google\.[a-z.]+|openstreetmap\.org)$/],
  ['Document', /^(documentcloud\.org|docs\.google\.com|drive\.google\.com)$|\.(pdf|docx?|pptx?|xlsx?)$/],
  ['Wikipedia', /^[a-z-]*\.?wikipedia\.org$/],
  ['Instagram', /^(instagram\.com|instagr\.am)$/],
  ['Image', /^(flickr\.com|flic\.kr|imgur\.com)$/],
];

/** The host of an absolute or protocol-relative URL, lower-case, without `www.`, port or credentials. */
function hostOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^/?#@\s]*@)?([^/?#:\s]+)/i.exec(url.slice(0, 300));
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : '';
}

/** What kind of media a URL is, after {@link KINDS}; `Media` when nothing says. */
function kindOf(url: string): string {
  const host = hostOf(url);
  const head = url.slice(0, 300);
  // Pages known by their path: Google Maps under google.<tld>/maps, and wiki pages (a File: page ends in .jpg).
  if (/^google\.[a-z.]+$/.test(host) && /^(?:[a-z]+:)?\/\/[^/]+\/maps\b/i.test(head)) return 'Map';
  if (/(^|\.)wiki(pedia|media)\.org$/.test(host) && /^(?:[a-z]+:)?\/\/[^/]+\/wiki\//i.test(head)) return 'Wikipedia';
  const ext = /\.[a-z0-9]{1,5}$/.exec(url.split(/[?#]/, 1)[0]!.toLowerCase())?.[0] ?? '';
  const parent = host.replace(/^[^.]+\./, '');
  return KINDS.find(([, re]) => re.test(host) || re.test(parent) || (ext !== '' && re.test(ext)))?.[0] ?? 'Media';
}

/** A link's label: `Video: <caption or host>`, with the credit, at most 160 characters. */
function label(kind: string, url: string, caption: string, credit: string): string {
  let s = `${kind}: ${caption || hostOf(url) || url}`;
  if (credit) s += ` (${credit})`;
  return s.length > 160 ? `${s.slice(0, 159).trimEnd()}…` : s;
}

/**
 * A URL as given, made absolute when TimelineJS would: `//host/…` and
 * `youtu.be/…` (TimelineJS's media hosts work without a scheme) become https.
 */
function absolute(url: string): string {
  if (url.startsWith('//')) return `https:${url}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || !/^[\w-]+(\.[\w-]+)+\//.test(url.slice(0, 300))) return url;
  return kindOf(`https://${url}`) === 'Media' ? url : `https://${url}`;
}

/** The `src` of an iframe, or the status link of an embedded tweet, in embed markup. */
function embedUrl(html: string): string | null {
  const attrs = [
    ...html.slice(0, 100_000).matchAll(/\s(src|href)\s*=\s*(?:"([^"]{0,2000})"|'([^']{0,2000})'|([^\s>"']{1,2000}))/gi),
  ];
  const urls = attrs.map((a) => [a[1]!.toLowerCase(), (a[2] ?? a[3] ?? a[4] ?? '').trim()] as const);
  const src = urls.find(([name, u]) => name === 'src' && /^(https?:)?\/\//i.test(u) && !/\.js(\?|$)/i.test(u));
  if (src) return absolute(src[1]);
  const status = urls.filter(([, u]) => /^https?:\/\/(www\.)?(twitter|x)\.com\/[^/]+\/status\//i.test(u)).pop();
  return status ? status[1] : null;
}

/** Text of an HTML field; numbers are accepted, anything else is empty. */
export function html(v: unknown): string {
  if (typeof v === 'string') return htmlToText(v);
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A slide's `media` and `background`: an image file is the event's image;
 * `media.link` (where TimelineJS makes the image lead) and any other media
 * become links; embed markup gives its iframe's or tweet's URL as a link and
 * its text as `quote`; a thumbnail stands in as the image of media that is not
 * one; a background image is a link, a background colour the event's `color`.
 */
export function slideMedia(m: unknown, background: unknown, report: Report): SlideMedia {
  const out: SlideMedia = { links: [], caption: '', quote: '' };
  if (isObject(m) && typeof m.url === 'string' && m.url.trim() !== '') {
    const url = m.url.trim();
    const caption = html(m.caption);
    const credit = html(m.credit);
    out.caption = caption;
    const image = (src: string): EventMedia => {
      const media: EventMedia = { url: src };
      if (caption) media.caption = caption;
      if (credit) media.credit = credit;
      return media;
    };
    if (url.startsWith('<')) {
      const src = embedUrl(url);
      out.quote = htmlToText(url);
      if (src)
        out.links.push({
          url: src,
          label: label(kindOf(src) === 'Media' ? 'Embed' : kindOf(src), src, caption, credit),
        });
      else if (!out.quote)
        report('unsupported-media', 'media.url', 'the embed markup holds no link or text; it is dropped');
    } else {
      const abs = absolute(url);
      const kind = kindOf(abs);
      if (kind === 'Media' && IMAGE_FILE.test(abs.split(/[?#]/, 1)[0]!)) out.media = image(url);
      else out.links.push({ url: abs, label: label(kind, abs, caption, credit) });
    }
    const thumb = typeof m.thumbnail === 'string' ? m.thumbnail.trim() : '';
    if (!out.media && IMAGE_FILE.test(thumb.split(/[?#]/, 1)[0]!)) out.media = image(thumb);
    const link = typeof m.link === 'string' ? m.link.trim() : '';
    if (link) out.links.push({ url: absolute(link), label: label('Link', link, caption, '') });
  }
  if (isObject(background)) {
    const url = typeof background.url === 'string' ? background.url.trim() : '';
    if (url) out.links.push({ url: absolute(url), label: label('Background image', url, html(background.alt), '') });
    const color = typeof background.color === 'string' ? background.color.trim() : '';
    if (color) out.color = color;
  }
  return out;
}
