import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fitLabel } from '../../src/layout/labels.js';

fc.configureGlobal({ seed: 20230802 });
const measure = (s: string) => Array.from(s).length * 7;

describe('fitLabel', () => {
  it('fitLabel(text, max) keeps text that fits and shortens the rest with an ellipsis (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), fc.integer({ min: 0, max: 400 }), (text, max) => {
        const out = fitLabel(text, max, measure);
        expect(measure(out)).to.be.at.most(max);
        if (measure(text) <= max) expect(out).to.equal(text);
        else if (out) {
          expect(out.endsWith('…')).to.equal(true);
          expect(text.startsWith(out.slice(0, -1).trimEnd())).to.equal(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('fitLabel never splits a surrogate pair', () => {
    expect(fitLabel('𓀀𓀁𓀂𓀃', 21, measure)).to.equal('𓀀𓀁…');
  });
});
