import { expect } from '@open-wc/testing';
import { OVERVIEW_HEIGHT, densityPath } from '../../src/render/overview.js';
import type { OverviewDensity } from '../../src/layout/view-model.js';

/** The bars a path draws, read back from its `M x,y h3 v… h-3 z` subpaths. */
function bars(d: string): Array<{ x: number; y: number; width: number; height: number }> {
  return [...d.matchAll(/M([-\d.]+),([-\d.]+)h([-\d.]+)v([-\d.]+)h-[\d.]+z/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

describe('densityPath', () => {
  const density: OverviewDensity = { width: 40, counts: [0, 3, 0, 0, 1, 6, 0, 0, 0, 2], max: 6 };
  const h = OVERVIEW_HEIGHT;

  it('draws one 3-px bar per non-empty 4-px bin, standing 2 px above the strip floor, its height by count', () => {
    const got = bars(densityPath(density, 40, false));
    expect(got.map((b) => b.x)).to.deep.equal([4, 16, 20, 36]);
    for (const b of got) {
      expect(b.width).to.equal(3);
      expect(b.y + b.height).to.be.closeTo(h - 2, 1e-9);
    }
    expect(got.map((b) => b.height)).to.deep.equal([15, 5, 30, 10]); // (h - 8) * count / max
  });

  it('gives a bin of few events a bar at least 2 px high', () => {
    const got = bars(densityPath({ width: 8, counts: [1, 500], max: 500 }, 8, false));
    expect(got[0]!.height).to.equal(2);
  });

  it('mirrors the bars right to left', () => {
    const ltr = bars(densityPath(density, 40, false));
    const rtl = bars(densityPath(density, 40, true));
    expect(rtl.map((b) => b.x)).to.deep.equal(ltr.map((b) => 40 - b.x - 3));
    expect(rtl.map((b) => b.height)).to.deep.equal(ltr.map((b) => b.height));
  });

  it('is empty when every bin is', () => {
    expect(densityPath({ width: 12, counts: [0, 0, 0], max: 1 }, 12, false)).to.equal('');
  });

  it('fills the bars and not the gaps between them, drawn as SVG', () => {
    const ns = 'http://www.w3.org/2000/svg';
    const root = document.createElementNS(ns, 'svg');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', densityPath(density, 40, false));
    root.append(path);
    document.body.append(root);
    try {
      const at = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y));
      density.counts.forEach((c, i) => expect(at(i * 4 + 1.5, h - 3), `bin ${i}`).to.equal(c > 0));
      expect(at(4 + 3.5, h - 3), 'the 1-px gap after a bar').to.equal(false);
      expect(at(20 + 1.5, h - 2 - 30 + 0.5), 'the top of the tallest bar').to.equal(true);
      expect(at(4 + 1.5, h - 2 - 15 - 0.5), 'above a bar').to.equal(false);
    } finally {
      root.remove();
    }
  });
});
