import type { Precision, UncertainDate } from '../data/uncertain-date.js';
import type { TickUnit } from '../layout/ticks.js';
import type { TimelineStrings } from '../i18n/strings.js';

type Level = 'year' | 'month' | 'day' | 'minute' | 'second';

const OPTIONS: Record<Level, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  second: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' },
};

const TICK_OPTIONS: Record<TickUnit, [Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions]> = {
  // [plain, with context]
  year: [{ year: 'numeric' }, { year: 'numeric' }],
  month: [{ month: 'short' }, { month: 'short', year: 'numeric' }],
  day: [{ day: 'numeric' }, { day: 'numeric', month: 'short' }],
  hour: [{ hour: 'numeric' }, { hour: 'numeric', day: 'numeric', month: 'short' }],
  minute: [
    { hour: 'numeric', minute: '2-digit' },
    { hour: 'numeric', minute: '2-digit', day: 'numeric', month: 'short' },
  ],
  second: [
    { minute: '2-digit', second: '2-digit' },
    { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  ],
};

/**
 * A date in words that a line never breaks: its spaces made no-break spaces. A reader then never finds a day at
 * the end of one line and its month on the next ("10 / Jan 2023"); a phrase still breaks around its words, and a
 * range after the word or dash between its dates ("between 11 Jan 2022 and / 10 Jan 2023").
 */
const keep = (date: string) => date.replace(/ /g, '\u00a0');

/**
 * Formats wall-clock dates (see UncertainDate) for one locale with
 * Intl.DateTimeFormat, and describes uncertain dates in words. Formatters are
 * created once per option set.
 */
export class DateFormatter {
  private readonly _cache = new Map<string, Intl.DateTimeFormat>();
  /** The same formatters by their options object (most are the constants above): no key to build per call. */
  private readonly _byOptions = new WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>();
  /** Axis tick labels already written: a zoom step keeps most ticks, and each would be formatted again. */
  private readonly _ticks = new Map<string, string>();
  /**
   * Whether the display calendar is Gregorian. Our dates' months and years are
   * Gregorian; in another calendar a Gregorian month is not a month, so
   * periods coarser than a day are given as their first and last days.
   */
  readonly gregorian: boolean;
  /** The locale's display calendar (Intl's name: "gregory", "persian"…). */
  readonly calendar: string;
  private _compact: Intl.NumberFormat | null = null;

  constructor(
    readonly locale: string,
    readonly strings: TimelineStrings,
  ) {
    this.calendar = new Intl.DateTimeFormat(locale).resolvedOptions().calendar;
    this.gregorian = this.calendar === 'gregory' || this.calendar === 'iso8601';
  }

  /** Counts in the locale's short form ("1.2K", "۱٫۲ هزار"), made once. */
  get compactNumber(): Intl.NumberFormat {
    return (this._compact ??= new Intl.NumberFormat(this.locale, { notation: 'compact', maximumFractionDigits: 1 }));
  }

  private _fmt(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    let f = this._byOptions.get(options);
    if (f) return f;
    const key = JSON.stringify(options);
    f = this._cache.get(key);
    if (!f) {
      // Wall-clock ms are encoded as UTC; formatting in UTC reads them back unshifted.
      f = new Intl.DateTimeFormat(this.locale, { ...options, timeZone: 'UTC' });
      this._cache.set(key, f);
    }
    this._byOptions.set(options, f);
    return f;
  }

  /** Formats with `options`, adding the era for years before 1 CE so that "45" never means 45 BCE. */
  private _format(ms: number, options: Intl.DateTimeFormatOptions): string {
    const d = new Date(ms);
    if (d.getUTCFullYear() > 0 || !('year' in options)) return this._fmt(options).format(d);
    const parts = this._fmt({ ...options, era: 'short' }).formatToParts(d);
    // Gregorian: our own translated era ("BCE", "до н. э."); other calendars keep Intl's.
    const era = this.gregorian ? this.strings.bce('').trim() : null;
    return parts.map((p) => (p.type === 'era' && era ? era : p.value)).join('');
  }

  /**
   * A range in words, sharing what the locale shares ("24 and 30 July 2023"):
   * Intl's range parts, with the dash replaced by the connector (" and ", " to "). For reading (`wrap`), each
   * date is kept on one line, and so is the connector with the date before it: a line never starts with " – 30
   * July" or " and 30 July".
   */
  private _formatRangeOf(a: number, b: number, options: Intl.DateTimeFormatOptions, to: string, wrap = true): string {
    const date = wrap ? keep : (d: string) => d;
    const connector = wrap ? to.replace(/^ /, '\u00a0') : to;
    const da = new Date(a);
    const db = new Date(b);
    if (da.getUTCFullYear() <= 0 || db.getUTCFullYear() <= 0)
      return `${date(this._format(a, options))}${connector}${date(this._format(b, options))}`;
    const parts = this._fmt(options).formatRangeToParts(da, db);
    // The separator is the last shared literal before the end date begins
    // (ICU does not always mark the other parts' sources right).
    const firstEnd = parts.findIndex((p) => p.source === 'endRange');
    if (firstEnd < 0) return date(this._fmt(options).format(da)); // the same at this precision
    let sep = firstEnd - 1;
    while (sep > 0 && !(parts[sep]!.type === 'literal' && parts[sep]!.source === 'shared')) sep--;
    const text = (from: number, to: number) =>
      parts
        .slice(from, to)
        .map((p) => p.value)
        .join('');
    return `${date(text(0, sep).trimEnd())}${connector}${date(text(sep + 1, parts.length).trimStart())}`;
  }

  /** A single period at its own precision: "31 July 2023", "May 2023", "2022", "the 1560s". Never broken. */
  period(ms: number, precision: Precision | null): string {
    return keep(this._period(ms, precision));
  }

  private _period(ms: number, precision: Precision | null): string {
    switch (precision) {
      case 'millennium':
        return this.strings.millennium(this._format(ms, OPTIONS.year));
      case 'century':
        return this.strings.century(this._format(ms, OPTIONS.year));
      case 'decade':
        return this.strings.decade(this._format(ms, OPTIONS.year));
      case 'season': {
        const m = new Date(ms).getUTCMonth();
        const season = m === 2 ? 'spring' : m === 5 ? 'summer' : m === 8 ? 'autumn' : 'winter';
        return this.strings.season(season, this._format(ms, OPTIONS.year));
      }
      case 'year':
      case null:
        return this._format(ms, OPTIONS.year);
      case 'month':
        return this._format(ms, OPTIONS.month);
      case 'day':
        return this._format(ms, OPTIONS.day);
      case 'second':
      case 'millisecond':
        return this._format(ms, OPTIONS.second);
      default:
        return this._format(ms, OPTIONS.minute);
    }
  }

  /**
   * A visible window [start, end) in words, at a precision its length calls
   * for: "July 2023", "24 July – 2 August 2023", "2021 – 2023".
   */
  window(start: number, end: number): string {
    const DAY = 86_400_000;
    const span = end - start;
    // A window that starts and ends within half a day of month boundaries reads as whole months.
    const atMonth = (t: number) => {
      const d = new Date(t + DAY / 2);
      return d.getUTCDate() === 1 && Math.abs(t - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)) < DAY / 2;
    };
    const whole = this.gregorian && span > 27 * DAY && atMonth(start) && atMonth(end);
    const level: Level = span > 3 * 365 * DAY ? 'year' : span > 62 * DAY || whole ? 'month' : 'day';
    // Heard, not wrapped: the dates keep their spaces.
    return this._formatRangeOf(start, end - 1, OPTIONS[level], ' – ', false);
  }

  /** Axis tick label. */
  tick(value: number, unit: TickUnit, withContext: boolean): string {
    const key = `${unit}${withContext ? '+' : ''}${value}`;
    let label = this._ticks.get(key);
    if (label === undefined) {
      // Bounded: a long session of zooming does not keep every label it ever showed.
      if (this._ticks.size >= 2000) this._ticks.clear();
      label = this._format(value, TICK_OPTIONS[unit][withContext ? 1 : 0]);
      this._ticks.set(key, label);
    }
    return label;
  }

  /**
   * The resolved date in words: "sometime in May 2023", "approximately March
   * 2023", "from 1 June to 15 August 2023".
   */
  describe(d: UncertainDate | null): string {
    const s = this.strings;
    if (!d) return s.undated;
    let text: string;
    if (d.span === 'interval') {
      const start = d.start!;
      const end = d.end!;
      if (start.missing && !end.missing)
        text = s.until(this._bound(end.earliest, end.latest, end.precision, end.approximate, 'end'));
      else if (end.missing && !start.missing)
        text = s.since(this._bound(start.earliest, start.latest, start.precision, start.approximate, 'start'));
      else {
        const coarse = this.gregorian ? coarsest(start.precision, end.precision) : 'day';
        text = s.fromTo(
          this._formatRangeOf(
            start.earliest,
            this.gregorian ? end.earliest : end.latest,
            OPTIONS[levelOf(coarse)],
            s.rangeTo,
          ),
        );
        if (start.approximate || end.approximate) text = s.approximately(text);
      }
      return start.uncertain || end.uncertain ? s.uncertain(text) : text;
    }
    const level = levelOf(d.precision);
    const coarse = level === 'year' || level === 'month';
    if (d.oneOf || (coarse && !this.gregorian)) {
      if (!Number.isFinite(d.earliest))
        text = s.noLaterThan(this._bound(d.latest, d.latest, d.precision, d.approximate, 'end'));
      else if (!Number.isFinite(d.latest))
        text = s.noEarlierThan(this._bound(d.earliest, d.earliest, d.precision, d.approximate, 'start'));
      else {
        text = s.between(
          this._formatRangeOf(d.earliest, d.latest, OPTIONS[this.gregorian ? level : 'day'], s.rangeAnd),
        );
        if (d.approximate) text = s.approximately(text);
      }
    } else {
      const p = this.period(d.earliest, d.precision);
      if (d.approximate) text = s.approximately(p);
      else if (!coarse) text = p;
      else text = s.sometimeIn(p);
    }
    return d.uncertain ? s.uncertain(text) : text;
  }

  /**
   * One known end of an open date. Gregorian: the whole period ("March 2023");
   * another calendar: the day that bounds it (the period's first or last day).
   */
  private _bound(
    earliest: number,
    latest: number,
    precision: Precision | null,
    approximate: boolean,
    edge: 'start' | 'end',
  ): string {
    const p = this.gregorian
      ? this.period(startOf(edge === 'end' ? latest : earliest, precision), precision)
      : this.period(edge === 'end' ? latest : earliest, 'day');
    return approximate ? this.strings.approximately(p) : p;
  }
}

function levelOf(p: Precision | null): Level {
  switch (p) {
    case 'month':
    case 'season':
      return 'month';
    case 'day':
      return 'day';
    case 'hour':
    case 'minute':
      return 'minute';
    case 'second':
    case 'millisecond':
      return 'second';
    default:
      return 'year';
  }
}

const RANK: Record<string, number> = {
  millennium: 0,
  century: 1,
  decade: 2,
  year: 3,
  season: 4,
  month: 5,
  day: 6,
  hour: 7,
  minute: 8,
  second: 9,
  millisecond: 10,
};

function coarsest(a: Precision | null, b: Precision | null): Precision | null {
  if (!a) return b;
  if (!b) return a;
  return RANK[a]! <= RANK[b]! ? a : b;
}

function startOf(ms: number, precision: Precision | null): number {
  const d = new Date(ms);
  if (precision === 'day') return Math.floor(ms / 86_400_000) * 86_400_000;
  if (precision === 'month') {
    const s = new Date(0);
    s.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth(), 1);
    return s.getTime();
  }
  if (precision === 'year' || precision === null) {
    const s = new Date(0);
    s.setUTCFullYear(d.getUTCFullYear(), 0, 1);
    return s.getTime();
  }
  return ms;
}
