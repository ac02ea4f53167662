import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Cluster } from '../../src/layout/marks.js';
import { BUBBLE_HEIGHT, bubbleBox, clusterAt, ClusterPainter, type ClusterStyle } from '../../src/render/clusters.js';

fc.configureGlobal({ seed: 20230802 });

const cluster = (left: number, right: number, count = 1, cy = 14): Cluster => ({ left, right, cx: (left + right) / 2, cy, t0: left, t1: right, count });

/** A row of adjacent cells, as the layout cuts them: `widths` px each, from `x0`. */
const row = (x0: number, widths: number[], cy = 14): Cluster[] => {
  let x = x0;
  return widths.map((w) => {
    const c = cluster(x, x + w, 1, cy);
    x += w;
    return c;
  });
};

const style: ClusterStyle = { fill: 'rgb(255, 255, 255)', stroke: 'rgb(0, 0, 255)', strokeWidth: 1.5, textFill: 'rgb(0, 0, 0)', font: '600 12px sans-serif', fontSize: 12, opacity: 1 };

/** A blank canvas of `width` × `height` device px, its context and a fresh painter. */
const surface = (width: number, height: number) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return { ctx: canvas.getContext('2d')!, painter: new ClusterPainter() };
};

describe('cluster bubbles', () => {
  it('bubbleBox: centred on the cell, at least 24 px, wide enough for the digits, otherwise within the cell', () => {
    expect(bubbleBox(cluster(0, 44), '7')).to.deep.equal({ x: 10, y: 14 - BUBBLE_HEIGHT / 2, width: 24, height: BUBBLE_HEIGHT });
    expect(bubbleBox(cluster(0, 44), '123').width).to.equal(31);
    expect(bubbleBox(cluster(0, 44), '12345').width).to.equal(42);
    // A cell narrower than the minimum keeps the minimum, centred.
    expect(bubbleBox(cluster(100, 110), '3')).to.include({ x: 93, width: 24 });
    // Widths are whole pixels (one sprite each), whatever the cell: a narrow edge cell too.
    fc.assert(
      // Cell widths in hundredths of a pixel, spread evenly (fc.double crowds near 0).
      fc.property(fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100), fc.integer({ min: 1, max: 6 }), (w, digits) => {
        expect(Number.isInteger(bubbleBox(cluster(3.7, 3.7 + w), '9'.repeat(digits)).width)).to.equal(true);
      }),
    );
  });

  it('clusterAt finds the cell under a point, 24 px tall around its row, and nothing between rows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 24, max: 60 }), { minLength: 1, maxLength: 20 }), fc.double({ min: -10, max: 1300, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true }), (widths, x, y) => {
        const clusters = row(5, widths);
        const hit = clusterAt(clusters, x, y);
        const inRow = Math.abs(y - 14) <= 12;
        const cell = clusters.find((c) => x >= c.left && x <= c.right);
        if (!inRow || !cell) expect(hit).to.equal(null);
        // On a shared edge either neighbour may answer.
        else expect(hit === cell || (hit !== null && (x === hit.left || x === hit.right))).to.equal(true);
      }),
      { numRuns: 500 },
    );
    // A narrow cell answers over at least 24 px.
    expect(clusterAt([cluster(100, 104)], 91, 14)).to.not.equal(null);
    expect(clusterAt([cluster(100, 104)], 89, 14)).to.equal(null);
  });

  it('ClusterPainter draws every bubble from one sprite per width and style, with its count', () => {
    const { ctx, painter } = surface(400, 28);
    const clusters = row(0, [44, 44, 44, 44, 44, 44]);
    const labels = ['1', '22', '333', '4', '55', '6666'];
    painter.paint(ctx, clusters, labels, style, 0, 1, 'ltr');
    // Widths 24 (four labels), 31 and 38.
    expect(painter.spritesOf(style)).to.equal(3);
    const data = ctx.getImageData(0, 0, 400, 28).data;
    const at = (x: number, y: number) => [...data.slice((y * 400 + x) * 4, (y * 400 + x) * 4 + 4)];
    for (const [i, c] of clusters.entries()) {
      const box = bubbleBox(c, labels[i]!);
      // The outline's colour on the bubble's left edge, on its centre line.
      const edge = at(Math.round(box.x), 14);
      expect(edge[2], `outline of ${labels[i]}`).to.be.greaterThan(100);
      expect(edge[3]).to.be.greaterThan(100);
      // Some dark text pixels inside.
      let dark = 0;
      for (let x = Math.ceil(box.x + 4); x < box.x + box.width - 4; x++) for (let y = 8; y < 20; y++) if (at(x, y)[0]! < 100 && at(x, y)[3]! > 100) dark++;
      expect(dark, `count ${labels[i]}`).to.be.greaterThan(3);
    }
    // Between bubbles: nothing.
    expect(at(Math.round(clusters[0]!.right), 14)[3]).to.equal(0);
    // Another style gets its own sprites; the first keeps its own.
    const other = { ...style, stroke: 'rgb(255, 0, 0)' };
    painter.paint(ctx, clusters.slice(0, 1), labels.slice(0, 1), other, 0, 1, 'ltr');
    expect(painter.spritesOf(other)).to.equal(1);
    expect(painter.spritesOf(style)).to.equal(3);
  });

  it('ClusterPainter places sprites on whole device pixels at any pixel ratio', () => {
    const { ctx, painter } = surface(200, 56);
    // A row centre 14 px down, drawn with offsetY -0: at ratio 2 it is 28 device px down.
    painter.paint(ctx, [cluster(10.3, 54.3)], ['9'], style, 0, 2, 'ltr');
    const data = ctx.getImageData(0, 0, 200, 56).data;
    const alpha = (x: number, y: number) => data[(y * 200 + x) * 4 + 3]!;
    expect(alpha(Math.round(32.3 * 2), 28), 'fill at the centre').to.equal(255);
    expect(alpha(Math.round(32.3 * 2), 2), 'nothing above the bubble').to.equal(0);
  });
});
