import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { glyphSumWidth } from '../../src/layout/text-width.js';

fc.configureGlobal({ seed: 20230802 });

/** The browser's own measure, in the story's card font. */
const ctx = document.createElement('canvas').getContext('2d')!;
ctx.font = '15px sans-serif';
const canvasWidth = (s: string) => ctx.measureText(s).width;

describe('glyphSumWidth', () => {
  it('is the sum of the widths of the characters, each measured once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(...'abcXYZ ,.-–0123фыв'), maxLength: 30 })), (texts) => {
        const calls: string[] = [];
        const measure = (s: string) => {
          calls.push(s);
          return s.codePointAt(0)! % 11;
        };
        const glyphs = new Map<string, number>();
        for (const t of texts) {
          const sum = Array.from(t).reduce((a, c) => a + (c.codePointAt(0)! % 11), 0);
          expect(glyphSumWidth(t, measure, glyphs)).to.equal(sum);
        }
        expect(calls.length, 'one call per distinct character').to.equal(new Set(texts.join('')).size);
      }),
    );
  });

  it('measures a text whole when its script joins or stacks letters (Persian, Arabic, Devanagari)', () => {
    for (const text of ['دیدار وزیران دفاع', 'زيارة', 'नमस्ते', 'Minsk — مینسک']) {
      const calls: string[] = [];
      const width = glyphSumWidth(text, (s) => (calls.push(s), 42), new Map());
      expect([width, calls]).to.deep.equal([42, [text]]);
    }
  });

  it('comes within 3% of the browser\'s width for Latin and Cyrillic titles (property)', () => {
    const glyphs = new Map<string, number>();
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPRSTUVWйцукенгшщзхъ'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const exact = canvasWidth(text);
        expect(Math.abs(glyphSumWidth(text, canvasWidth, glyphs) - exact)).to.be.at.most(exact * 0.03 + 0.5);
      }),
    );
  });
});
