import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ringAround } from '../../src/render/mark.js';

fc.configureGlobal({ seed: 20230802 });

/** A filled path in the document, to ask the engine which points the outline encloses. */
const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
svg.append(path);
document.body.append(svg);
const inside = (x: number, y: number) => {
  const pt = svg.createSVGPoint();
  [pt.x, pt.y] = [x, y];
  return path.isPointInFill(pt);
};

describe('ringAround (a focus ring around two rows and a third line under them)', () => {
  it('encloses the box and the tab under it, and nothing else below the box (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 0 }),
        fc.integer({ min: 30, max: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x0, w, a, b) => {
          const x1 = x0 + w;
          const [t0, t1] = [x0 + Math.min(a, b) * w, x0 + Math.max(a, b) * w];
          fc.pre(t1 - t0 >= 4);
          path.setAttribute('d', ringAround(x0, x1, -17, 17, { x0: t0, x1: t1, y: 31 }));
          // The box, across its width.
          for (const x of [x0 + 1, (x0 + x1) / 2, x1 - 1]) expect(inside(x, 0), `box at ${x}`).to.equal(true);
          // The tab, under the box.
          expect(inside((t0 + t1) / 2, 25), 'tab').to.equal(true);
          // Beside the tab, under the box: another mark's room.
          if (t0 - x0 > 2) expect(inside(x0 + 1, 25), 'left of the tab').to.equal(false);
          if (x1 - t1 > 2) expect(inside(x1 - 1, 25), 'right of the tab').to.equal(false);
          expect(inside((t0 + t1) / 2, 33), 'under the tab').to.equal(false);
        },
      ),
    );
  });
});
