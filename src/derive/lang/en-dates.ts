/**
 * English time expressions, and what each means as a {@link Timex}: the rules, longest match first,
 * then the modifiers, times of day and ranges that join them. The words are in ./en-words.ts.
 */
import type { Found, Timex } from './timex.js';
import type { DateGrammar } from './grammar.js';
import { tense } from './en-tense.js';
import {
  WEEKDAYS,
  VAGUE,
  COUNTED,
  LABEL,
  MONTH_CONTEXT,
  B0,
  B1,
  MONTH,
  FULL_MONTH,
  WEEKDAY,
  YEAR,
  UNIT,
  NUM,
  ORD,
  re,
  cap,
  monthOf,
  unitOf,
  dayUnit,
  seasonOf,
  ordinal,
  offsetOf,
  cal,
  span,
  quantity,
} from './en-words.js';

interface Built {
  timex: Timex;
  /** Extent inside the match, when it is narrower ("on Friday" → "Friday"). */
  start?: number;
}
type Rule = [RegExp, (m: RegExpMatchArray, text: string, at: number) => Built | Timex | null];

/** "the past five years", "the past week": a duration, not "the past". */
const UNIT_AFTER_PAST =
  /^\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|day|week|month|year|decade|centur)/i;

const RULES: Rule[] = [
  [re('(\\d{4})-(\\d{2})-(\\d{2})'), (m) => ({ t: 'cal', year: +m[1]!, month: +m[2]!, day: +m[3]! })],
  [
    re(`(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`),
    (m) => (cap(m[3]) && (!m[1] || cap(m[1])) ? cal(m[4], m[3]!, m[2]) : null),
  ],
  [
    re(`(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![.,:]?\\d)(?:,?\\s+${YEAR})?`),
    (m) => (cap(m[2]) && (!m[1] || cap(m[1])) ? cal(m[4], m[2]!, m[3]) : null),
  ],
  [
    re(`${MONTH}\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(?:,?\\s+${YEAR})?`),
    (m) => (cap(m[1]) ? span(cal(m[4], m[1]!, m[2]), cal(m[4], m[1]!, m[3])) : null),
  ],
  [
    re(`(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH}(?:,?\\s+${YEAR})?`),
    (m) => (cap(m[3]) ? span(cal(m[4], m[3]!, m[1]), cal(m[4], m[3]!, m[2])) : null),
  ],
  [re(`${MONTH}(?:\\s+of)?,?\\s+${YEAR}`), (m) => (cap(m[1]) ? cal(m[2], m[1]!) : null)],
  [
    re(`${FULL_MONTH}\\s+(?:of\\s+)?(this|last|next)\\s+year`),
    (m) => (cap(m[1]) ? { t: 'cal', month: monthOf(m[1]!), yearOffset: offsetOf(m[2])! } : null),
  ],
  [
    re(`(?:(last|next|this|early|mid|late)[-\\s]+)?${FULL_MONTH}`),
    (m, text, at) => {
      if (!cap(m[2])) return null;
      if (m[1] && /^(last|next|this)$/i.test(m[1]))
        return { t: 'month', month: monthOf(m[2]!), offset: offsetOf(m[1]) };
      const before = /([\p{L}]+)[\s-]*$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
      return m[1] || (before && MONTH_CONTEXT.has(before)) ? { t: 'month', month: monthOf(m[2]!), offset: null } : null;
    },
  ],
  [
    re(`${YEAR}(?:\\s*[-–]\\s*(${YEAR.slice(1, -1)}|\\d{2}))?`),
    (m, text, at) => {
      const end = at + m[0].length;
      if (LABEL.test(text.slice(Math.max(0, at - 16), at)) || /\d[.,]$/.test(text.slice(0, at))) return null;
      if (/^(?:[.,:]\d|\s*(?:%|per\s?cent))/i.test(text.slice(end)) || COUNTED.test(text.slice(end, end + 20)))
        return null;
      const y = +m[1]!;
      if (
        y < 1900 &&
        !/\b(?:in|since|from|until|till|by|of|year|circa|c\.|before|after|during|between|and|to)\s+$/i.test(
          text.slice(Math.max(0, at - 12), at),
        )
      )
        return null;
      if (!m[2]) return { t: 'cal', year: y };
      const y2 = m[2].length === 2 ? Math.floor(y / 100) * 100 + +m[2] : +m[2];
      return y2 > y ? span({ t: 'cal', year: y }, { t: 'cal', year: y2 }) : null;
    },
  ],
  [
    re("(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(?:(1[0-9]|20)(\\d)0s|['’](\\d)0s)"),
    (m) => {
      if (m[3]) return { t: 'decade', decade: (+m[3] >= 2 ? 190 : 200) + +m[3] };
      if (m[2] === '0' && +m[1]! < 20) return { t: 'century', century: +m[1]! };
      return { t: 'decade', decade: +(m[1]! + m[2]!) };
    },
  ],
  [
    re(`(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?${ORD}[-\\s]+century`),
    (m) => ({ t: 'century', century: ordinal(m[1]!) - 1 }),
  ],
  [
    re(`(?:(last|this|next|early|late|mid|the)[-\\s]+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?${YEAR})?`),
    (m, text, at) => {
      const after = text.slice(at + m[0].length);
      if (!m[1] && !m[3]) return null;
      if (!m[3] && /^\s+of\b/i.test(after)) return null; // "the fall of the Soviet Union"
      if (cap(m[2]) && /^\s+\p{Lu}/u.test(after)) return null; // "the Winter Olympics"
      if (m[3]) return { t: 'cal', year: +m[3], season: seasonOf(m[2]!) };
      return { t: 'season', season: seasonOf(m[2]!), offset: offsetOf(m[1]) };
    },
  ],
  [
    re(
      '(the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(quarter|half)' +
        `(?:\\s+of\\s+(?:${YEAR}|(this|last|next|the)\\s+year))?`,
    ),
    (m, text, at) => {
      if (!m[4] && !m[5] && (!m[1] || /^\s+of\b/i.test(text.slice(at + m[0].length)))) return null;
      const half = m[3]!.toLowerCase() === 'half';
      const n = /^(final|last)$/i.test(m[2]!) ? (half ? 2 : 4) : ordinal(m[2]!);
      if (n > (half ? 2 : 4)) return null;
      const part = { of: half ? ('h' as const) : ('q' as const), n };
      if (m[4]) return { t: 'cal', year: +m[4], part };
      const rel = offsetOf(m[5]);
      return rel === null ? { t: 'cal', part } : { t: 'cal', yearOffset: rel, part };
    },
  ],
  [
    new RegExp(`${B0}Q([1-4])\\s+${YEAR}${B1}`, 'gu'),
    (m) => ({ t: 'cal', year: +m[2]!, part: { of: 'q', n: +m[1]! } }),
  ],
  [
    re(
      '(?:the\\s+day\\s+(before|after)\\s+)?(yesterday|today|tomorrow|tonight)' +
        '(?:\\s+(?:morning|afternoon|evening|night))?',
    ),
    (m) => {
      const base = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m[2]!.toLowerCase() as 'today']!;
      return { t: 'pub', unit: 'day', offset: base + (m[1] ? (m[1].toLowerCase() === 'before' ? -1 : 1) : 0) };
    },
  ],
  [
    re('the\\s+weekend'),
    (_m, text, at) => (/\b(?:every|each)\s+$/i.test(text.slice(Math.max(0, at - 6), at)) ? null : { t: 'weekend' }),
  ],
  [
    re('(last|this)\\s+(night|morning|afternoon|evening)'),
    (m) => ({ t: 'pub', unit: 'day', offset: offsetOf(m[1]) === -1 ? -1 : 0 }),
  ],
  [
    re('(last|this|next)\\s+(week|month|year|weekend|decade)'),
    (m, text, at) =>
      /\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at))
        ? null
        : { t: 'pub', unit: unitOf(m[2]!), offset: offsetOf(m[1])! },
  ],
  [
    re('(earlier|later)\\s+(?:(this|that)\\s+(day|week|month|year)|(today)|in\\s+the\\s+(day|week|month|year))'),
    (m) => {
      const part = m[1]!.toLowerCase() as 'earlier';
      if (m[4]) return { t: 'within', unit: 'day', part, of: 'pub' };
      return { t: 'within', unit: unitOf(m[3] ?? m[5]!), part, of: m[2]?.toLowerCase() === 'this' ? 'pub' : 'anchor' };
    },
  ],
  [
    re('(?:that\\s+(?:same\\s+)?|the\\s+same\\s+)(day|week|month|year|morning|afternoon|evening|night|weekend)'),
    (m) => ({ t: 'same', unit: dayUnit(m[1]!) }),
  ],
  [
    re('the\\s+(following|next|previous|preceding|prior)\\s+(day|week|month|year|morning|evening|night|weekend)'),
    (m) => ({
      t: 'shift',
      unit: dayUnit(m[2]!),
      n: 1,
      dir: /^(following|next)$/i.test(m[1]!) ? 1 : -1,
      calendar: true,
    }),
  ],
  [
    re(`(?:(?:${NUM}|(${VAGUE}))\\s+|the\\s+)?${UNIT}\\s+(earlier|later|before|after|prior|on)`),
    (m, text, at) => {
      const tail = text.slice(at + m[0].length);
      const dir = /^(later|after|on)$/i.test(m[5]!) ? 1 : -1;
      if (/^(before|after|prior|on)$/i.test(m[5]!) ? /^\s*[\p{L}\p{N}]/u.test(tail) : /^\s+than\b/i.test(tail))
        return null;
      return quantity(m[1], m[2], m[4], m[0]) === undefined
        ? null
        : { t: 'shift', unit: unitOf(m[3]!), n: quantity(m[1], m[2], m[4], m[0])!, dir };
    },
  ],
  [
    re(`(?:(?:${NUM}|(${VAGUE}))\\s+)?${UNIT}\\s+ago`),
    (m) =>
      quantity(m[1], m[2], m[4], m[0]) === undefined
        ? null
        : { t: 'ago', unit: unitOf(m[3]!), n: quantity(m[1], m[2], m[4], m[0])! },
  ],
  [
    re(
      '(?:(last|next|this|that|every|each|on|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+)?' +
        `${WEEKDAY}(s?)(?:\\s+(?:morning|afternoon|evening|night))?`,
    ),
    (m) => {
      const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      if (!cap(m[2]) || m[3] || mod === 'every' || mod === 'each') return null;
      const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const start = mod === 'on' ? m[0].length - m[0].slice(m[1]!.length).trimStart().length : 0;
      const anchored = !!mod && /^(that|the )/.test(mod);
      const offset = anchored
        ? /following|next/.test(mod)
          ? 1
          : /previous|preceding/.test(mod)
            ? -1
            : null
        : mod === 'on'
          ? null
          : offsetOf(mod);
      return { timex: { t: 'weekday', weekday, offset, anchored }, start };
    },
  ],
  [
    re(
      '(recently|lately|nowadays|these\\s+days|the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|' +
        'the\\s+coming\\s+(?:days|weeks|months|years)|the\\s+past|recent\\s+(?:days|weeks|months|years|decades))',
    ),
    (m, text, at) => (UNIT_AFTER_PAST.test(text.slice(at + m[0].length)) ? null : { t: 'vague' }),
  ],
  [
    re('overnight'),
    () => ({
      t: 'range',
      from: { t: 'pub', unit: 'day', offset: -1 },
      to: { t: 'pub', unit: 'day', offset: 0 },
      as: 'between',
    }),
  ],
  [re('the\\s+(?:end|start|beginning|middle|rest|turn)\\s+of\\s+the\\s+year'), () => ({ t: 'cal' })],
  [
    re('the\\s+(?:end|start|beginning|middle|rest)\\s+of\\s+the\\s+(week|month)'),
    (m) => ({ t: 'pub', unit: unitOf(m[1]!), offset: 0 }),
  ],
  [
    new RegExp(
      `${B0}(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am${B1}|pm${B1})|(noon|midnight)${B1})`,
      'giu',
    ),
    (m) => {
      if (m[4]) return { t: 'clock', hour: /noon/i.test(m[4]) ? 12 : 0, minute: 0, on: null };
      const h = +m[1]!;
      if (h < 1 || h > 12 || +(m[2] ?? 0) > 59) return null;
      return { t: 'clock', hour: (h % 12) + (/^p/i.test(m[3]!) ? 12 : 0), minute: +(m[2] ?? 0), on: null };
    },
  ],
  [
    re('now'),
    (_m, text, at) =>
      /^(?:\s+that\b|-)/i.test(text.slice(at + 3)) || /\bfor\s+$/i.test(text.slice(Math.max(0, at - 5), at))
        ? null
        : { t: 'pub', unit: 'day', offset: 0 },
  ],
];

/** early/mid/late and "the end of" belong to the expression they modify (TIMEX3). */
const MODIFIER = /(?:\b(?:early|mid|late)[-\s]+|\bthe\s+(?:end|beginning|start|middle|turn|close)\s+of\s+)$/i;
const RANGE_OPEN = /\b(between|from)\s+$/i;
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/i;

function scan(text: string): Found[] {
  const all: Found[] = [];
  for (const [rx, build] of RULES) {
    for (const m of text.matchAll(rx)) {
      const at = m.index!;
      const b = build(m, text, at);
      if (!b) continue;
      const built: Built = 'timex' in b ? b : { timex: b };
      all.push({ start: at + (built.start ?? 0), end: at + m[0].length, timex: built.timex });
    }
  }
  // Longest first, then earliest; keep what does not overlap a longer one.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of all) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i]!;
    const lower = i > 0 ? kept[i - 1]!.end : 0;
    const mod = MODIFIER.exec(text.slice(Math.max(lower, f.start - 30), f.start));
    if (mod && f.timex.t !== 'vague' && f.timex.t !== 'shift' && f.timex.t !== 'ago') f.start -= mod[0].length;
  }
  // "7 a.m. on Friday", "Friday at 7 a.m.": one expression.
  for (let i = 0; i + 1 < kept.length; i++) {
    const [a, b] = [kept[i]!, kept[i + 1]!];
    const clock = a.timex.t === 'clock' ? a : b.timex.t === 'clock' ? b : null;
    const day = clock === a ? b : a;
    const join = text.slice(a.end, b.start);
    if (!clock || day.timex.t === 'clock' || !(clock === a ? /^\s*(?:on|,)?\s*$/ : /^\s*(?:at|,)?\s*$/).test(join))
      continue;
    if (clock.timex.t === 'clock')
      kept.splice(i, 2, { start: a.start, end: b.end, timex: { ...clock.timex, on: day.timex } });
  }
  // "between May and July", "from 2019 to 2021": one expression.
  const out: Found[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    const open = RANGE_OPEN.exec(text.slice(Math.max(0, a.start - 10), a.start));
    if (
      b &&
      open &&
      RANGE_JOIN.test(text.slice(a.end, b.start)) &&
      !(open[1]!.toLowerCase() === 'between' && !/and/i.test(text.slice(a.end, b.start)))
    ) {
      out.push({
        start: a.start,
        end: b.end,
        timex: {
          t: 'range',
          from: a.timex,
          to: b.timex,
          as: open[1]!.toLowerCase() === 'between' ? 'between' : 'span',
        },
      });
      i++;
    } else out.push(a);
  }
  return out;
}

export const englishDates: DateGrammar = { scan, tense };
