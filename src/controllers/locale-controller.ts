import type { ReactiveController, ReactiveElement } from 'lit';
import type { TimelineEvent } from '../data/types.js';
import { DateFormatter } from '../format/dates.js';
import { stringsFor, type TimelineStrings } from '../i18n/index.js';
import { calendarTicks, intlCalendarFields, isGregorian } from '../layout/calendar-ticks.js';
import { NO_ACTOR, type GroupBy } from '../layout/lanes.js';
import type { TickOptions } from '../layout/ticks.js';
import type { ViewText } from '../render/text.js';
import type { UndatedItem } from '../layout/undated.js';
import { DAY } from '../layout/window.js';

type Host = ReactiveElement;

export interface LocaleOptions {
  /** The `locale` property (null: the nearest `lang`). */
  locale(): string | null;
  /** The `strings` overrides. */
  strings(): Partial<TimelineStrings> | null;
}

/**
 * The element's language, as Shoelace's LocalizeController does it: the
 * locale (from `locale` or the nearest `lang`), the UI strings, a date
 * formatter in the locale's calendar, tick options for that calendar, and
 * accessible names, cached per event until the language or the data change.
 */
export class LocaleController implements ReactiveController {
  private _lang = { tag: '', canonical: 'en' };
  private _stringsCache: { locale: string; overrides: unknown; value: TimelineStrings } | null = null;
  private _formatter: DateFormatter | null = null;
  private _names = new Map<string, string>();
  /** Dated events' dates in words, by id: a story re-renders the cards it draws at each zoom step. */
  private _described = new Map<string, string>();
  private _cardWords: { formatter: DateFormatter; relations: unknown; words(e: TimelineEvent): string } | null = null;

  private readonly _host: Host;
  private readonly _options: LocaleOptions;

  constructor(host: Host, options: LocaleOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** Moved in the document, the element may sit under another `lang`: read it afresh. */
  hostConnected(): void {
    this._lang = { tag: '', canonical: 'en' };
  }

  /**
   * The canonical locale: canonicalizing is not free, and this is read every
   * frame. An invalid tag reads as English.
   */
  get locale(): string {
    const h = this._host;
    const tag =
      this._options.locale() || h.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    if (tag !== this._lang.tag) {
      let canonical = 'en';
      try {
        canonical = Intl.getCanonicalLocales(tag)[0] ?? 'en';
      } catch {
        // An invalid tag reads as English.
      }
      this._lang = { tag, canonical };
    }
    return this._lang.canonical;
  }

  /** The UI strings of the locale, with the overrides. */
  get strings(): TimelineStrings {
    const locale = this.locale;
    const overrides = this._options.strings();
    if (this._stringsCache?.locale !== locale || this._stringsCache.overrides !== overrides) {
      this._stringsCache = { locale, overrides, value: stringsFor(locale, overrides) };
    }
    return this._stringsCache.value;
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
   * A story card's words under its title: the source's phrase and the date in words. The same function while
   * the formatter and `relations` are the same, so the story lays its cards out again when the language changes.
   */
  cardWords(relations: ReadonlyMap<string, NonNullable<UndatedItem['relation']>> | null): (e: TimelineEvent) => string {
    const formatter = this.formatter;
    const c = this._cardWords;
    if (c?.formatter === formatter && c.relations === relations) return c.words;
    const words = (e: TimelineEvent) => `${e.dateText ?? ''} · ${this.describe(e, relations)}`;
    this._cardWords = { formatter, relations, words };
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
        date: this.describe(e, relations),
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
