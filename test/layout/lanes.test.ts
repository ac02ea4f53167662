import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import { groupLanes, NO_ACTOR } from '../../src/layout/lanes.js';

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
});
