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
});
