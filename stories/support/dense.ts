import { EVENT_KINDS, type RawDataset, type RawEvent } from '../../src/data/types.js';
// The benchmark's seeded PRNG (mulberry32): one implementation for stories, tests and bench.
import { random as mulberry32 } from '../../bench/generate.js';

const ACTORS = ['Iran', 'Belarus', 'Russia', 'Ukraine', 'Bolivia', 'Venezuela', 'Nicaragua', 'United States', 'China', 'BRICS', 'NATO', 'European Union'];
const VERBS = ['meets', 'signs with', 'visits', 'warns', 'trades with', 'reports on', 'hosts', 'talks to'];
const DAY = 86_400_000;
const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2024, 11, 31);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/**
 * `count` events between 2000 and 2024 from a seeded generator: mostly days,
 * with months, years, approximate and uncertain dates, one-of sets, intervals
 * and a few undated events, in every kind. Same seed, same events.
 */
export function denseDataset(count = 10_000, seed = 20230802): RawDataset {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const events: RawEvent[] = [];
  for (let i = 0; i < count; i++) {
    const t = FROM + Math.floor(random() * ((TO - FROM) / DAY)) * DAY;
    const day = isoDay(t);
    const r = random();
    let date: string | null;
    if (r < 0.62) date = day;
    else if (r < 0.74) date = day.slice(0, 7);
    else if (r < 0.78) date = day.slice(0, 4);
    else if (r < 0.83) date = `${day.slice(0, 7)}~`;
    else if (r < 0.86) date = `${day}?`;
    else if (r < 0.9) date = `[${day}..${isoDay(t + (2 + Math.floor(random() * 12)) * DAY)}]`;
    else if (r < 0.995) date = `${day}/${isoDay(t + (1 + Math.floor(random() * 120)) * DAY)}`;
    else date = null;
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    if (b === a) b = ACTORS[(ACTORS.indexOf(a) + 1) % ACTORS.length]!;
    const n = String(i + 1).padStart(5, '0');
    events.push({
      id: `e${n}`,
      title: `${a} ${pick(VERBS)} ${b} (#${n})`,
      kind: pick(EVENT_KINDS),
      date,
      dateText: date,
      actors: random() < 0.5 ? [a, b] : [a],
    });
  }
  return {
    source: { title: `${count.toLocaleString('en')} generated events (seed ${seed})`, publisher: 'event-timeline stories' },
    events,
  };
}
