import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalize } from '../../src/data/normalize.js';
import { dataInstants, gapWarp } from '../../src/layout/gaps.js';
import { groupLanes } from '../../src/layout/lanes.js';
import { layoutStory, storyDomain, storyItems, storyLength, storyUnits } from '../../src/layout/story.js';
import { STORY_BREAK, shortestBreak, storyAxis } from '../../src/layout/story-axis.js';

fc.configureGlobal({ seed: 20230802 });

const GAPS = { share: 0.08, size: 0.02 };

function story(dates: string[]) {
  const raw = dates.map((date, i) => ({ id: `e${i}`, title: `Event ${i}`, kind: 'visit', date }));
  const list = normalize(raw).events;
  return { items: storyItems(groupLanes(list, 'kind')), instants: dataInstants(list) };
}

/** The old axis: the gaps' breaks as `gapWarp` sizes them, whatever px that makes. */
function unsized(dates: string[], heights: number[]) {
  const { items, instants } = story(dates);
  const warp = gapWarp(instants, 'compress', GAPS);
  const domain = storyDomain(items);
  const units = storyUnits(items, domain, warp);
  const length = storyLength(items, { domain, heights, warp, units, maxPush: 480, min: 480, stretch: 3 });
  return { warp, domain, length };
}

describe('storyAxis', () => {
  // The article's shape on a wide screen: a year-long event, a year and a quarter without one, then a dense July.
  const dates = ['2022', '[..2023-03~]', '2023-05', '2023-07', '2023-07', '2023-07-24/2023-07-30', '2023-07-31'];
  const heights = dates.map(() => 56);
  const o = { heights, maxPush: 480, min: 480, stretch: 3, gaps: GAPS };

  it('draws each break at least STORY_BREAK px long, where the time it keeps drew it shorter', () => {
    const old = unsized(dates, heights);
    expect(old.warp.breaks.length, 'the data has breaks').to.be.at.least(1);
    expect(shortestBreak(old.warp, old.domain, old.length), 'shorter before').to.be.below(STORY_BREAK);
    const { items, instants } = story(dates);
    const axis = storyAxis(items, instants, 'compress', o);
    expect(axis.warp.breaks.length).to.equal(old.warp.breaks.length);
    expect(shortestBreak(axis.warp, axis.domain, axis.length)).to.be.at.least(STORY_BREAK);
    // The layout draws them so: y px of each break, from the scale the story lays out with.
    const layout = layoutStory(items, { ...axis, heights });
    for (const b of layout.breaks) expect(b.y1 - b.y0).to.be.at.least(STORY_BREAK);
  });

  it('leaves a story without breaks, or with long ones, as storyLength lays it out', () => {
    const even = ['2023-07-01', '2023-07-02', '2023-07-03', '2023-07-04', '2023-07-05', '2023-07-06'];
    const { items, instants } = story(even);
    const axis = storyAxis(items, instants, 'compress', { ...o, heights: even.map(() => 56) });
    expect(axis.warp.breaks).to.have.length(0);
    expect(axis.length).to.equal(
      unsized(
        even,
        even.map(() => 56),
      ).length,
    );
    // Tall cards make a long story whose breaks are long already: nothing changes.
    const tall = dates.map(() => 900);
    const old = unsized(dates, tall);
    expect(shortestBreak(old.warp, old.domain, old.length)).to.be.at.least(STORY_BREAK);
    const kept = storyAxis(story(dates).items, story(dates).instants, 'compress', { ...o, heights: tall });
    expect(kept.length).to.equal(old.length);
    expect(kept.warp.breaks).to.deep.equal(old.warp.breaks);
    // Linear time has no breaks to size.
    expect(storyAxis(items, instants, 'linear', o).warp.breaks).to.have.length(0);
  });

  it('compresses the same gaps, each break at least STORY_BREAK px unless the breaks would fill the axis', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2019, 0, 1) + d * 864e5));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 40 }), fc.integer({ min: 20, max: 300 }), (days, h) => {
        const ds = days.map((d) => d.toISOString().slice(0, 10));
        const hs = ds.map(() => h);
        const old = unsized(ds, hs);
        const { items, instants } = story(ds);
        const axis = storyAxis(items, instants, 'compress', { ...o, heights: hs });
        expect(axis.warp.breaks.length, 'the same gaps').to.equal(old.warp.breaks.length);
        // Each break lies in the gap (between two instants) its unsized twin lies in.
        axis.warp.breaks.forEach((b, i) => {
          const was = old.warp.breaks[i]!;
          const gap = [instants.filter((t) => t <= was.t0).pop()!, instants.find((t) => t >= was.t1)!];
          expect(b.t0).to.be.at.least(gap[0]!);
          expect(b.t1).to.be.at.most(gap[1]!);
        });
        const shortest = shortestBreak(axis.warp, axis.domain, axis.length);
        const breaksPx = axis.warp.breaks.length * STORY_BREAK;
        if (breaksPx < axis.length / 3) expect(shortest).to.be.at.least(STORY_BREAK - 0.5);
      }),
      { numRuns: 150 },
    );
  });
});
