import { expect } from '@open-wc/testing';
import { SCROLL_SETTLE_MS, StoryWindowReport } from '../../src/controllers/story-window-report.js';

/** A report over a window the test moves, recording what it reported. */
function setup() {
  const state = { window: null as [number, number] | null, holding: false, reports: [] as boolean[] };
  const report = new StoryWindowReport({
    window: () => state.window,
    changed: (zoomed) => state.reports.push(zoomed),
    holding: () => state.holding,
  });
  return { state, report };
}

const settle = () => new Promise((r) => setTimeout(r, SCROLL_SETTLE_MS + 50));

describe('StoryWindowReport', () => {
  it('takes a window drawn by code as known: the first one, and one moved by a render', () => {
    const { state, report } = setup();
    state.window = [0, 10];
    report.rendered();
    state.window = [5, 15];
    report.rendered();
    expect(state.reports).to.deep.equal([]);
  });

  it('reports a zoom of the reader once, after its render, as a zoom', () => {
    const { state, report } = setup();
    state.window = [0, 10];
    report.rendered();
    report.zoomed();
    state.window = [2, 8];
    report.rendered();
    report.rendered();
    expect(state.reports).to.deep.equal([true]);
  });

  it('does not report a zoom that left the window where it was', () => {
    const { state, report } = setup();
    state.window = [0, 10];
    report.rendered();
    report.zoomed();
    report.rendered();
    expect(state.reports).to.deep.equal([]);
  });

  it('reports a scroll once the scrolling pauses, as no zoom; renders meanwhile do not take it as known', async () => {
    const { state, report } = setup();
    state.window = [0, 10];
    report.rendered();
    report.scrolled();
    state.window = [3, 13];
    report.rendered(); // a band of cards drawn while the reader scrolls
    report.scrolled();
    expect(state.reports).to.deep.equal([]);
    await settle();
    expect(state.reports).to.deep.equal([false]);
  });

  it('waits while a gesture holds the story, then reports it when told it ended', async () => {
    const { state, report } = setup();
    state.window = [0, 10];
    report.rendered();
    state.holding = true;
    report.scrolled();
    state.window = [1, 5];
    report.rendered(); // the pinch's render: not taken as known
    await settle();
    expect(state.reports).to.deep.equal([]);
    state.holding = false;
    report.zoomed();
    report.rendered();
    expect(state.reports).to.deep.equal([true]);
  });

  it('forgets a pending scroll when reset', async () => {
    const { state, report } = setup();
    state.window = [0, 10];
    report.rendered();
    report.scrolled();
    state.window = [3, 13];
    report.reset();
    await settle();
    expect(state.reports).to.deep.equal([]);
  });
});
