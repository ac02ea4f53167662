import type { ReactiveController, ReactiveElement } from 'lit';
import type { TimelineEvent } from '../data/types.js';
import { DateFormatter } from '../format/dates.js';
import { en, languageOf, TRANSLATIONS, type TimelineStrings } from '../i18n/index.js';
import { calendarTicks, intlCalendarFields, isGregorian } from '../layout/calendar-ticks.js';
import { NO_ACTOR, type GroupBy } from '../layout/lanes.js';
import type { TickOptions } from '../layout/ticks.js';
import type { ViewText } from '../render/text.js';
import type { UndatedItem } from '../layout/undated.js';
import { DAY } from '../layout/window.js';
import { loadFailure, loadOnce, type LoadFailure } from './load-once.js';

/** The element: its `locale` property (null: the nearest `lang`) and its `strings` overrides. */
type Host = ReactiveElement & { readonly locale: string | null; readonly strings: Partial<TimelineStrings> | null };

/** Each translation's load, run at most once per page, and the translations loaded, by language. */
const loads = new Map<string, () => Promise<TimelineStrings>>();
const loaded = new Map<string, TimelineStrings>();

/**
 * Starts loading the built-in translation of `language`, once per page; null
 * when there is none to load (English, or a language without one) or it is
 * here already. The single-file bundle calls it as it runs, for the page's
 * own language, so the file is on its way before any element asks for it.
 */
export function loadTranslation(language: string): Promise<TimelineStrings> | null {
  const load = Object.hasOwn(TRANSLATIONS, language) ? TRANSLATIONS[language] : undefined;
  if (!load || loaded.has(language)) return null;
  let once = loads.get(language);
  if (!once) loads.set(language, (once = loadOnce(() => load().then((s) => (loaded.set(language, s), s)))));
  return once();
}

/**
 * The element's language, as Shoelace's LocalizeController does it: the
 * locale (from `locale` or the nearest `lang`), the UI strings, a date
 * formatter in the locale's calendar, tick options for that calendar, and
 * accessible names, cached per event until the language or the data change.
 */
export class LocaleController implements ReactiveController {
  private _lang = { tag: '', canonical: 'en', language: 'en' };
  private _stringsCache: { locale: string; overrides: unknown; value: TimelineStrings } | null = null;
  /** The translation being loaded, and the languages whose translation could not be. */
  private _loading: { language: string; done: Promise<void> } | null = null;
  private readonly _failedLanguages = new Set<string>();
  private _formatter: DateFormatter | null = null;
  private _names = new Map<string, string>();
  /** Dated events' dates in words, by id: a story re-renders the cards it draws at each zoom step. */
  private _described = new Map<string, string>();
  private _cardWords: { formatter: DateFormatter; words(e: TimelineEvent): string } | null = null;

  private readonly _host: Host;
  /** The locale's built-in translation could not be loaded: the element is drawn in English. */
  private readonly _failed: (failure: LoadFailure) => void;

  constructor(host: Host, failed: (failure: LoadFailure) => void) {
    this._host = host;
    this._failed = failed;
    host.addController(this);
  }

  /** Moved in the document, the element may sit under another `lang`: read it afresh. */
  hostConnected(): void {
    this._lang = { tag: '', canonical: 'en', language: 'en' };
  }

  /**
   * The canonical locale: canonicalizing is not free, and this is read every
   * frame. An invalid tag reads as English.
   */
  get locale(): string {
    const h = this._host;
    const tag = h.locale || h.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    if (tag !== this._lang.tag) {
      let canonical = 'en';
      try {
        canonical = Intl.getCanonicalLocales(tag)[0] ?? 'en';
      } catch {
        // An invalid tag reads as English.
      }
      this._lang = { tag, canonical, language: languageOf(canonical) };
    }
    return this._lang.canonical;
  }

  /** The locale's language subtag, kept with the canonical locale. */
  private get _language(): string {
    void this.locale; // brings `_lang` up to date with `locale` and the nearest `lang`
    return this._lang.language;
  }

  /**
   * The UI strings of the locale, with the overrides. While the locale's
   * translation loads they are English, and `busy` is true: the element draws
   * them hidden, and again in its language once the translation is here.
   */
  get strings(): TimelineStrings {
    const locale = this.locale;
    const overrides = this._host.strings;
    if (this._stringsCache?.locale !== locale || this._stringsCache.overrides !== overrides) {
      const base = this._translation(this._language);
      const value = overrides ? { ...base, ...overrides } : base;
      // Not kept while the translation loads: the next read after it arrives must see it.
      if (this.busy) return value;
      this._stringsCache = { locale, overrides, value };
    }
    return this._stringsCache.value;
  }

  /** True while the locale's translation is loading. */
  get busy(): boolean {
    return !!this._loading && this._loading.language === this._language;
  }

  /** Resolves once the translation being loaded is here (or failed to load). */
  get settled(): Promise<void> {
    return this._loading?.done ?? Promise.resolve();
  }

  /** The built-in translation of `language`, or English while it loads, if it has none, or if it failed to load. */
  private _translation(language: string): TimelineStrings {
    const ready = loaded.get(language);
    if (ready) return ready;
    const loading = !this._failedLanguages.has(language) && loadTranslation(language);
    if (loading && this._loading?.language !== language) {
      const done = loading.then(
        () => {},
        (e: unknown) => {
          this._failedLanguages.add(language);
          const name = new Intl.DisplayNames('en', { type: 'language', fallback: 'code' }).of(language);
          this._failed(loadFailure(`the ${name} translation (shown in English instead)`, e));
        },
      );
      const entry = { language, done };
      this._loading = entry;
      void done.then(() => {
        if (this._loading === entry) this._loading = null;
        this._host.requestUpdate();
      });
    }
    return en;
  }

  /** The date formatter of the current locale and strings. */
  get formatter(): DateFormatter {
    const strings = this.strings;
    if (this._formatter?.locale !== this.locale || this._formatter.strings !== strings) {
      this._formatter = new DateFormatter(this.locale, strings);
      this._names.clear();
      this._described.clear();
    }
    return this._formatter;
  }

  /** Forgets accessible names and dates in words (the data changed). */
  clearNames(): void {
    this._names.clear();
    this._described.clear();
  }

  /** A kind's name in the UI language. */
  kindName(kind: string): string {
    return (this.strings.kinds as Record<string, string>)[kind] ?? kind;
  }

  /** A lane's label: its kind's name, its actor, its group, or none. */
  laneLabel(key: string, groupBy: GroupBy): string {
    if (groupBy === 'none') return '';
    if (groupBy === 'actor') return key === NO_ACTOR ? this.strings.noActor : key;
    if (groupBy === 'group') return key === NO_ACTOR ? this.strings.noGroup : key;
    return this.kindName(key);
  }

  /** An event's date in words; for an undated event, what places it. */
  describe(e: TimelineEvent, relations: ReadonlyMap<string, NonNullable<UndatedItem['relation']>> | null): string {
    const s = this.strings;
    if (e.date) {
      const formatter = this.formatter; // first: a new formatter forgets what the old one described
      let words = this._described.get(e.id);
      if (words === undefined) this._described.set(e.id, (words = formatter.describe(e.date)));
      return words;
    }
    const rel = relations?.get(e.id);
    if (!rel) return s.undated;
    const phrase = rel.kind === 'before' ? s.beforeEvent(rel.other.title) : s.afterEvent(rel.other.title);
    return `${s.undated}, ${phrase}`;
  }

  /**
   * A story card's words under its title: the source's phrase and the date in words. Cards are dated events, which
   * no relation places. The same function while the formatter is the same: the story lays its cards out again
   * when the language changes, and keeps their estimates when only the filters do.
   */
  cardWords(): (e: TimelineEvent) => string {
    const formatter = this.formatter;
    const c = this._cardWords;
    if (c?.formatter === formatter) return c.words;
    const words = (e: TimelineEvent) => `${e.dateText ?? ''} · ${this.describe(e, null)}`;
    this._cardWords = { formatter, words };
    return words;
  }

  /** Accessible name: title, the source's date words, the resolved date, the kind, featured. Cached per event. */
  eventName(e: TimelineEvent, relations: ReadonlyMap<string, NonNullable<UndatedItem['relation']>> | null): string {
    const formatter = this.formatter;
    let name = this._names.get(e.id);
    if (name === undefined) {
      name = formatter.strings.eventName({
        title: e.title,
        dateText: e.dateText,
        // Heard, not wrapped: the dates' no-break spaces (see format/dates.ts) are plain ones here.
        date: this.describe(e, relations).replace(/\u00a0/g, ' '),
        kind: this.kindName(e.kind),
        featured: e.featured,
      });
      this._names.set(e.id, name);
    }
    return name;
  }

  /** The views' words for this render; `relations` place undated events. */
  text(relations: ReadonlyMap<string, NonNullable<UndatedItem['relation']>> | null): ViewText {
    const formatter = this.formatter;
    return {
      strings: formatter.strings,
      kindName: (kind) => this.kindName(kind),
      describe: (e) => this.describe(e, relations),
      eventName: (e) => this.eventName(e, relations),
      date: (d) => formatter.describe(d),
      day: (t) => formatter.period(t, 'day'),
    };
  }

  /** The live region's summary of a window holding `count` events. */
  showing(w: readonly [number, number], count: number): string {
    return this.strings.showing(this.formatter.window(w[0], w[1]), count);
  }

  /** Axis tick options: labels in the locale, and for a non-Gregorian calendar, ticks on its own months and years. */
  tickOptions(measure: (text: string, scale?: number) => number): TickOptions {
    const fmt = this.formatter;
    const options: TickOptions = { format: (v, u, first) => fmt.tick(v, u, first), measure: (s) => measure(s, 0.85) };
    if (fmt.gregorian) return options;
    const fields = isGregorian(fmt.calendar) ? null : intlCalendarFields(fmt.calendar);
    if (!fields) return options;
    return {
      ...options,
      ticker: (d0, d1, count) => calendarTicks(d0, d1, count, fields),
      boundary: (value, prev, unit) => {
        const a = fields(prev);
        const b = fields(value);
        if (unit === 'month') return a.year !== b.year;
        if (unit === 'day') return a.month !== b.month;
        return Math.floor(prev / DAY) !== Math.floor(value / DAY);
      },
    };
  }
}
