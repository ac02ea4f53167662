// Conformance: every example of the EDTF specification (2019) and the strings of the reference implementation's
// tests (test/fixtures/edtf-conformance.json, built by scripts/edtf-conformance.mjs), each read by parseEdtf and
// checked against the reference's verdict and bounds, or against a difference docs/edtf-parser.md names and explains.
import { expect } from '@open-wc/testing';
import { parseEdtf, EdtfError } from '../../src/data/edtf.js';
import { reference } from './edtf-differences.js';

type Bound = number | 'NaN' | 'Infinity' | '-Infinity' | null;
interface Verdict {
  valid: boolean;
  min?: Bound;
  max?: Bound;
  code?: string;
}
interface Entry {
  edtf: string;
  level: number;
  source: string;
  reference: Verdict;
  ours?: Verdict;
  reason?: string;
}
interface Fixture {
  reference: string;
  reasons: Record<string, string>;
  strings: Entry[];
}

const num = (b: Bound | undefined): number | null =>
  b === null || b === undefined ? null : typeof b === 'number' ? b : Number(b);

function ours(s: string): Verdict {
  try {
    const d = parseEdtf(s);
    return { valid: true, min: d.earliest, max: d.latest };
  } catch (e) {
    expect(e, s).to.be.instanceOf(EdtfError);
    return { valid: false, code: (e as EdtfError).code };
  }
}

/** A time of day without Z or an offset: edtf reads it in the browser's zone, so only its verdict is compared. */
const zoneless = (s: string) => /T[\d:.]+(\/|$)/.test(s);

describe('EDTF conformance (specification examples and the reference tests)', () => {
  let fixture: Fixture;
  let doc: string;
  before(async () => {
    fixture = (await (await fetch('/test/fixtures/edtf-conformance.json')).json()) as Fixture;
    doc = await (await fetch('/docs/edtf-parser.md')).text();
  });

  it('holds the specification examples and the reference tests of every level', () => {
    const sources = new Set(fixture.strings.map((e) => e.source));
    expect([...sources]).to.include.members(['spec', 'edtf test/parser.js', 'edtf test/date.js']);
    for (const level of [0, 1, 2]) {
      expect(fixture.strings.filter((e) => e.level === level).length, `level ${level}`).to.be.above(50);
    }
  });

  it('the fixture still says what the reference does', () => {
    for (const e of fixture.strings) {
      const r = reference(e.edtf);
      expect(r.ok, e.edtf).to.equal(e.reference.valid);
      if (!r.ok || zoneless(e.edtf)) continue;
      expect([num(r.min), num(r.max)], e.edtf).to.deep.equal([num(e.reference.min), num(e.reference.max)]);
    }
  });

  it('agrees with the reference on every verdict and bound, or differs for a documented reason', () => {
    const failures: string[] = [];
    for (const e of fixture.strings) {
      const want = e.ours ?? e.reference;
      const got = ours(e.edtf);
      const same =
        got.valid === want.valid &&
        (got.valid
          ? num(got.min) === num(want.min) && num(got.max) === num(want.max)
          : want.code === undefined || got.code === want.code);
      if (!same) failures.push(`${e.edtf}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });

  it('each difference is real, named in docs/edtf-parser.md, and explained there', () => {
    for (const e of fixture.strings.filter((x) => x.ours)) {
      const why = fixture.reasons[e.reason!];
      expect(why, `${e.edtf}: reason ${e.reason}`).to.be.a('string');
      expect(doc, `docs/edtf-parser.md names ${e.reason}`).to.include(`\`${e.reason}\``);
      const r = e.reference;
      const o = e.ours!;
      const differs = r.valid !== o.valid || num(r.min) !== num(o.min) || num(r.max) !== num(o.max);
      expect(differs, `${e.edtf} is listed as a difference but agrees`).to.equal(true);
    }
  });

  it('most strings agree outright, at every level', () => {
    const by: Record<number, [number, number]> = {};
    for (const e of fixture.strings) {
      const t = (by[e.level] ??= [0, 0]);
      t[1]++;
      if (!e.ours) t[0]++;
    }
    for (const level of [0, 1, 2]) expect(by[level]![0] / by[level]![1], `level ${level}`).to.be.above(0.6);
  });
});
