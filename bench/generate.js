// Seeded synthetic events for the benchmark and the scale tests: spread over
// ten years, 70% points and 30% ranges, in 8 groups (kinds), deterministic.

/** mulberry32: a tiny seeded PRNG, so every run draws the same events. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const KINDS = ['visit', 'meeting', 'agreement', 'deal', 'deployment', 'statement', 'application', 'publication'];
export const START = Date.UTC(2014, 0, 1);
export const YEARS = 10;
const DAY = 86_400_000;

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * `n` raw events in our format.
 * @param {number} n
 * @param {number} [seed]
 * @returns {{ id: string, title: string, kind: string, date: string }[]}
 */
export function generateEvents(n, seed = 20230802) {
  const rnd = random(seed);
  const days = Math.round(YEARS * 365.25);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = START + Math.floor(rnd() * days) * DAY;
    const kind = KINDS[Math.floor(rnd() * KINDS.length)];
    let date;
    if (rnd() < 0.7) date = iso(start);
    else date = `${iso(start)}/${iso(start + (1 + Math.floor(rnd() * 60)) * DAY)}`;
    out[i] = { id: `e${i}`, title: `Event ${i} (${kind})`, kind, date };
  }
  return out;
}

/** The same events in vis-timeline's item format: {id, content, start, end?, group}. */
export function toVisItems(events) {
  return events.map((e) => {
    const [a, b] = e.date.split('/');
    const item = { id: e.id, content: e.title, start: a, group: e.kind };
    if (b) {
      item.end = b;
      item.type = 'range';
    } else item.type = 'point';
    return item;
  });
}
