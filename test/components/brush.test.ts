import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import { centre, mountArticle, record } from './helpers.js';

const DAY = 86_400_000;

/** The window as ms. */
const win = (el: EventTimeline): [number, number] => {
  const w = el.getWindow();
  return [+w.start, +w.end];
};
const brushOf = (el: EventTimeline) => el.shadowRoot!.querySelector<SVGRectElement>('[part="brush"]')!;
const handleOf = (el: EventTimeline, edge: 'start' | 'end') =>
  el.shadowRoot!.querySelector<SVGGElement>(`[part="brush-handle"][data-edge="${edge}"]`)!;
/** Where a handle's grip is drawn: the brush's edge. */
const gripOf = (el: EventTimeline, edge: 'start' | 'end') => centre(handleOf(el, edge).querySelector('.grip')!);

/** A real drag (CDP input, with intermediate moves), then the frame it leads to. */
async function drag(el: EventTimeline, from: [number, number], dx: number): Promise<void> {
  await executeServerCommand('drag', { from, to: [from[0] + dx, from[1]] });
  await el.renderComplete;
}

/** Presses `key` on the focused brush with `mods` held. */
async function press(el: EventTimeline, key: string, mods: string[] = []): Promise<void> {
  for (const m of mods) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...mods].reverse()) await sendKeys({ up: m });
  await el.renderComplete;
}

describe('overview brush: resize handles and click-to-centre', () => {
  it('draws two slim handles with 24 px hit areas on the brush edges, outside the Tab order', async () => {
    const el = await mountArticle(1200, { start: '2022-06-01', end: '2023-06-01' });
    const handles = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part="brush-handle"]')];
    expect(handles.map((h) => h.dataset.edge)).to.have.members(['start', 'end']);
    const brush = brushOf(el).getBoundingClientRect();
    for (const h of handles) {
      expect(h.querySelector('.hit')!.getBoundingClientRect().width).to.be.at.least(24);
      expect(h.querySelector('.grip')!.getBoundingClientRect().width).to.be.at.most(6);
      expect(h.getAttribute('aria-hidden')).to.equal('true');
      expect(h.querySelector('[tabindex]')).to.equal(null);
    }
    expect(gripOf(el, 'start')[0]).to.be.closeTo(brush.left, 3);
    expect(gripOf(el, 'end')[0]).to.be.closeTo(brush.right, 3);
    // The brush's middle is still the brush, for moving it.
    const [x, y] = centre(brushOf(el));
    expect(el.shadowRoot!.elementFromPoint(x, y)).to.equal(brushOf(el));
  });

  it('dragging the end handle moves the end only, with one window-change', async () => {
    const el = await mountArticle(1200, { start: '2022-06-01', end: '2023-06-01' });
    const [s0, e0] = win(el);
    const changes = record(el, 'event-timeline-window-change');
    await drag(el, gripOf(el, 'end'), 80);
    const [s1, e1] = win(el);
    expect(s1).to.be.closeTo(s0, 1000);
    expect(e1).to.be.greaterThan(e0 + 30 * DAY);
    expect(changes.events).to.have.length(1);
    expect(+changes.events[0]!.detail.end).to.equal(e1);
    changes.stop();
  });

  it('dragging the start handle moves the start only, with one window-change', async () => {
    const el = await mountArticle(1200, { start: '2022-06-01', end: '2023-06-01' });
    const [s0, e0] = win(el);
    const changes = record(el, 'event-timeline-window-change');
    await drag(el, gripOf(el, 'start'), -80);
    const [s1, e1] = win(el);
    expect(e1).to.be.closeTo(e0, 1000);
    expect(s1).to.be.lessThan(s0 - 30 * DAY);
    expect(changes.events).to.have.length(1);
    changes.stop();
  });

  it('a handle never crosses the other edge, and min-span holds with the other edge in place', async () => {
    const el = await mountArticle(1200, { start: '2022-06-01', end: '2023-06-01', 'min-span': 'P30D' });
    const [, e0] = win(el);
    await drag(el, gripOf(el, 'start'), 600);
    const [s1, e1] = win(el);
    expect(e1).to.be.closeTo(e0, 1000);
    expect(e1 - s1).to.be.closeTo(30 * DAY, 1000);
    // With no min-span to stop it, a few px of window remain.
    const free = await mountArticle(1200, { start: '2022-06-01', end: '2023-06-01' });
    const [s2] = win(free);
    await drag(free, gripOf(free, 'end'), -600);
    const [s3, e3] = win(free);
    expect(s3).to.be.closeTo(s2, 1000);
    expect(e3).to.be.greaterThan(s3);
    expect(brushOf(free).getBoundingClientRect().width).to.be.at.least(24);
  });

  it('max-span holds with the other edge in place', async () => {
    const el = await mountArticle(1200, { start: '2022-06-01', end: '2023-01-01', 'max-span': 'P1Y' });
    const [s0] = win(el);
    await drag(el, gripOf(el, 'end'), 400);
    const [s1, e1] = win(el);
    expect(s1).to.be.closeTo(s0, 1000);
    expect(e1 - s1).to.be.closeTo(365.2425 * DAY, 1000);
  });

  it('RTL: the start handle is on the right, and dragging it moves the start only', async () => {
    const el = await mountArticle(1200, { dir: 'rtl', start: '2022-06-01', end: '2023-06-01' });
    const brush = brushOf(el).getBoundingClientRect();
    expect(gripOf(el, 'start')[0]).to.be.closeTo(brush.right, 3);
    expect(gripOf(el, 'end')[0]).to.be.closeTo(brush.left, 3);
    const [s0, e0] = win(el);
    const changes = record(el, 'event-timeline-window-change');
    // Leftward is later in RTL: the window narrows from its start.
    await drag(el, gripOf(el, 'start'), -80);
    const [s1, e1] = win(el);
    expect(e1).to.be.closeTo(e0, 1000);
    expect(s1).to.be.greaterThan(s0 + 30 * DAY);
    // Leftward on the end handle: the end later. A second drag in a row: the first selected no text, so this
    // one is not cancelled as a drag-and-drop of it.
    await drag(el, gripOf(el, 'end'), -80);
    const [s2, e2] = win(el);
    expect(s2).to.be.closeTo(s1, 1000);
    expect(e2).to.be.greaterThan(e1 + 30 * DAY);
    expect(changes.events).to.have.length(2);
    changes.stop();
  });

  it('keyboard on the brush: Shift + arrows move the end edge, Shift + Alt + arrows the start edge', async () => {
    const el = await mountArticle(1200, { start: '2022-06-01', end: '2023-06-01' });
    const brush = brushOf(el);
    brush.focus();
    const [s0, e0] = win(el);
    const span = e0 - s0;
    const text0 = brush.getAttribute('aria-valuetext');
    const changes = record(el, 'event-timeline-window-change');
    await press(el, 'ArrowRight', ['Shift']);
    let [s, e] = win(el);
    expect(s).to.be.closeTo(s0, 1000);
    expect(e).to.be.closeTo(e0 + span * 0.1, 1000);
    expect(brush.getAttribute('aria-valuetext')).not.to.equal(text0);
    await press(el, 'ArrowLeft', ['Shift']);
    [s, e] = win(el);
    expect(e).to.be.closeTo(e0 + span * 0.1 - span * 0.11, 1000);
    await press(el, 'ArrowLeft', ['Shift', 'Alt']);
    const [s2, e2] = win(el);
    expect(e2).to.be.closeTo(e, 1000);
    expect(s2).to.be.closeTo(s0 - (e - s0) * 0.1, 1000);
    expect(changes.events).to.have.length(3);
    expect(el.shadowRoot!.activeElement).to.equal(brush);
    // Plain arrows still move the whole window.
    await press(el, 'ArrowRight');
    const [s3, e3] = win(el);
    expect(e3 - s3).to.be.closeTo(e2 - s2, 1000);
    expect(s3).to.be.greaterThan(s2);
    changes.stop();
  });

  it('keyboard in RTL: the edges move the way the arrow points', async () => {
    const el = await mountArticle(1200, { dir: 'rtl', start: '2022-06-01', end: '2023-06-01' });
    brushOf(el).focus();
    const [s0, e0] = win(el);
    const span = e0 - s0;
    await press(el, 'ArrowLeft', ['Shift']);
    const [s1, e1] = win(el);
    expect(s1).to.be.closeTo(s0, 1000);
    expect(e1).to.be.closeTo(e0 + span * 0.1, 1000);
    await press(el, 'ArrowRight', ['Shift', 'Alt']);
    const [s2, e2] = win(el);
    expect(e2).to.be.closeTo(e1, 1000);
    expect(s2).to.be.closeTo(s1 - (e1 - s1) * 0.1, 1000);
  });

  it('keyboard at min-span: the edge stops, the other stays, and nothing is reported once it cannot move', async () => {
    const el = await mountArticle(1200, { start: '2023-01-01', end: '2023-02-10', 'min-span': 'P30D' });
    brushOf(el).focus();
    const [s0] = win(el);
    const changes = record(el, 'event-timeline-window-change');
    for (let i = 0; i < 4; i++) await press(el, 'ArrowLeft', ['Shift']);
    const [s1, e1] = win(el);
    expect(s1).to.be.closeTo(s0, 1000);
    expect(e1 - s1).to.be.closeTo(30 * DAY, 1000);
    // 41 days → 36.9 → 33.2 → 30 (held), then nothing moves.
    expect(changes.events).to.have.length(3);
    changes.stop();
  });

  it('a click outside the brush centres the window there, with one window-change', async () => {
    const el = await mountArticle(1200, { start: '2022-06-01', end: '2022-09-01' });
    const [s0, e0] = win(el);
    const strip = el.shadowRoot!.querySelector('[part="overview"]')!.getBoundingClientRect();
    const brush = brushOf(el).getBoundingClientRect();
    // Far from the brush: the middle of the wider gap beside it, where the moved brush fits too.
    const left = brush.left - strip.left > strip.right - brush.right;
    const x = Math.round(left ? (strip.left + brush.left) / 2 : (brush.right + strip.right) / 2);
    const y = Math.round(strip.top + strip.height / 2);
    const changes = record(el, 'event-timeline-window-change');
    await sendMouse({ type: 'click', position: [x, y] });
    await el.renderComplete;
    const [s1, e1] = win(el);
    expect(e1 - s1).to.be.closeTo(e0 - s0, 1000);
    expect(s1).not.to.be.closeTo(s0, DAY);
    expect(centre(brushOf(el))[0]).to.be.closeTo(x, 2);
    expect(changes.events).to.have.length(1);
    changes.stop();
  });

  it('a click on the brush or a handle that moves nothing fires no window-change', async () => {
    const el = await mountArticle(1200, { start: '2022-06-01', end: '2023-06-01' });
    const before = win(el);
    const changes = record(el, 'event-timeline-window-change');
    await sendMouse({ type: 'click', position: centre(brushOf(el)) });
    await sendMouse({ type: 'click', position: gripOf(el, 'end') });
    await el.renderComplete;
    expect(win(el)).to.deep.equal(before);
    expect(changes.events).to.have.length(0);
    changes.stop();
  });
});
