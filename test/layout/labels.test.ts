import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fitLabel, wrapLabel } from '../../src/layout/labels.js';

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

describe('wrapLabel', () => {
  const word = fc.stringMatching(/^[a-zA-Z]{1,12}$/);
  const title = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
  /** Every way to break `words` into at most `n` lines, as line lists. */
  const breaks = (words: string[], n: number): string[][] => {
    if (n === 1 || words.length === 1) return [[words.join(' ')]];
    const all: string[][] = [[words.join(' ')]];
    for (let k = 1; k < words.length; k++) {
      for (const rest of breaks(words.slice(k), n - 1)) all.push([words.slice(0, k).join(' '), ...rest]);
    }
    return all;
  };

  it('wrapLabel(text, room, measure, false, 3) takes three lines only when one or two do not fit, and finds them whenever they exist (property)', () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 10, max: 400 }), (text, room) => {
        const two = wrapLabel(text, room, measure);
        const three = wrapLabel(text, room, measure, false, 3);
        if (two) {
          expect(three).to.deep.equal(two);
          return;
        }
        // Some break into three lines of at most `room` px, the narrowest of which is found.
        const fits = breaks(text.split(' '), 3).filter((l) => l.length === 3 && Math.max(...l.map(measure)) <= room);
        if (!fits.length) {
          expect(three).to.equal(null);
          return;
        }
        expect(three, text).to.not.equal(null);
        expect(three!.lines.length).to.equal(3);
        expect(three!.lines.join(' ')).to.equal(text);
        expect(three!.cut).to.equal(false);
        expect(three!.width).to.equal(Math.max(...three!.lines.map(measure)));
        expect(three!.width).to.equal(Math.min(...fits.map((l) => Math.max(...l.map(measure)))));
      }),
      { numRuns: 500 },
    );
  });

  it('wrapLabel(text, room) keeps to two lines, shortening the second when cut', () => {
    const text = 'Moscow-sponsored Iranian engineers visit Belarus to study Shahed production';
    expect(wrapLabel(text, 200, measure)).to.equal(null);
    expect(wrapLabel(text, 200, measure, false, 3)!.lines).to.deep.equal([
      'Moscow-sponsored Iranian',
      'engineers visit Belarus to',
      'study Shahed production',
    ]);
    const cut = wrapLabel(text, 200, measure, true)!;
    expect(cut.lines.length).to.equal(2);
    expect(cut.lines[1]!.endsWith('…')).to.equal(true);
  });
});
