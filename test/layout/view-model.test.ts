import { expect } from '@open-wc/testing';
import { ymdToMs } from '../../src/data/calendar.js';
import { normalize, type NormalizedDataset } from '../../src/data/normalize.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { NO_ACTOR } from '../../src/layout/lanes.js';
import {
  deriveView,
  fitExtent,
  markKeyOf,
  overviewDensity,
  sameFilters,
  type ViewFilters,
} from '../../src/layout/view-model.js';
import { DAY, LIMIT } from '../../src/layout/window.js';

const DATASET = '/seeds/iran-belarus-defense-deal.events.json';
const TODAY = ymdToMs(2024, 5, 10);

const filters = (over: Partial<ViewFilters> = {}): ViewFilters => ({
  groupBy: 'kind',
  hiddenKinds: [],
  hiddenActors: [],
  actor: null,
  reference: null,
  timeZone: 'UTC',
  today: TODAY,
  ...over,
});

const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

let seed: NormalizedDataset;
const byId = (id: string) => seed.events.find((e) => e.id === id)!;

before(async () => {
  seed = normalize(await (await fetch(DATASET)).json());
  expect(seed.events).to.have.length(17);
});

describe('deriveView', () => {
  it('shows every event without filters: dated ones in lanes, undated ones on the shelf', () => {
    const view = deriveView(seed, filters());
    expect(view.dated).to.have.length(13);
    expect(view.dated.every((e) => e.date !== null)).to.equal(true);
    expect(view.undated.map((u) => u.event.id)).to.deep.equal([
      'iran-nicaragua-defense-deal',
      'iran-venezuela-defense-deal',
      'iran-applies-brics',
      'belarus-applies-brics',
    ]);
    const inLanes = view.lanes.flatMap((l) => ids(l.events)).sort();
    expect(inLanes).to.deep.equal(ids(view.dated).sort());
  });

  it('hides the events of hidden kinds, dated and undated', () => {
    const view = deriveView(seed, filters({ hiddenKinds: ['deal', 'statement'] }));
    const shown = [...view.dated, ...view.undated.map((u) => u.event)];
    expect(shown).to.have.length(17 - 3 - 4);
    expect(shown.some((e) => e.kind === 'deal' || e.kind === 'statement')).to.equal(false);
    expect(view.lanes.map((l) => l.key)).to.not.include('deal');
    expect(view.lanes.map((l) => l.key)).to.not.include('statement');
    expect(view.undated.map((u) => u.event.id)).to.deep.equal(['iran-applies-brics', 'belarus-applies-brics']);
  });

  it('an event shows while any of its actors shows', () => {
    // Iran alone hides nothing: every event with Iran has another actor.
    expect(deriveView(seed, filters({ hiddenActors: ['Iran'] })).dated).to.have.length(13);
    const view = deriveView(seed, filters({ hiddenActors: ['Iran', 'Bolivia', 'Iranian media'] }));
    const shown = ids(view.dated);
    expect(shown).to.not.include('iran-bolivia-defense-deal');
    expect(shown).to.not.include('iranian-media-report-talks');
    // Kirby's statement has the United States and Voice of America too.
    expect(shown).to.include('kirby-voa-concern');
    expect(shown).to.have.length(11);
    // Undated: Nicaragua and Venezuela still show; the BRICS applications too.
    expect(view.undated).to.have.length(4);
    const none = deriveView(seed, filters({ hiddenActors: ['Iran', 'Nicaragua'] }));
    expect(none.undated.map((u) => u.event.id)).to.not.include('iran-nicaragua-defense-deal');
  });

  it('events without actors always show, whatever actors are hidden', () => {
    const data = normalize([
      { id: 'a', title: 'A', date: '2023-01-01' },
      { id: 'b', title: 'B', date: '2023-02-01', actors: ['X'] },
      { id: 'c', title: 'C', date: '2023-03-01', actors: ['X', 'Y'] },
      { id: 'u', title: 'U', date: null },
    ]);
    expect(ids(deriveView(data, filters({ hiddenActors: ['X'] })).dated)).to.deep.equal(['a', 'c']);
    const both = deriveView(data, filters({ hiddenActors: ['X', 'Y'] }));
    expect(ids(both.dated)).to.deep.equal(['a']);
    expect(both.undated.map((u) => u.event.id)).to.deep.equal(['u']);
    // A hidden kind hides an actorless event all the same.
    expect(ids(deriveView(data, filters({ hiddenKinds: ['other'] })).dated)).to.deep.equal([]);
  });

  it('groups by kind in vocabulary order, by actor by count with the actorless lane last, or in one lane', () => {
    const byKind = deriveView(seed, filters());
    expect(byKind.lanes.map((l) => l.key)).to.deep.equal([
      'visit',
      'meeting',
      'agreement',
      'deal',
      'deployment',
      'statement',
      'publication',
    ]);
    for (const lane of byKind.lanes) {
      for (const e of lane.events) expect(e.kind).to.equal(lane.key);
      for (const e of byKind.dated) expect(lane.has(e)).to.equal(e.kind === lane.key);
      expect(lane.index.size).to.equal(lane.events.length);
    }

    const byActor = deriveView(seed, filters({ groupBy: 'actor' }));
    // Belarus and Iran have 8 dated events each: ties go by name.
    expect(byActor.lanes.slice(0, 4).map((l) => l.key)).to.deep.equal(['Belarus', 'Iran', 'Russia', 'Bolivia']);
    for (const lane of byActor.lanes) {
      for (const e of byActor.dated)
        expect(lane.has(e), `${lane.key} has ${e.id}`).to.equal(e.actors.includes(lane.key));
    }

    const one = deriveView(seed, filters({ groupBy: 'none' }));
    expect(one.lanes).to.have.length(1);
    expect(one.lanes[0]!.key).to.equal('all');
    expect(ids(one.lanes[0]!.events)).to.deep.equal(ids(one.dated));
    expect(one.dated.every((e) => one.lanes[0]!.has(e))).to.equal(true);

    // An unknown grouping falls back to kind.
    const odd = deriveView(seed, filters({ groupBy: 'place' as ViewFilters['groupBy'] }));
    expect(odd.lanes.map((l) => l.key)).to.deep.equal(byKind.lanes.map((l) => l.key));
  });

  it('the actorless lane comes last and holds only actorless events', () => {
    const data = normalize([
      { id: 'a', title: 'A', date: '2023-01-01' },
      { id: 'b', title: 'B', date: '2023-02-01', actors: ['X'] },
      { id: 'c', title: 'C', date: '2023-03-01', actors: ['X', 'Y'] },
    ]);
    const view = deriveView(data, filters({ groupBy: 'actor' }));
    expect(view.lanes.map((l) => l.key)).to.deep.equal(['X', 'Y', NO_ACTOR]);
    const last = view.lanes[2]!;
    expect(ids(last.events)).to.deep.equal(['a']);
    expect(view.dated.map((e) => last.has(e))).to.deep.equal([true, false, false]);
  });

  it("with group-by actor, a hidden actor's lane disappears but its shared events stay in the others", () => {
    const view = deriveView(seed, filters({ groupBy: 'actor', hiddenActors: ['Iran'] }));
    const keys = view.lanes.map((l) => l.key);
    expect(keys).to.not.include('Iran');
    expect(keys[0]).to.equal('Belarus');
    const bolivia = view.lanes.find((l) => l.key === 'Bolivia')!;
    expect(ids(bolivia.events)).to.include('iran-bolivia-defense-deal');
    // Every shown event is in some lane.
    for (const e of view.dated)
      expect(
        view.lanes.some((l) => l.events.includes(e)),
        e.id,
      ).to.equal(true);
    // Group by kind keeps the lanes of all kinds: hiding an actor is not hiding a lane there.
    expect(deriveView(seed, filters({ hiddenActors: ['Iran'] })).lanes).to.have.length(7);
  });

  it('"only" one actor shows exactly the events whose actors include it, dated and undated', () => {
    const withBelarus = seed.events.filter((e) => e.actors.includes('Belarus'));
    expect(withBelarus.length).to.be.greaterThan(3);
    const view = deriveView(seed, filters({ actor: 'Belarus' }));
    const shown = [...view.dated, ...view.undated.map((u) => u.event)];
    expect(ids(shown).sort()).to.deep.equal(ids(withBelarus).sort());
    expect(ids(view.undated.map((u) => u.event))).to.deep.equal(['belarus-applies-brics']);
    // Hiding Belarus alone hides nothing: each of its events names another actor, who is shown.
    expect(deriveView(seed, filters({ hiddenActors: ['Belarus'] })).dated).to.have.length(13);
    // The legend and filter still count every event.
    expect(view.actors.find((a) => a.actor === 'Belarus')!.count).to.equal(withBelarus.length);
    expect(view.kinds.reduce((n, k) => n + k.count, 0)).to.equal(17);
    // "All" again: every event.
    expect(deriveView(seed, filters({ actor: null })).dated).to.have.length(13);
  });

  it('"only" hides events without actors, combines with hidden kinds, and an unknown actor shows nothing', () => {
    const data = normalize([
      { id: 'a', title: 'A', date: '2023-01-01' },
      { id: 'b', title: 'B', date: '2023-02-01', actors: ['X'] },
      { id: 'c', title: 'C', date: '2023-03-01', actors: ['X', 'Y'], kind: 'deal' },
      { id: 'd', title: 'D', date: '2023-04-01', actors: ['Y'] },
      { id: 'u', title: 'U', date: null },
    ]);
    const onlyX = deriveView(data, filters({ actor: 'X' }));
    expect(ids(onlyX.dated)).to.deep.equal(['b', 'c']);
    expect(onlyX.undated).to.deep.equal([]);
    expect(ids(deriveView(data, filters({ actor: 'X', hiddenKinds: ['deal'] })).dated)).to.deep.equal(['b']);
    // Hidden actors apply too: an event of X shows while one of its actors is not hidden.
    expect(ids(deriveView(data, filters({ actor: 'X', hiddenActors: ['X'] })).dated)).to.deep.equal(['c']);
    expect(deriveView(data, filters({ actor: 'Z' })).dated).to.deep.equal([]);
    // Grouped by actor, only the actor's lane is drawn, holding each of its events once.
    const lanes = deriveView(data, filters({ actor: 'X', groupBy: 'actor' })).lanes;
    expect(lanes.map((l) => [l.key, ids(l.events)])).to.deep.equal([['X', ['b', 'c']]]);
  });

  it('each lane lists its featured events', () => {
    const view = deriveView(seed, filters());
    const agreement = view.lanes.find((l) => l.key === 'agreement')!;
    expect(ids(agreement.featured!)).to.deep.equal(['iran-belarus-defense-mou']);
    expect(view.lanes.filter((l) => l !== agreement).every((l) => l.featured!.length === 0)).to.equal(true);
  });

  it('derived after another view, keeps the lanes whose events did not change, with their indexes', () => {
    const all = deriveView(seed, filters());
    const indexes = new Map(all.lanes.map((l) => [l.key, l.index]));
    const hidden = deriveView(seed, filters({ hiddenKinds: ['deal'] }), all);
    const fresh = deriveView(seed, filters({ hiddenKinds: ['deal'] }));
    // The same lanes, events and featured events as derived afresh.
    expect(hidden.lanes.map((l) => [l.key, ids(l.events), ids(l.featured!)])).to.deep.equal(
      fresh.lanes.map((l) => [l.key, ids(l.events), ids(l.featured!)]),
    );
    for (const lane of hidden.lanes) {
      expect(lane.index, lane.key).to.equal(indexes.get(lane.key));
      expect(lane.index.query(-Infinity, Infinity)).to.have.members(lane.events);
    }
    expect(hidden.lanes.some((l) => l.key === 'deal')).to.equal(false);
    // A lane whose events changed gets its own index: by actor, hiding a kind changes Iran's lane.
    const byActor = deriveView(seed, filters({ groupBy: 'actor' }));
    const iran = byActor.lanes.find((l) => l.key === 'Iran')!;
    const after = deriveView(seed, filters({ groupBy: 'actor', hiddenKinds: ['deal'] }), byActor).lanes.find((l) => l.key === 'Iran')!;
    expect(after.events.length).to.be.lessThan(iran.events.length);
    expect(after.index).to.not.equal(iran.index);
    expect(after.index.query(-Infinity, Infinity)).to.have.members(after.events);
  });

  it('derived after a view of the same data, keeps its counts of kinds and actors and its group-by; of other data, counts again', () => {
    const grouped = normalize([
      { title: 'a', kind: 'visit', date: '2023', group: 'North', actors: ['Iran'] },
      { title: 'b', kind: 'deal', date: '2023-05', group: 'South', actors: ['Iran', 'Belarus'] },
    ]);
    const all = deriveView(grouped, filters({ groupBy: 'auto' }));
    expect(all.groupBy).to.equal('group');
    const hidden = deriveView(grouped, filters({ groupBy: 'auto', hiddenKinds: ['deal'] }), all);
    expect(hidden.kinds, 'the same counts').to.equal(all.kinds);
    expect(hidden.actors).to.equal(all.actors);
    expect(hidden.groupBy).to.equal('group');
    expect(hidden.kinds).to.deep.equal(deriveView(grouped, filters({ hiddenKinds: ['deal'] })).kinds);
    // Another group-by is resolved again; other data is counted again.
    expect(deriveView(grouped, filters({ groupBy: 'kind' }), all).groupBy).to.equal('kind');
    const other = deriveView(seed, filters({ groupBy: 'auto' }), all);
    expect(other.groupBy).to.equal('kind');
    expect(other.kinds).to.deep.equal(deriveView(seed, filters()).kinds);
    expect(other.actors).to.deep.equal(deriveView(seed, filters()).actors);
  });

  it('counts kinds over all events, hidden ones too, in vocabulary order then others alphabetically', () => {
    const view = deriveView(seed, filters({ hiddenKinds: ['statement'], hiddenActors: ['Iran', 'Belarus'] }));
    expect(view.kinds).to.deep.equal([
      { kind: 'visit', count: 2 },
      { kind: 'meeting', count: 1 },
      { kind: 'agreement', count: 1 },
      { kind: 'deal', count: 3 },
      { kind: 'deployment', count: 2 },
      { kind: 'statement', count: 4 },
      { kind: 'application', count: 2 },
      { kind: 'publication', count: 2 },
    ]);
    const data = normalize([
      { title: 'z', kind: 'zeta', date: '2023' },
      { title: 'a', kind: 'alpha', date: '2023' },
      { title: 'o', kind: 'other', date: '2023' },
      { title: 'v', kind: 'visit', date: '2023' },
      { title: 'a2', kind: 'alpha', date: '2023' },
    ]);
    expect(deriveView(data, filters()).kinds).to.deep.equal([
      { kind: 'visit', count: 1 },
      { kind: 'other', count: 1 },
      { kind: 'alpha', count: 2 },
      { kind: 'zeta', count: 1 },
    ]);
  });

  it('counts actors over all events, most frequent first', () => {
    const view = deriveView(seed, filters({ hiddenActors: ['Iran'] }));
    expect(view.actors.slice(0, 3)).to.deep.equal([
      { actor: 'Iran', count: 11 },
      { actor: 'Belarus', count: 9 },
      { actor: 'Russia', count: 4 },
    ]);
    expect(view.actors).to.have.length(17);
    for (let i = 1; i < view.actors.length; i++) {
      expect(view.actors[i]!.count).to.be.at.most(view.actors[i - 1]!.count);
    }
    const mentions = seed.events.reduce((n, e) => n + e.actors.length, 0);
    expect(view.actors.reduce((n, a) => n + a.count, 0)).to.equal(mentions);
  });

  it('places undated events by their relations, preferring a dated event', () => {
    const view = deriveView(seed, filters());
    const rel = (id: string) => {
      const r = view.undatedRelations.get(id);
      return r && { kind: r.kind, other: r.other.id };
    };
    expect(view.undatedRelations.size).to.equal(4);
    expect(rel('iran-nicaragua-defense-deal')).to.deep.equal({ kind: 'before', other: 'iran-bolivia-defense-deal' });
    expect(rel('iran-applies-brics')).to.deep.equal({ kind: 'before', other: 'belarus-applies-brics' });
    expect(rel('belarus-applies-brics')).to.deep.equal({ kind: 'after', other: 'iran-applies-brics' });
    for (const u of view.undated) expect(view.undatedRelations.get(u.event.id)).to.equal(u.relation ?? undefined);
    // An undated event without relations is on the shelf but not in the map.
    const data = normalize([{ id: 'x', title: 'X', date: null }]);
    const lone = deriveView(data, filters());
    expect(lone.undated).to.have.length(1);
    expect(lone.undatedRelations.size).to.equal(0);
  });

  it('byId holds every loaded event, hidden ones too, and is built once', () => {
    const view = deriveView(seed, filters({ hiddenKinds: ['deal'] }));
    const map = view.byId;
    expect(map.size).to.equal(17);
    expect(map.get('iran-bolivia-defense-deal')).to.equal(byId('iran-bolivia-defense-deal'));
    expect(map.get('nope')).to.equal(undefined);
    expect(view.byId).to.equal(map);
  });

  it('nav orders every shown mark: dated chronologically, then the shelf; markKeyOf names its keys', () => {
    const view = deriveView(seed, filters({ reference: '2023-08-02' }));
    const nav = view.nav;
    expect(view.nav).to.equal(nav);
    const keys = [nav.first()!];
    for (let k = nav.step(keys[0]!, 1); k !== keys.at(-1); k = nav.step(keys.at(-1)!, 1)) keys.push(k!);
    expect(keys).to.have.length(17);
    expect(keys[0]).to.equal('4:shahed-drones-ukraine');
    expect(keys.slice(13)).to.deep.equal(view.undated.map((u) => `u:${u.event.id}`));
    const shown = [...view.dated, ...view.undated.map((u) => u.event)];
    expect(keys.map((k) => nav.idOf(k)).sort()).to.deep.equal(ids(shown).sort());
    for (const e of shown) expect(keys).to.include(markKeyOf(view, e));
  });

  it('overview indexes the shown dated events, and is built once', () => {
    const view = deriveView(seed, filters({ hiddenKinds: ['statement'] }));
    const index = view.overview;
    expect(view.overview).to.equal(index);
    expect(index.size).to.equal(view.dated.length);
    const july = index
      .query(ymdToMs(2023, 7, 1), ymdToMs(2023, 8, 1) - 1)
      .map((e) => e.id)
      .sort();
    expect(july).to.deep.equal([
      'ashtiani-khrenin-talks',
      'belarus-mod-confirms-agreement',
      'iran-belarus-defense-mou',
      'iran-bolivia-defense-deal',
      'iranian-media-report-talks',
      'russia-deploys-nuclear-warheads-belarus',
    ]);
  });

  it('fits the shown events with 4% before and 12% after, and includes the reference date', () => {
    const lo = ymdToMs(2022, 1, 1);
    const hi = ymdToMs(2023, 8, 3) - 1; // the end of 2 August 2023
    const span = hi - lo;
    const view = deriveView(seed, filters({ reference: '2023-08-02' }));
    expect(view.referenceMs).to.equal(ymdToMs(2023, 8, 2));
    expect(view.fit).to.deep.equal([lo - span * 0.04, hi + span * 0.12]);

    const early = deriveView(seed, filters({ reference: '2021-06-01' }));
    const s1 = hi - ymdToMs(2021, 6, 1);
    expect(early.fit).to.deep.equal([ymdToMs(2021, 6, 1) - s1 * 0.04, hi + s1 * 0.12]);
    const late = deriveView(seed, filters({ reference: '2024-01-01' }));
    const s2 = ymdToMs(2024, 1, 1) - lo;
    expect(late.fit).to.deep.equal([lo - s2 * 0.04, ymdToMs(2024, 1, 1) + s2 * 0.12]);

    // An unreadable reference is no reference.
    const bad = deriveView(seed, filters({ reference: 'soon' }));
    expect(bad.referenceMs).to.equal(null);
    expect(bad.fit).to.deep.equal(view.fit);
  });

  it('frames open-ended events at their known end', () => {
    const data = normalize([
      { title: 'Before', date: '../2023-04' },
      { title: 'After', date: '2023-06-01/..' },
    ]);
    const lo = ymdToMs(2023, 4, 1);
    const hi = ymdToMs(2023, 6, 2) - 1;
    expect(deriveView(data, filters()).fit).to.deep.equal([lo - (hi - lo) * 0.04, hi + (hi - lo) * 0.12]);
  });

  it('without dated events, fits the year before today and a month after', () => {
    const data = normalize([{ title: 'Undated', date: null }]);
    expect(deriveView(data, filters()).fit).to.deep.equal([TODAY - 365 * DAY, TODAY + 30 * DAY]);
    const hidden = deriveView(seed, filters({ hiddenKinds: seed.events.map((e) => e.kind) }));
    expect(hidden.dated).to.have.length(0);
    expect(hidden.fit).to.deep.equal([TODAY - 365 * DAY, TODAY + 30 * DAY]);
    expect(fitExtent([], null, 0)).to.deep.equal([-365 * DAY, 30 * DAY]);
  });

  it('fits at least 30 days, around the middle of the events', () => {
    const one = normalize([{ title: 'Day', date: '2023-07-31' }]).events;
    const mid = ymdToMs(2023, 7, 31) + (DAY - 1) / 2;
    const span = 30 * DAY;
    const want = [mid - 15 * DAY - span * 0.04, mid + 15 * DAY + span * 0.12];
    expect(fitExtent(one, null, TODAY)).to.deep.equal(want);
    // 29 days apart: still widened to 30 around their middle.
    const two = normalize([
      { title: 'A', date: '2023-07-01' },
      { title: 'B', date: '2023-07-29' },
    ]).events;
    const [a, b] = fitExtent(two, null, TODAY);
    expect(b - a).to.be.closeTo(30 * DAY * 1.16, 1);
    expect((a + b) / 2).to.be.closeTo((ymdToMs(2023, 7, 1) + ymdToMs(2023, 7, 30)) / 2 + 0.04 * 30 * DAY, 1);
    // 31 days: kept as it is.
    const three = normalize([
      { title: 'A', date: '2023-07-01' },
      { title: 'B', date: '2023-07-31' },
    ]).events;
    const s = ymdToMs(2023, 8, 1) - 1 - ymdToMs(2023, 7, 1);
    expect(fitExtent(three, null, TODAY)).to.deep.equal([
      ymdToMs(2023, 7, 1) - s * 0.04,
      ymdToMs(2023, 8, 1) - 1 + s * 0.12,
    ]);
  });

  it('keeps the fit inside what a Date can hold', () => {
    const far = {
      ...normalize([{ title: 'Far', date: '2023' }]).events[0]!,
      date: { edtf: 'x', span: 'point', earliest: -LIMIT + DAY, latest: LIMIT - DAY, precision: null },
    } as TimelineEvent;
    expect(fitExtent([far], null, TODAY)).to.deep.equal([-LIMIT, LIMIT]);
  });
});

describe('sameFilters', () => {
  it('compares every filter but today, arrays by value and in order', () => {
    const a = filters({ hiddenKinds: ['deal', 'visit'], hiddenActors: ['Iran'], reference: '2023-08-02' });
    expect(sameFilters(a, { ...a, hiddenKinds: ['deal', 'visit'], hiddenActors: ['Iran'] })).to.equal(true);
    // Today changes all the time: it does not make a new view.
    expect(sameFilters(a, { ...a, today: a.today + DAY })).to.equal(true);
    expect(sameFilters(a, { ...a, groupBy: 'actor' })).to.equal(false);
    expect(sameFilters(a, { ...a, reference: null })).to.equal(false);
    expect(sameFilters(a, { ...a, reference: '2023-08-03' })).to.equal(false);
    expect(sameFilters(a, { ...a, timeZone: 'Europe/Minsk' })).to.equal(false);
    expect(sameFilters(a, { ...a, hiddenKinds: ['deal'] })).to.equal(false);
    expect(sameFilters(a, { ...a, hiddenKinds: ['deal', 'visit', 'other'] })).to.equal(false);
    expect(sameFilters(a, { ...a, hiddenKinds: ['deal', 'meeting'] })).to.equal(false);
    expect(sameFilters(a, { ...a, hiddenActors: [] })).to.equal(false);
    expect(sameFilters(a, { ...a, hiddenActors: ['Belarus'] })).to.equal(false);
    expect(sameFilters(a, { ...a, actor: 'Belarus' })).to.equal(false);
    expect(sameFilters({ ...a, actor: 'Belarus' }, { ...a, actor: 'Belarus' })).to.equal(true);
    expect(sameFilters(filters(), filters())).to.equal(true);
  });
});

describe('overviewDensity', () => {
  it('counts events per 4-px bin by the middle of their known extent', () => {
    const data = normalize([
      { title: 'A', date: '2000-01-01' },
      { title: 'B', date: '2010-01-01' },
      { title: 'C', date: '2000-01-01' },
    ]);
    const view = deriveView(data, filters());
    // The fit is 1.16 times the events' span: 116 bins of 1% of it each.
    const d = overviewDensity(view, 464);
    expect(d.width).to.equal(464);
    expect(d.counts).to.have.length(116);
    const nonzero = d.counts.flatMap((c, i) => (c ? [[i, c]] : []));
    expect(nonzero).to.deep.equal([
      [4, 2],
      [103, 1],
    ]);
    expect(d.max).to.equal(2);
  });

  it('is computed once per view and width', () => {
    const view = deriveView(seed, filters());
    const a = overviewDensity(view, 400);
    expect(overviewDensity(view, 400)).to.equal(a);
    const b = overviewDensity(view, 800);
    expect(b).to.not.equal(a);
    expect(b.counts).to.have.length(200);
    expect(overviewDensity(view, 800)).to.equal(b);
    // Another view, even with the same filters, has its own.
    const again = overviewDensity(deriveView(seed, filters()), 800);
    expect(again).to.not.equal(b);
    expect(again).to.deep.equal(b);
    // Back to the first width: the same counts.
    expect(overviewDensity(view, 400)).to.deep.equal(a);
  });

  it('counts every shown dated event once, for any width', () => {
    for (const hiddenKinds of [[], ['statement'], ['deal', 'visit']]) {
      const view = deriveView(seed, filters({ hiddenKinds, reference: '2020-01-01' }));
      for (const width of [0, 3, 4, 97, 400, 1234]) {
        const d = overviewDensity(view, width);
        expect(d.counts).to.have.length(Math.max(1, Math.floor(width / 4)));
        expect(
          d.counts.reduce((n, c) => n + c, 0),
          `${width}`,
        ).to.equal(view.dated.length);
        expect(d.max).to.equal(Math.max(1, ...d.counts));
      }
    }
  });

  it('has max 1 and no counts without dated events', () => {
    const view = deriveView(normalize([{ title: 'U', date: null }]), filters());
    const d = overviewDensity(view, 40);
    expect(d.counts).to.deep.equal(new Array(10).fill(0));
    expect(d.max).to.equal(1);
  });
});

describe('markKeyOf', () => {
  it('names the first lane holding a dated event, or the shelf for an undated one', () => {
    const byKind = deriveView(seed, filters());
    expect(markKeyOf(byKind, byId('iran-belarus-defense-mou'))).to.equal('2:iran-belarus-defense-mou');
    expect(markKeyOf(byKind, byId('kirby-voa-concern'))).to.equal('5:kirby-voa-concern');
    expect(markKeyOf(byKind, byId('iran-applies-brics'))).to.equal('u:iran-applies-brics');
    for (const e of byKind.dated) {
      expect(markKeyOf(byKind, e)).to.equal(`${byKind.lanes.findIndex((l) => l.key === e.kind)}:${e.id}`);
    }
    const byActor = deriveView(seed, filters({ groupBy: 'actor' }));
    // Lanes: Belarus, Iran, Russia, Bolivia, …; an event in several lanes is keyed by the first.
    expect(markKeyOf(byActor, byId('iran-belarus-defense-mou'))).to.equal('0:iran-belarus-defense-mou');
    expect(markKeyOf(byActor, byId('shahed-drones-ukraine'))).to.equal('1:shahed-drones-ukraine');
    expect(markKeyOf(byActor, byId('morales-condemns-us'))).to.equal('3:morales-condemns-us');
    expect(markKeyOf(byActor, byId('belarus-applies-brics'))).to.equal('u:belarus-applies-brics');
    for (const e of byActor.dated) expect(byActor.nav.idOf(markKeyOf(byActor, e))).to.equal(e.id);
  });
});
