import { expect } from '@open-wc/testing';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3-shape';
import { EVENT_KINDS } from '../../src/data/types.js';
import { SYMBOL_AREA, SYMBOL_PATHS, kindSymbol } from '../../src/render/symbols.js';

describe('kindSymbol', () => {
  it('SYMBOL_PATHS are d3-shape symbols at SYMBOL_AREA', () => {
    const types = { circle: symbolCircle, square: symbolSquare, diamond: symbolDiamond, star: symbolStar, triangle: symbolTriangle, wye: symbolWye, cross: symbolCross };
    for (const [name, type] of Object.entries(types)) {
      expect(SYMBOL_PATHS[name as keyof typeof SYMBOL_PATHS], name).to.equal(symbol(type, SYMBOL_AREA)());
    }
  });

  it('kindSymbol(kind) gives every kind of the vocabulary its own look', () => {
    const looks = EVENT_KINDS.map((k) => JSON.stringify(kindSymbol(k)));
    expect(new Set(looks).size).to.equal(EVENT_KINDS.length);
  });

  it('kindSymbol(kind) is stable for custom kinds, and differs from the vocabulary', () => {
    expect(kindSymbol('protest')).to.deep.equal(kindSymbol('protest'));
    const vocabulary = EVENT_KINDS.map((k) => JSON.stringify(kindSymbol(k)));
    for (const custom of ['protest', 'election', 'sanction', 'attack', 'summit']) expect(vocabulary).not.to.include(JSON.stringify(kindSymbol(custom)));
  });
});
