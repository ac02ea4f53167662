import { expect } from '@open-wc/testing';
import { SpanAttribute } from '../../src/controllers/span-attribute.js';

const DAY = 86_400_000;

/** Runs `fn` with console.warn recorded. */
function warnings(fn: () => void): string[] {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.join(' '));
  try {
    fn();
  } finally {
    console.warn = warn;
  }
  return said;
}

describe('SpanAttribute', () => {
  it('reads a duration in ms, and an empty or missing value as the fallback', () => {
    const min = new SpanAttribute('min-span', 3_600_000);
    expect(min.ms('P2D')).to.equal(2 * DAY);
    expect(min.ms('')).to.equal(3_600_000);
    const max = new SpanAttribute('max-span', null);
    expect(max.ms(null)).to.equal(null);
    expect(max.ms('P1D')).to.equal(DAY);
    expect(max.ms(null)).to.equal(null);
  });

  it('reports an unreadable value once, naming the attribute, and keeps the fallback', () => {
    const max = new SpanAttribute('max-span', null);
    const said = warnings(() => {
      expect(max.ms('soon')).to.equal(null);
      expect(max.ms('soon')).to.equal(null);
    });
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^<event-timeline>: max-span: /);
    // A new text is read again: once readable, it counts.
    expect(warnings(() => expect(max.ms('P3D')).to.equal(3 * DAY))).to.deep.equal([]);
  });
});
