import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import { groupLanes } from '../../src/layout/lanes.js';
import { listOrder, navigationOrder } from '../../src/layout/navigation.js';

const { events } = normalize([
  { id: 'v1', title: 'V1', kind: 'visit', date: '2023-01-10' },
  { id: 'd1', title: 'D1', kind: 'deal', date: '2023-02-01' },
  { id: 'v2', title: 'V2', kind: 'visit', date: '2023-03-05' },
  { id: 'd2', title: 'D2', kind: 'deal', date: '[..2023-04]' },
  { id: 'u1', title: 'U1', kind: 'deal', date: null },
]);
const lanes = groupLanes(events.filter((e) => e.date), 'kind');
const nav = navigationOrder(lanes, events.filter((e) => !e.date));

describe('navigationOrder', () => {
  it('steps chronologically across lanes, then into the undated events', () => {
    const keys = [nav.first()!];
    for (let i = 0; i < 6; i++) keys.push(nav.step(keys.at(-1)!, 1)!);
    // d2 has an open start: it sorts by its known end, April 2023.
    expect(keys).to.deep.equal(['0:v1', '1:d1', '0:v2', '1:d2', 'u:u1', 'u:u1', 'u:u1']);
    expect(nav.step('0:v2', -1)).to.equal('1:d1');
    expect(nav.last()).to.equal('u:u1');
  });

  it('moves between lanes to the nearest event in time', () => {
    // From 5 March: the 1 February deal is nearer than d2, known to end 30 April.
    expect(nav.lane('0:v2', 1)).to.equal('1:d1');
    expect(nav.lane('1:d2', -1)).to.equal('0:v2');
    expect(nav.lane('1:d1', -1)).to.equal('0:v1');
    expect(nav.lane('0:v1', -1)).to.equal('0:v1');
    expect(nav.idOf('1:d2')).to.equal('d2');
    expect(nav.isDated('u:u1')).to.equal(false);
  });
});

describe('listOrder', () => {
  const dated = [{ key: '1:d1' }, { key: '0:v1' }, { key: '0:v2' }];
  const index = new Map(dated.map((d, i) => [d.key, i]));
  const order = listOrder(dated, index, events.filter((e) => !e.date), (key) => key.split(':')[1] ?? null);

  it('steps through the items in their order, then the undated shelf, and stays put at the ends', () => {
    const keys = [order.first()!];
    for (let i = 0; i < 4; i++) keys.push(order.step(keys.at(-1)!, 1)!);
    expect(keys).to.deep.equal(['1:d1', '0:v1', '0:v2', 'u:u1', 'u:u1']);
    expect(order.step('1:d1', -1)).to.equal('1:d1');
    expect(order.step('u:u1', -1)).to.equal('0:v2');
    expect(order.last()).to.equal('u:u1');
  });

  it('with one column, up and down step as left and right do; an unknown key starts at an end', () => {
    expect(order.lane('0:v1', 1)).to.equal('0:v2');
    expect(order.lane('0:v1', -1)).to.equal('1:d1');
    expect(order.step(null, 1)).to.equal('1:d1');
    expect(order.step('9:gone', -1)).to.equal('u:u1');
    expect(order.idOf('0:v2')).to.equal('v2');
    expect([order.isDated('0:v2'), order.isDated('u:u1')]).to.deep.equal([true, false]);
  });
});
