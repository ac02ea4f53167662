import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import type { PlacedMark } from '../../src/layout/marks.js';
import { FADES, SPAN_STROKE, spanGap } from '../../src/render/span-gap.js';
import { plotStyles } from '../../src/render/plot.styles.js';

const event = normalize([{ title: 'Visit', date: '2023-05' }]).events[0]!;
const mark = (over: Partial<PlacedMark>): PlacedMark => ({
  ...{ event, uncertain: true, lane: 0, row: 0, cy: 0, fadeLeft: false, fadeRight: false, shape: 'fuzzy' },
  ...{ left: 100, right: 300, cx: 107, label: 'Visit', labelWidth: 60, labelX: 117 },
  ...over,
});
/** The px stops of a mask's last gradient (the gap's). */
const stops = (mask: unknown) => {
  const s = String(mask);
  return [...s.slice(s.lastIndexOf('linear-gradient')).matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
};

describe('spanGap', () => {
  it('clears the span across the label and 3 px about it, and masks the strip under it to that stretch alone', () => {
    const gap = spanGap(mark({}), 'ltr', 117, 60, '')!;
    // From the span's left (100): the label runs 17 to 77; the masks start at the stroke box, 0.75 px before it.
    expect(stops(gap.span.maskImage)).to.deep.equal([14.8, 14.8, 80.8, 80.8]);
    expect(String(gap.span.maskImage)).to.match(/^linear-gradient\(to right, #000 14\.8px, transparent 14\.8px, transparent 80\.8px, #000 80\.8px\)$/);
    expect(String(gap.under.maskImage)).to.match(/^linear-gradient\(to right, transparent 14\.8px, #000 14\.8px, #000 80\.8px, transparent 80\.8px\)$/);
    expect([gap.span.maskOrigin, gap.under.maskOrigin, gap.whisker.maskOrigin]).to.deep.equal(['stroke-box', 'stroke-box', 'stroke-box']);
    expect(gap.span.maskComposite).to.equal(undefined);
    // The end ticks' stroke box starts at the span's left itself.
    expect(stops(gap.whisker.maskImage)).to.deep.equal([14, 14, 80, 80]);
  });

  it('widens the gap with the width it is given (a bold label)', () => {
    expect(stops(spanGap(mark({}), 'ltr', 117, 66, '')!.span.maskImage)).to.deep.equal([14.8, 14.8, 86.8, 86.8]);
  });

  it('is not clamped to the span: a label running past its end clears the stroke that reaches past it', () => {
    const gap = spanGap(mark({ right: 150 }), 'ltr', 117, 60, '')!;
    expect(stops(gap.span.maskImage)).to.deep.equal([14.8, 14.8, 80.8, 80.8]);
  });

  it('keeps an open side fading: the fade and the gap, intersected', () => {
    const gap = spanGap(mark({ fadeRight: true }), 'ltr', 117, 60, 'fade-r')!;
    expect(String(gap.span.maskImage)).to.match(/^linear-gradient\(to right, #000, transparent\), linear-gradient/);
    expect(String(gap.under.maskImage)).to.match(/^linear-gradient\(to right, #000, transparent\), linear-gradient/);
    expect(gap.span.maskComposite).to.equal('intersect');
    expect(gap.under.maskComposite).to.equal('intersect');
  });

  it('works in screen px in RTL, where the label ends at labelX', () => {
    // Mirrored: span 700–900, symbol at 893, the label reads leftward from 883 (its left at 823).
    const m = mark({ left: 700, right: 900, cx: 893, labelX: 883 });
    expect(stops(spanGap(m, 'rtl', 823, 60, '')!.span.maskImage)).to.deep.equal([120.8, 120.8, 186.8, 186.8]);
  });

  it('is null when the label lies beside the span, for a point, and for an unlabelled mark', () => {
    expect(spanGap(mark({ labelX: 310 }), 'ltr', 310, 60, '')).to.equal(null);
    expect(spanGap(mark({ shape: 'point', left: 101, right: 113 }), 'ltr', 117, 60, '')).to.equal(null);
    expect(spanGap(mark({ label: null }), 'ltr', 107, 0, '')).to.equal(null);
  });

  it('uses the fades and the stroke width that the plot styles draw', () => {
    const sheet = plotStyles.cssText.replace(/\s+/g, ' ');
    for (const [cls, mask] of Object.entries(FADES)) expect(sheet, cls).to.include(`.mark .span.${cls} { mask-image: ${mask}; }`);
    expect(sheet).to.match(new RegExp(`\\.mark \\.span \\{[^}]*stroke-width: ${SPAN_STROKE};`));
  });
});
