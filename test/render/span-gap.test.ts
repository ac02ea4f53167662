import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalize } from '../../src/data/normalize.js';
import type { PlacedMark } from '../../src/layout/marks.js';
import { outlineWithGap, spanGap } from '../../src/render/span-gap.js';

fc.configureGlobal({ seed: 20230802 });

const event = normalize([{ title: 'Visit', date: '2023-05' }]).events[0]!;
const mark = (over: Partial<PlacedMark>): PlacedMark => ({
  ...{ event, uncertain: true, lane: 0, row: 0, cy: 0, fadeLeft: false, fadeRight: false, shape: 'fuzzy' },
  ...{ left: 100, right: 300, cx: 107, label: 'Visit', labelWidth: 60, labelX: 117 },
  ...over,
});

/** A stroked path in the document, to ask the engine which points its outline covers. */
const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
path.setAttribute('fill', 'none');
path.setAttribute('stroke', '#000');
path.setAttribute('stroke-width', '1.5');
svg.append(path);
before(() => document.body.append(svg));
after(() => svg.remove());
const stroked = (d: string, x: number, y: number) => {
  path.setAttribute('d', d);
  const p = svg.createSVGPoint();
  [p.x, p.y] = [x, y];
  return path.isPointInStroke(p);
};

/** Points along the outline of the `<rect>` from `l` to `r`, y -7 to 7, corner radius `rx`, as the engine draws it. */
const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
svg.append(rect);
function rectOutline(l: number, r: number, rx: number, n = 80): DOMPoint[] {
  for (const [k, v] of Object.entries({ x: l, y: -7, width: r - l, height: 14, rx })) rect.setAttribute(k, String(v));
  const length = rect.getTotalLength();
  return Array.from({ length: n }, (_, i) => rect.getPointAtLength((length * i) / n));
}

describe('spanGap', () => {
  it('cuts the outline across the label and 3 px about it, in the coordinates about the symbol', () => {
    // The span runs 100–300 and its symbol sits at 107: -7 to 193 about it. The label runs 117 to 177.
    const gap = spanGap(mark({}), 'ltr', 117, 60, 7)!;
    for (const y of [-7, 7]) {
      for (const x of [8, 20, 40, 72]) expect(stroked(gap.line, x, y), `${x},${y} under the label`).to.equal(false);
      for (const x of [-3, 6, 74, 150, 185]) expect(stroked(gap.line, x, y), `${x},${y} beside it`).to.equal(true);
    }
    // Both ends stay whole, and so do their end ticks (0.75 px inside the ends).
    expect(stroked(gap.line, -7, 0)).to.equal(true);
    expect(stroked(gap.line, 193, 0)).to.equal(true);
    expect(gap.whisker).to.equal('M-6.25,-5v10M192.25,-5v10');
  });

  it('widens the gap with the width it is given (a bold label)', () => {
    const gap = spanGap(mark({}), 'ltr', 117, 66, 7)!;
    expect(stroked(gap.line, 76, -7)).to.equal(false);
    expect(stroked(gap.line, 80, -7)).to.equal(true);
  });

  it('drops the end that a label running past it covers, with its end tick', () => {
    // The span ends at 150 (43 about the symbol); the label runs to 177.
    const gap = spanGap(mark({ right: 150 }), 'ltr', 117, 60, 7)!;
    expect(stroked(gap.line, 43, 0)).to.equal(false);
    expect(stroked(gap.line, 30, -7)).to.equal(false);
    expect(stroked(gap.line, -7, 0)).to.equal(true);
    expect(gap.whisker).to.equal('M-6.25,-5v10');
  });

  it('works in screen px in RTL, where the label ends at labelX', () => {
    // Mirrored: span 700–900, symbol at 893, the label reads leftward from 883 (its left at 823).
    const gap = spanGap(mark({ left: 700, right: 900, cx: 893, labelX: 883 }), 'rtl', 823, 60, 7)!;
    expect(stroked(gap.line, 850 - 893, -7)).to.equal(false);
    expect(stroked(gap.line, 810 - 893, -7)).to.equal(true);
    expect(stroked(gap.line, 7, 0)).to.equal(true);
  });

  it('is null when the label lies beside the span, for a point, and for an unlabelled mark', () => {
    expect(spanGap(mark({ labelX: 310 }), 'ltr', 310, 60, 7)).to.equal(null);
    expect(spanGap(mark({ shape: 'point', left: 101, right: 113 }), 'ltr', 117, 60, 7)).to.equal(null);
    expect(spanGap(mark({ label: null }), 'ltr', 107, 0, 7)).to.equal(null);
  });

  it('outlineWithGap: the whole outline of the span\'s <rect> but the gap, for any box, corner and gap (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -300, max: 0 }),
        fc.constantFrom(3, 7),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -320, max: 420 }),
        fc.integer({ min: 6, max: 300 }),
        (l, rx, extra, g0, gw) => {
          // A span at least twice its corner radius wide: one a label runs over is (about 17 px and more).
          const [r, g1] = [l + 2 * rx + extra, g0 + gw];
          const d = outlineWithGap(l, r, rx, g0, g1);
          for (const p of rectOutline(l, r, rx)) {
            // Inside the gap (with the stroke's half width and a little room), nothing; well outside it, the outline.
            if (p.x > g0 + 1.5 && p.x < g1 - 1.5) expect(stroked(d, p.x, p.y), `${p.x},${p.y} in the gap`).to.equal(false);
            if (p.x < g0 - 1.5 || p.x > g1 + 1.5) expect(stroked(d, p.x, p.y), `${p.x},${p.y} outside it`).to.equal(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
