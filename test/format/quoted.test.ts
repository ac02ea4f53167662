import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { splitQuoted } from '../../src/format/quoted.js';

fc.configureGlobal({ seed: 20230802 });

const quoted = (m: string) => splitQuoted(m).filter((p) => p.quoted).map((p) => p.text);

describe('splitQuoted', () => {
  it('finds each quoted value of a problem message, whole', () => {
    expect(quoted('Record 6 ("long-date"), field "date": "2023-2023" is not a valid EDTF date; the record is skipped')).to.deep.equal([
      '"long-date"',
      '"date"',
      '"2023-2023"',
    ]);
  });

  it('keeps a value with quotes and bidi controls inside in one run', () => {
    const m = 'Record 2 ("a"b\u202e"), field "id": the id "x\u202ey" is already used; kept as "x\u202ey-2"';
    expect(quoted(m)).to.deep.equal(['"a"b\u202e"', '"id"', '"x\u202ey"', '"x\u202ey-2"']);
  });

  it('leaves a message without quotes as one plain part', () => {
    expect(splitQuoted('the source is not valid JSON')).to.deep.equal([{ text: 'the source is not valid JSON', quoted: false }]);
    expect(splitQuoted('')).to.deep.equal([]);
  });

  it('gives back the message when its parts are joined, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', 'a', ' ', ')', ',', ':', '\u202e', 'ی'), maxLength: 40 }), (m) => {
        const parts = splitQuoted(m);
        expect(parts.map((p) => p.text).join('')).to.equal(m);
        for (const p of parts) expect(p.text.length).to.be.above(0);
        for (const p of parts.filter((x) => x.quoted)) expect(p.text.startsWith('"') && p.text.endsWith('"') && p.text.length >= 2).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });
});
