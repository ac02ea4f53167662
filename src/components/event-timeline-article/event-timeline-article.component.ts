import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { RawDataset, RawEvent } from '../../data/types.js';
import {
  layoutArticle,
  mentionsInQuotes,
  mentionsOf,
  placeQuotes,
  type ArticleEvent,
  type ArticleParagraph,
  type PlacedMention,
  type PlacedQuote,
  type QuoteMiss,
  type TextRange,
} from '../../layout/article.js';
import { article } from '../../render/article.js';
import { articleStyles } from '../../render/article.styles.js';
import { themeTokens } from '../../render/theme.styles.js';
import { ArticleLinkController, type LinkedTimeline } from '../../controllers/article-link-controller.js';
import { ArticleTextController } from '../../controllers/article-text-controller.js';
import { ARTICLE_TRANSLATIONS, type ArticleStrings } from '../../i18n/article.js';

/** Fired when the reader activates an event's highlight in the article (its button, or a click on its words). */
export class EventTimelineArticleSelectEvent extends Event {
  static readonly eventName = 'event-timeline-article-select';
  constructor(readonly detail: { id: string }) {
    super(EventTimelineArticleSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The article a timeline was drawn from, beside it: the text with its paragraphs, each event's quote and each
 * date mention highlighted. Linked to an `<event-timeline>` by `for`, selecting an event in either shows it in
 * the other. The text is always shown as text, never as HTML.
 *
 * @summary The source article, with the timeline's quotes and dates highlighted and linked.
 *
 * @event event-timeline-article-select - The reader activated an event's highlight; the linked timeline selects
 *   it (and fires no event of its own for that). `detail: { id }`.
 *
 * @csspart text - The article's text: a `<p>` per paragraph (paragraphs are separated by blank lines).
 * @csspart quote - A stretch of an event's quote (a quote is cut where it overlaps another, so one quote may be
 *   several parts). Also `selected` while its event is selected. Carries `data-event-id` of the innermost event.
 * @csspart mention - A date mention: the words that date an event (also `selected` with it).
 * @csspart event - The button before each event's quote, with the event's kind symbol: its keyboard stop, in
 *   reading order, named with the event's title and date words. Carries `data-event-id`; also `selected`.
 * @csspart state - The loading, empty or error message.
 * @csspart problems - Says how many events' quotes could not be found in the text.
 *
 * @cssproperty --event-timeline-accent - Quote and mention highlights.
 * @cssproperty --event-timeline-selection - The selected event's highlight.
 * @cssproperty --event-timeline-focus - Focus ring.
 * @cssproperty --event-timeline-kind-visit - Colour of visits' symbols (and so on for each kind, as on
 *   `<event-timeline>`).
 */
export class EventTimelineArticle extends LitElement {
  static override styles = [themeTokens, articleStyles];

  /** The id of the `<event-timeline>` (in the same document or shadow root) whose events are highlighted. */
  @property({ attribute: 'for', reflect: true }) htmlFor: string | null = null;
  /**
   * URL of the article as plain text (never rendered as HTML). Without `src` or `text`, the linked timeline's
   * dataset names the file (`source.file`), read beside the timeline's own `src`.
   */
  @property({ reflect: true }) src: string | null = null;
  /** The article's text; wins over `src`. */
  @property({ attribute: false }) text: string | null = null;
  /**
   * Date mentions to highlight, as offsets in the text (e.g. from `findDates` of `event-timeline/derive`). Null
   * (the default): each event's date words (`dateText`) where its own quote says them.
   */
  @property({ attribute: false }) mentions: readonly TextRange[] | null = null;
  /** The selected event's id: follows the linked timeline, and is set when the reader activates a highlight. */
  @property({ reflect: true }) selected: string | null = null;
  /** BCP 47 locale of the interface strings (the highlights' names, messages). Default: the nearest `lang`. */
  @property() locale: string | null = null;

  readonly #text = new ArticleTextController(this);
  readonly #link = new ArticleLinkController(this, {
    target: () => this.htmlFor,
    loaded: (dataset, timeline) => this.#loaded(dataset, timeline),
    selected: (id) => {
      this.#reveal = id !== null && id !== this.selected;
      this.selected = id;
    },
  });
  #events: readonly ArticleEvent[] = [];
  #fallbackSrc: string | null = null;
  #paragraphs: ArticleParagraph[] = [];
  #missed: QuoteMiss[] = [];
  #reveal = false;
  /** The text the paragraphs were laid out from, and whether the events changed since. */
  #laidOut = '';
  #layoutStale = false;
  /** Whether the linked timeline's data has been read (until then, no text is not yet "no text"). */
  #linkedData = false;

  /** Events of the linked timeline whose quotes are not highlighted: no source offsets, or not in the text. */
  get missed(): readonly QuoteMiss[] {
    return this.#missed;
  }

  /** Resolves once the text has loaded (or failed to) and is drawn. */
  get renderComplete(): Promise<void> {
    return this.#text.settled.then(() => this.updateComplete).then(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const text = this.#text;
    text.follow(this.text, this.src ?? this.#fallbackSrc);
    if (text.text !== this.#laidOut || changed.has('mentions') || this.#layoutStale) {
      [this.#laidOut, this.#layoutStale] = [text.text, false];
      const { quotes, missed } = placeQuotes(text.text, this.#events);
      this.#missed = text.state === 'ready' ? missed : [];
      this.#paragraphs = layoutArticle(text.text, quotes, this.#mentions(quotes));
    }
  }

  protected override updated(): void {
    if (!this.#reveal || !this.selected) return;
    this.#reveal = false;
    const id = CSS.escape(this.selected);
    const el = this.renderRoot.querySelector(`[part~='event'][data-event-id="${id}"], [data-event-id="${id}"]`);
    if (!el || this.scrollHeight <= this.clientHeight) return; // never scrolls the page: only itself
    const top = el.getBoundingClientRect().top - this.getBoundingClientRect().top + this.scrollTop;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollTo({ top: Math.max(0, top - this.clientHeight / 3), behavior: reduce ? 'auto' : 'smooth' });
  }

  protected override render(): TemplateResult {
    const s = this.#strings();
    const state = this.#text.state;
    const events = new Map(this.#events.map((e) => [e.id, e]));
    const message =
      state === 'loading'
        ? s.loading
        : state === 'error'
          ? s.loadError(this.#text.error)
          : state === 'idle' && (!this.htmlFor || this.#linkedData)
            ? s.empty
            : '';
    return html`<section aria-label=${s.article} aria-busy=${state === 'loading' ? 'true' : 'false'}>
      ${message ? html`<p class="state" part="state" role="status">${message}</p>` : nothing}
      ${article({
        paragraphs: this.#paragraphs,
        events,
        selected: this.selected,
        name: (e) => s.stop(e.title, e.dateText ?? e.date ?? '—'),
        activate: (id) => this.#activate(id),
      })}
      ${this.#missed.length ? html`<p class="state" part="problems">${s.missed(this.#missed.length)}</p>` : nothing}
    </section>`;
  }

  #loaded(dataset: RawDataset, timeline: LinkedTimeline): void {
    this.#events = (Array.isArray(dataset.events) ? dataset.events : []).filter(isArticleEvent);
    const file = dataset.source?.file;
    let fallback: string | null = null;
    try {
      if (file && timeline.src) fallback = new URL(file, new URL(timeline.src, document.baseURI)).href;
    } catch {
      /* an unusable URL: no fallback text */
    }
    // An empty dataset may be a timeline that has not loaded yet: only data says there is no text to come.
    [this.#fallbackSrc, this.#linkedData] = [fallback, this.#events.length > 0 || !!dataset.source];
    this.#layoutStale = true;
    this.requestUpdate();
  }

  #mentions(quotes: readonly PlacedQuote[]): PlacedMention[] {
    return this.mentions ? mentionsOf(this.mentions, quotes) : mentionsInQuotes(this.#text.text, this.#events, quotes);
  }

  #activate(id: string): void {
    this.selected = id;
    this.#link.select(id);
    this.dispatchEvent(new EventTimelineArticleSelectEvent({ id }));
  }

  #locale(): string {
    return this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? 'en';
  }

  #strings(): ArticleStrings {
    let lang = 'en';
    try {
      lang = new Intl.Locale(this.#locale()).language;
    } catch {
      /* an invalid locale falls back to English */
    }
    return ARTICLE_TRANSLATIONS[lang] ?? ARTICLE_TRANSLATIONS.en!;
  }
}

function isArticleEvent(e: RawEvent): e is RawEvent & ArticleEvent {
  return typeof e?.id === 'string' && typeof e.title === 'string';
}

declare global {
  interface HTMLElementEventMap {
    'event-timeline-article-select': EventTimelineArticleSelectEvent;
  }
}
