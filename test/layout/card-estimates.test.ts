import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import { CardEstimates } from '../../src/layout/card-estimates.js';

const measure = (s: string) => s.length * 7;
const events = normalize([
  { id: 'short', title: 'Talks', date: '2023-05' },
  { id: 'long', title: 'A title long enough to wrap onto a second line, and then a third one in a narrow card', date: '2023-05' },
  { id: 'said', title: 'Talks', date: '2023-05', dateText: 'in the first days of a month that the source did not name' },
]).events;
const byId = (id: string) => events.find((e) => e.id === id)!;
const when = (e: (typeof events)[number]) => `${e.dateText ?? ''} · sometime in May 2023`;

describe('CardEstimates', () => {
  it('gives a card a line more for each line its title or date line wraps onto, and more in a narrower card', () => {
    const c = new CardEstimates();
    const short = c.height(byId('short'), 360, measure, when);
    expect(c.height(byId('long'), 360, measure, when)).to.be.greaterThan(short);
    expect(c.height(byId('said'), 360, measure, when)).to.be.greaterThan(short);
    expect(c.height(byId('long'), 200, measure, when)).to.be.greaterThan(c.height(byId('long'), 600, measure, when));
  });

  it('gives the same heights from what it measured before as afresh, and measures each character once', () => {
    const calls: string[] = [];
    const counting = (s: string) => (calls.push(s), measure(s));
    const warm = new CardEstimates();
    const first = events.map((e) => warm.height(e, 300, counting, when));
    const measured = calls.length;
    expect(events.map((e) => warm.height(e, 300, counting, when))).to.deep.equal(first);
    expect(calls.length, 'nothing measured again').to.equal(measured);
    expect(new Set(calls).size, 'each character once').to.equal(calls.length);
    warm.clear();
    expect(events.map((e) => warm.height(e, 300, counting, when))).to.deep.equal(first);
    expect(calls.length, 'measured again after clear()').to.be.greaterThan(measured);
  });

  it('estimates again, as a fresh estimator would, once the width, the measure or the words change', () => {
    let described = 0;
    const counting = (e: (typeof events)[number]) => (described++, when(e));
    const c = new CardEstimates();
    const first = events.map((e) => c.height(e, 300, measure, counting));
    const asked = described;
    expect(events.map((e) => c.height(e, 300, measure, counting))).to.deep.equal(first);
    expect(described, 'no date line described again').to.equal(asked);
    // Another width, measure or language estimates again, and gives what a fresh estimator gives.
    const wider = (s: string) => s.length * 9;
    const other = (e: (typeof events)[number]) => `${e.dateText ?? ''} · irgendwann im Mai 2023, so ungefähr`;
    for (const [w, m, words] of [[200, measure, counting], [300, wider, counting], [300, measure, other]] as const) {
      expect(events.map((e) => c.height(e, w, m, words))).to.deep.equal(events.map((e) => new CardEstimates().height(e, w, m, words)));
    }
    expect(c.height(byId('long'), 200, measure, counting)).to.be.greaterThan(first[1]!);
  });
});
