import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import { groupLanes, NO_ACTOR, resolveGroupBy } from '../../src/layout/lanes.js';

const { events } = normalize([
  { id: 'a', title: 'A', kind: 'statement', date: '2023', actors: ['Iran', 'Belarus'] },
  { id: 'b', title: 'B', kind: 'visit', date: '2023', actors: ['Iran'] },
  { id: 'c', title: 'C', kind: 'protest', date: '2023' },
  { id: 'd', title: 'D', kind: 'deal', date: '2023', actors: ['Bolivia'] },
]);

describe('groupLanes', () => {
  it('groupLanes(events, "kind") follows the vocabulary, custom kinds last', () => {
    expect(groupLanes(events, 'kind').map((l) => [l.key, l.events.map((e) => e.id)])).to.deep.equal([
      ['visit', ['b']],
      ['deal', ['d']],
      ['statement', ['a']],
      ['protest', ['c']],
    ]);
  });

  it('groupLanes(events, "actor") puts an event in each of its actors\' lanes, by count, no actor last', () => {
    const lanes = groupLanes(events, 'actor');
    expect(lanes.map((l) => [l.key, l.events.map((e) => e.id)])).to.deep.equal([
      ['Iran', ['a', 'b']],
      ['Belarus', ['a']],
      ['Bolivia', ['d']],
      [NO_ACTOR, ['c']],
    ]);
    expect(lanes[3]!.label).to.equal('');
  });

  it('groupLanes(events, "none") is one lane with every event', () => {
    expect(groupLanes(events, 'none').map((l) => l.events.length)).to.deep.equal([4]);
  });

  it('groupLanes(events, "group") has a lane per group in first-seen order, ungrouped last', () => {
    const grouped = normalize([
      { id: 'a', title: 'A', date: '1961', group: 'USSR' },
      { id: 'b', title: 'B', date: '1962' },
      { id: 'c', title: 'C', date: '1963', group: 'USA' },
      { id: 'd', title: 'D', date: '1964', group: 'USSR' },
    ]).events;
    expect(groupLanes(grouped, 'group').map((l) => [l.key, l.label, l.events.map((e) => e.id)])).to.deep.equal([
      ['USSR', 'USSR', ['a', 'd']],
      ['USA', 'USA', ['c']],
      [NO_ACTOR, '', ['b']],
    ]);
  });

  it('resolveGroupBy: auto is by group when any event has one, else by kind; explicit values stand', () => {
    const grouped = normalize([{ id: 'a', title: 'A', date: '1961', group: 'USSR' }]).events;
    expect(resolveGroupBy('auto', grouped)).to.equal('group');
    expect(resolveGroupBy('auto', events)).to.equal('kind');
    expect(resolveGroupBy('bogus', events)).to.equal('kind');
    expect(resolveGroupBy('kind', grouped)).to.equal('kind');
    expect(resolveGroupBy('group', events)).to.equal('group');
  });
});
