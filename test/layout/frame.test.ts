import { expect } from '@open-wc/testing';
import { normalize, type NormalizedDataset } from '../../src/data/normalize.js';
import { layoutFrame, type FrameOptions } from '../../src/layout/frame.js';
import { deriveView, type TimelineView } from '../../src/layout/view-model.js';
import { panBy, zoomAround, type TimeWindow } from '../../src/layout/window.js';
import { generateEvents } from '../../bench/generate.js';

const measure = (s: string) => s.length * 7;
const options = (_view: TimelineView, window: TimeWindow, width: number, over: Partial<FrameOptions> = {}) => ({
  window,
  width,
  dir: 'ltr' as const,
  measure,
  ticks: { format: (v: number) => new Date(v).toISOString().slice(0, 7), measure },
  laneLabel: (k: string) => k,
  focusKey: null,
  forced: [],
  laneLimit: 200,
  ...over,
});

let seed: NormalizedDataset;
let view: TimelineView;

before(async () => {
  seed = normalize(await (await fetch('/seeds/iran-belarus-defense-deal.events.json')).json());
  const filters = { groupBy: 'kind' as const, hiddenKinds: [], hiddenActors: [], reference: null, timeZone: 'UTC' };
  view = deriveView(seed, { ...filters, today: Date.UTC(2024, 4, 10) });
});

describe('layoutFrame', () => {
  it('keeps the height while panning, at the fit and zoomed in', () => {
    for (const width of [720, 1240]) {
      const height = layoutFrame(view, options(view, view.fit, width)).layout!.height;
      const warp = layoutFrame(view, options(view, view.fit, width)).scale.warp();
      for (const k of [1, 2, 4]) {
        let w = zoomAround(view.fit, k, view.fit[1], warp);
        let previous: ReturnType<typeof layoutFrame> | null = null;
        for (let i = 0; i < 12; i++, w = panBy(w, -0.15, warp)) {
          expect(
            layoutFrame(view, options(view, w, width)).layout!.height,
            `${width} px, zoom ${k}, pan ${i}`,
          ).to.equal(height);
          // Laid out after the last frame, as the element does (marks keep their rows): the same height.
          previous = layoutFrame(view, options(view, w, width, { previous }));
          expect(previous.layout!.height, `${width} px, zoom ${k}, pan ${i}, after the last frame`).to.equal(height);
        }
      }
    }
  });

  it('shows every dated title of the article in full at the fit, 1024 px wide and more', () => {
    for (const width of [1024, 1240, 1880]) {
      const { layout } = layoutFrame(view, options(view, view.fit, width));
      const labelled = layout!.marks.filter((m) => m.label);
      expect(labelled.map((m) => m.event.id).sort()).to.deep.equal(view.dated.map((e) => e.id).sort());
      for (const m of labelled) expect(m.lines!.join(' '), `${width} px`).to.equal(m.event.title);
    }
  });

  it('takes the lanes drawn as marks from the previous frame of the same view, and from no other', () => {
    const raw = Array.from({ length: 1000 }, (_, i) => ({
      title: `Event ${i}`,
      date: new Date(Date.UTC(2014, 0, 1 + ((i * 7919) % 3650))).toISOString().slice(0, 10),
      kind: ['visit', 'meeting', 'agreement', 'deal', 'deployment', 'statement', 'application', 'publication'][(i * 31) % 8],
    }));
    const filters = { groupBy: 'kind' as const, hiddenKinds: [], hiddenActors: [], reference: null, timeZone: 'UTC' };
    const big = deriveView(normalize(raw), { ...filters, today: Date.UTC(2024, 4, 10) });
    const other = deriveView(normalize(raw), { ...filters, today: Date.UTC(2024, 4, 10) });
    const marksLanes = (f: ReturnType<typeof layoutFrame>) => f.layout!.lanes.filter((l) => !l.aggregate).map((l) => l.key);
    const warp = layoutFrame(big, options(big, big.fit, 1200)).scale.warp();
    const mid = (big.fit[0] + big.fit[1]) / 2;
    let previous: ReturnType<typeof layoutFrame> | null = null;
    let went = 0;
    let fresh = 0;
    for (let k = 1; k < 20; k *= 1.27) {
      const w = zoomAround(big.fit, k, mid, warp);
      const next = layoutFrame(big, options(big, w, 1200, { previous }));
      // A frame of another view (other filters, other data) passes on nothing: as if there were no previous.
      const alone = layoutFrame(big, options(big, w, 1200));
      expect(marksLanes(layoutFrame(big, options(big, w, 1200, { previous: previous && { ...previous, view: other } }))))
        .to.deep.equal(marksLanes(alone));
      if (previous) {
        went += marksLanes(previous).filter((key) => !marksLanes(next).includes(key)).length;
        fresh += marksLanes(previous).filter((key) => !marksLanes(alone).includes(key)).length;
      }
      previous = next;
    }
    // Zooming in, no lane goes back from marks to clusters; without the previous frame, some would.
    expect(went).to.equal(0);
    expect(fresh).to.be.greaterThan(0);
  });

  it('keeps each mark in its row from frame to frame while it fits there, as a zoom steps in and out', () => {
    const filters = { groupBy: 'kind' as const, hiddenKinds: [], hiddenActors: [], reference: null, timeZone: 'UTC' };
    const hundred = deriveView(normalize(generateEvents(100)), { ...filters, today: Date.UTC(2030, 0, 1) });
    const warp = layoutFrame(hundred, options(hundred, hundred.fit, 1200)).scale.warp();
    const mid = (hundred.fit[0] + hundred.fit[1]) / 2;
    const rows = (f: ReturnType<typeof layoutFrame>) => new Map(f.layout!.marks.map((m) => [`${m.lane}:${m.event.id}`, m.row]));
    const moved = (a: Map<string, number>, b: Map<string, number>) => [...b].filter(([k, r]) => a.has(k) && a.get(k) !== r).length;
    const labels = (f: ReturnType<typeof layoutFrame>) => f.layout!.marks.filter((m) => m.label).length;
    // In for 7 steps of 1.27× from the fit, then out again to it. Each frame is laid out after the last one (the
    // zoom's frames), and alone (where first fit puts every mark).
    const ks = [0, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1, 0].map((i) => 1.27 ** i);
    let previous = layoutFrame(hundred, options(hundred, hundred.fit, 1200));
    const counts = { in: [0, 0], out: [0, 0] };
    ks.slice(1).forEach((k, i) => {
      const w = zoomAround(hundred.fit, k, mid, warp);
      const next = layoutFrame(hundred, options(hundred, w, 1200, { previous }));
      const alone = layoutFrame(hundred, options(hundred, w, 1200));
      const c = counts[i < 7 ? 'in' : 'out'];
      c[0] += moved(rows(previous), rows(next));
      c[1] += moved(rows(previous), rows(alone));
      // Keeping rows costs no label, and no height.
      expect(labels(next), `step ${i + 1}`).to.equal(labels(alone));
      expect(next.layout!.height, `step ${i + 1}`).to.equal(alone.layout!.height);
      previous = next;
    });
    // Zooming in, marks only spread apart, and nearly all keep their rows; first fit moves about 100 of them.
    expect(counts.in[1]).to.be.greaterThan(50);
    expect(counts.in[0]).to.be.at.most(counts.in[1] / 10);
    // Zooming out, they close up and some must move, but fewer than first fit moves.
    expect(counts.out[0]).to.be.lessThan(counts.out[1]);
  });

  it('lays out the fitted window as a first frame, whatever frames came before: "Fit all events" gives it back', () => {
    const filters = { groupBy: 'kind' as const, hiddenKinds: [], hiddenActors: [], reference: null, timeZone: 'UTC' };
    const hundred = deriveView(normalize(generateEvents(100)), { ...filters, today: Date.UTC(2030, 0, 1) });
    const first = layoutFrame(hundred, options(hundred, hundred.fit, 1200));
    const warp = first.scale.warp();
    const rows = (f: ReturnType<typeof layoutFrame>) => f.layout!.marks.map((m) => `${m.lane}:${m.event.id}@${m.row}:${m.label ?? ''}`).sort();
    // Zoomed in about a point off the middle, then out past the fit, each frame after the last.
    let previous = first;
    const at = hundred.fit[0] + (hundred.fit[1] - hundred.fit[0]) * 0.3;
    for (const k of [1.27, 1.6, 2, 2.5, 2, 1.6, 1.27, 0.9]) {
      previous = layoutFrame(hundred, options(hundred, zoomAround(hundred.fit, k, at, warp), 1200, { previous }));
    }
    const fit = layoutFrame(hundred, options(hundred, [...hundred.fit] as TimeWindow, 1200, { previous }));
    expect(rows(fit)).to.deep.equal(rows(first));
    expect(fit.layout!.height).to.equal(first.layout!.height);
  });

  it("compresses the gaps by default, and 'linear' draws none", () => {
    expect(layoutFrame(view, options(view, view.fit, 1240)).scale.breaks().length).to.be.greaterThan(0);
    expect(layoutFrame(view, options(view, view.fit, 1240, { gaps: 'linear' })).scale.breaks()).to.deep.equal([]);
  });
});
