import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import { orderUndated } from '../../src/layout/undated.js';

describe('orderUndated', () => {
  it('orderUndated(events) follows before/after relations, whichever side states them', () => {
    const { events } = normalize([
      { id: 'belarus', title: 'Belarus applies', date: null, after: ['iran'] },
      { id: 'bolivia', title: 'Bolivia deal', date: '[2023-07-24..2023-07-30]' },
      { id: 'venezuela', title: 'Venezuela deal', date: null, before: ['bolivia', 'nicaragua'] },
      { id: 'nicaragua', title: 'Nicaragua deal', date: null, before: ['bolivia'] },
      { id: 'iran', title: 'Iran applies', date: null },
    ]);
    const order = orderUndated(events);
    expect(order.map((u) => u.event.id)).to.deep.equal(['venezuela', 'nicaragua', 'iran', 'belarus']);
    const rel = Object.fromEntries(order.map((u) => [u.event.id, u.relation && [u.relation.kind, u.relation.other.id]]));
    // A dated anchor is preferred: "before the Bolivia deal" places it on the timeline.
    expect(rel.venezuela).to.deep.equal(['before', 'bolivia']);
    expect(rel.iran).to.deep.equal(['before', 'belarus']);
    expect(rel.belarus).to.deep.equal(['after', 'iran']);
  });

  it('orderUndated(events) survives cycles and keeps every undated event once', () => {
    const { events } = normalize([
      { id: 'a', title: 'A', date: null, before: ['b'] },
      { id: 'b', title: 'B', date: null, before: ['c'] },
      { id: 'c', title: 'C', date: null, before: ['a'] },
      { id: 'd', title: 'D', date: null },
    ]);
    const ids = orderUndated(events).map((u) => u.event.id);
    expect([...ids].sort()).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(ids[0]).to.equal('d');
  });

  it('orderUndated(events) stays fast with many undated events', () => {
    const raw = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, date: null, after: i ? [`e${i - 1}`] : [] }));
    const { events } = normalize(raw);
    const order = orderUndated(events.slice().reverse());
    expect(order[0]!.event.id).to.equal('e0');
    expect(order.at(-1)!.event.id).to.equal('e19999');
  });
});
