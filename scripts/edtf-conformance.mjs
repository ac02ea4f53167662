// Builds test/fixtures/edtf-conformance.json: every example of the EDTF specification (2019) and the strings of the
// reference implementation's tests (edtf 4.11 by inukshuk, test/*.js), each with the reference's verdict and bounds,
// and ours: the same, or a documented difference (docs/edtf-parser.md) named by its reason.
//
// Usage: TZ=UTC node scripts/edtf-conformance.mjs            writes the fixture, prints the agreement figures
//        TZ=UTC node scripts/edtf-conformance.mjs --check x.ts   prints the figures of another parser (e.g. an old
//                                                              src/data/edtf.ts copied out of git), writes nothing
// Fails when a string disagrees with the reference for no documented reason.
import { buildSync } from 'esbuild';
import { writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import edtf, { parse as edtfParse } from 'edtf';

if (new Date(2016, 4, 2).getTimezoneOffset() !== 0) {
  console.error('Run with TZ=UTC: edtf reads a time without an offset in the local zone.');
  process.exit(1);
}

// level | source (spec: the examples of the EDTF specification, 2019; event-timeline: ours) | strings (space-separated; ⎵ stands for a space inside a string)
//
// The `spec` lines are every example string of the EDTF specification of February 4, 2019
// (https://www.loc.gov/standards/datetime/), section by section, in its order; a string that recurs (2004-06-11%, L1
// qualification and L2 group qualification) is kept once, under the level it first appears in. Checked against
// stored copies, as no live page could be fetched: the stored loc.gov page and its mirror
// https://mdsite.deno.dev/http://www.loc.gov/standards/datetime gave only the title, date, Differences and Compliance;
// the examples were checked against three public transcriptions of the page that agree with each other: a Markdown
// copy of the whole specification, the spec text quoted in sfomuseum/go-edtf (level0/*.go, level1/*.go,
// level2/*.go) and an HTML list of the examples in a README. Not verified against loc.gov itself, then. Also:
// - Extended format: 2005-09-24T10:00:00 is the spec's example of extended format, 20050924T100000 its example of
//   basic format, which EDTF does not permit (both reject it).
// - Seasons (L1) gives one example, 2001-21; 22-24 are values named in the prose, not examples (2001-22..24 were
//   listed here; they stay, from edtf's parser.js). Sub-year groupings (L2): the table of values 21-41 and 2001-34.
// - Not strings of their own: "17E8" in the prose of exponential years, the -u-/'unknown'/'open' syntax of the 2012
//   draft (Differences).
// - Y171010000S3: one transcription (go-edtf) says "between 171010000 and 171010999", the others "between
//   171000000 and 171999999"; either way it is beyond JS Date (out-of-range), so its bounds are not checked.
const CORPUS = `
0|spec|2005-09-24T10:00:00 20050924T100000
0|spec|1985-04-12 1985-04 1985 1985-04-12T23:20:30 1985-04-12T23:20:30Z 1985-04-12T23:20:30-04 1985-04-12T23:20:30+04:30
0|spec|1964/2008 2004-06/2006-08 2004-02-01/2005-02-08 2004-02-01/2005-02 2004-02-01/2005 2005/2006-02
1|spec|Y170000002 Y-170000002 2001-21 1984? 2004-06~ 2004-06-11% 201X 20XX 2004-XX 1985-04-XX 1985-XX-XX
1|spec|1985-04-12/.. 1985-04/.. 1985/.. ../1985-04-12 ../1985-04 ../1985 1985-04-12/ 1985-04/ 1985/
1|spec|/1985-04-12 /1985-04 /1985 -1985
2|spec|Y-17E7 1950S2 Y171010000S3 Y3388E2S3 2001-34 [1667,1668,1670..1672] [..1760-12-03] [1760-12..]
2|spec|[1760-01,1760-02,1760-12..] [1667,1760-12] [..1984] {1667,1668,1670..1672} {1960,1961-12} {..1984} 2004-06-11%
2|spec|2004-06~-11 2004?-06-11 ?2004-06-~11 2004-%06-11 156X-12-25 15XX-12-25 XXXX-12-XX 1XXX-XX 1XXX-12 1984-1X
2|spec|2004-06-~01/2004-06-~20 2004-06-XX/2004-07-03
0|edtf test/parser.js|2016 0409 0023 0007 0000 9999 -0002 -9999 -0000 12345 2016-05 2016-01 2016-12 2016-13 2016-00
0|edtf test/parser.js|2016-05-01 2016-05-13 2016-05-29 2016-05-30 2016-05-31 2016-05-00 2016-05-32 2016-02-30 2016-02-31
0|edtf test/parser.js|2016-04-31 2016-06-31 2016-09-31 2016-11-31 2016-05-02T16:54:59 2016-05-02T16:54:59.042
0|edtf test/parser.js|2016-05-02T24:00:00 2016-05-02T24:00:01 2016-05-02T00:61:00 2016-05-02T01:01:60
0|edtf test/parser.js|2016-05-02T16:54:59Z 2016-05-02T16:54:59.042Z 2016-05-02T16:54:59+02:30 2016-05-02T16:54:59+00:00
0|edtf test/parser.js|2016-05-02T16:54:59+14:00 2016-05-02T16:54:59+13:30 2016-05-02T16:54:59+12:00
0|edtf test/parser.js|2016-05-02T16:54:59+04:10 2016-05-02T16:54:59-00:15 2016-05-02T16:54:59-11:59
0|edtf test/parser.js|2016-05-02T16:54:59-12:00 2016-05-02T12:00:00-00:00 2016-05-02T12:00:00-12:01
0|edtf test/parser.js|2016-05-02T12:00:00-13:00 2016-05-02T12:00:00-14:00 2016-05-02T12:00:00+14:01
0|edtf test/parser.js|2016-05-02T16:54:59+0230 2016-05-02T16:54:59+0000 2016-05-02T16:54:59+1400 2016-05-02T16:54:59+1330
0|edtf test/parser.js|2016-05-02T16:54:59+1200 2016-05-02T16:54:59+0410 2016-05-02T16:54:59-0015 2016-05-02T16:54:59-1159
0|edtf test/parser.js|2016-05-02T16:54:59-1200 2016-05-02T12:00:00-0000 2016-05-02T12:00:00-2000 2016-05-02T12:00:00-1201
0|edtf test/parser.js|2016-05-02T12:00:00-1300 2016-05-02T12:00:00-1400 2016-05-02T12:00:00+1401
0|edtf test/parser.js|2016-05-02T16:54:59+14 2016-05-02T16:54:59-12 2016-05-02T12:00:00-00 2016-05-02T12:00:00-13
0|edtf test/parser.js|2016-05-02T12:00:00-14 2016-05-02T12:00:00+15 19 00 -04 -00
0|edtf test/parser.js|1980/1994 1980-08/1994 2004-02-01/2005 2004-06/2006-08 2004-02-01/2005-02-08
1|edtf test/parser.js|2016? 2016~ 2016% 2016-05? 2016-05~ 2016-05% 2016-05-03? 2016-05-03~ 2016-05-03% 2016-05-XX
1|edtf test/parser.js|2016-13-XX 2016-XX XXXX 19XX 198X XXXX-XX XXXX-XX-XX Y170002 Y10000 Y9999 Y00001 Y-170002
1|edtf test/parser.js|Y-10000 Y-9999 Y-00001 2001-21 2001-22 2001-23 2001-24 1980?/1994~ / ../.. ../2016 2016-05/..
1|edtf test/parser.js|2004-06-01/.. /2016-05 2016-05-31/..
2|edtf test/parser.js|?2001 2001~-09 2001-?09~-09 2004?-06-~11 156X-12-31 156X-09-31 156X-11-31 15XX-12-25 15XX-12-XX
2|edtf test/parser.js|15XX-01-3X 15XX-02-3X 15XX-XX-25 1500-1X-25 15XX-0X-25 15XX-2X-25 15XX-X2 1XXX-XX 1XXX-12 1XX3
2|edtf test/parser.js|Y17E7 Y-17E7 1950S2 Y17101000S3 Y-17101E3S3 2001-25 2001-36 2001-39 193 019 009 000 -193 -019
2|edtf test/parser.js|-000 197~ 197? 197% 19~ 19? 19% 2004-06-~01/2004-06-~20 2004-06-XX/2004-07-03
2|edtf test/parser.js|[1667,1668,⎵1670..1672] [1999} {1999] [1999 {1999 [..1760-12-03] [1760-12..] [1760..]
2|edtf test/parser.js|[1667,⎵1672-12] {1667,⎵1670..1672} {1960⎵,⎵⎵1961-12} {1760..} {..1760} 1800/1X01
3|edtf test/parser.js|2018-21/2018-23 2018/2018-23 2018-21/2017-01-01 2018-01?/2018-23 2012-21/2012-22
0|edtf test/parser.js|- ⎵
1|edtf test/edtf.js|2016-03 [2016-03] {2016..2020} 2016/2019 2016-21 Y210001 2016 2016-05 2016-05-31 2016? 2016-05?
1|edtf test/edtf.js|2016-05-31? 2016~-05? 2016-~05 20XX 2XX6 -0300 -0300~ 03XX -0300-XX -03XX
1|edtf test/date.js|2016-01-XX 2016-02-XX 2017-02-XX 2016-09-XX 2016-XX -2016-XX 20XX -20XX 201X -201X XXXX XXXX-XX
1|edtf test/date.js|XXXX-XX-XX 1XXX -1XXX 198X 196X
2|edtf test/date.js|20XX-01-XX 2016-01-0X 2016-01-1X 2016-01-2X 2016-01-3X 2016-02-2X 2017-02-2X 2016-09-2X 2016-01-X1
2|edtf test/date.js|2016-01-X2 2016-02-X9 2016-02-X1 2017-02-X8 2017-02-X9 2016-09-X1 2016-0X 2016-1X 2016-X1 2016-X2
2|edtf test/date.js|20X3 2X13 2X1X 2XX3 2XXX X016 X01X X0X6 -X0X6 X0XX XX16 XX1X XXX6 201X-02-04 201X-02 20XX-02-04
2|edtf test/date.js|20XX-XX-04 2X12-1X-X4
1|edtf test/interval.js|2016/2017 1980-21/1980-24
2|edtf test/season.js|2016-33 2016-34 2018-21 2018-22 2018-23 2018-24 2019-21 2020-26 2017-24 2016-23 2014-23 0014-21
2|edtf test/season.js|2014?-22 201X-22
2|edtf test/set.js|[2016] [..2016] [2016..] [2016..2018] []
2|edtf test/list.js|{2016} {..2016} {2016..} {2016..2018} {}
2|edtf test/decade.js|198 099 -009 198~
0|edtf test/century.js|20 01 -09 -19 19~ 19?
1|edtf test/year.js|2015 -0001 Y12015 Y-10001 2015S2 -0024S2 Y12345S1
0|issue #18|2016-05-02T16:54:59.042123 2016-05-02T16:54:59.4 -0000 Y00001
2|event-timeline|2001-33 2001-37 2001-38 2001-40 2001-41 2016-X0 [2023..2022] [2023-05-01T10:00..2023-05-01T10:59]
2|event-timeline|2023-21/2023-23 [2023-21..2023-23] 2023/2023 -000X -XXXX 156X-02-29 2XX3 Y12345S2 1950S2~ 2001-21~
`;

const args = process.argv.slice(2);
const checkOnly = args[0] === '--check';
const entry = checkOnly ? args[1] : 'src/data/edtf.ts';
mkdirSync('.cache/edtf-conformance', { recursive: true });
const outfile = `.cache/edtf-conformance/parser-${Date.now()}.mjs`;
buildSync({ entryPoints: [entry], bundle: true, format: 'esm', outfile, logLevel: 'warning' });
const { parseEdtf } = await import(pathToFileURL(outfile).href);
// The documented differences, shared with the level-2 property test.
const reasonsFile = outfile.replace('parser-', 'reasons-');
buildSync({ entryPoints: ['test/data/edtf-differences.ts'], bundle: true, format: 'esm', outfile: reasonsFile });
const { REASONS, agree: agrees, reasonFor } = await import(pathToFileURL(reasonsFile).href);

const strings = [];
const seen = new Set();
for (const line of CORPUS.trim().split('\n')) {
  const [level, source, list] = line.split('|');
  for (const raw of list.split(' ')) {
    const s = raw.replaceAll('⎵', ' ');
    if (seen.has(s)) continue;
    strings.push({ s, level: Number(level), source });
    seen.add(s);
  }
}

const num = (x) =>
  x === null ? null : Number.isNaN(x) ? 'NaN' : x === Infinity ? 'Infinity' : x === -Infinity ? '-Infinity' : x;
function reference(s) {
  try {
    const d = edtf(s);
    return { ok: true, min: d.min, max: d.max };
  } catch {
    return { ok: false };
  }
}
function ours(s) {
  try {
    const d = parseEdtf(s);
    return { ok: true, min: d.earliest, max: d.latest, startEarliest: d.start?.earliest, endEarliest: d.end?.earliest };
  } catch (e) {
    return { ok: false, code: e.code };
  }
}

const fixture = [];
const unexplained = [];
const tally = {};
for (const { s, level: listed, source } of strings) {
  const r = reference(s);
  const o = ours(s);
  let level = listed;
  try {
    level = Math.min(edtfParse(s).level, 2);
  } catch {
    /* rejected by edtf: the level it is listed under */
  }
  const agree = agrees(r, o);
  const t = (tally[level] ??= { agree: 0, all: 0 });
  t.all++;
  if (agree) t.agree++;
  const item = {
    edtf: s,
    level,
    source,
    reference: r.ok ? { valid: true, min: num(r.min), max: num(r.max) } : { valid: false },
  };
  if (!agree) {
    const reason = reasonFor(s, r, o);
    if (!reason)
      unexplained.push(
        `${JSON.stringify(s)}  edtf ${JSON.stringify(item.reference)}  ours ${JSON.stringify(o.ok ? { min: o.min, max: o.max } : o)}`,
      );
    item.ours = o.ok ? { valid: true, min: num(o.min), max: num(o.max) } : { valid: false, code: o.code };
    item.reason = reason ?? '(none)';
  }
  fixture.push(item);
}

const total = Object.values(tally).reduce((a, t) => ({ agree: a.agree + t.agree, all: a.all + t.all }), {
  agree: 0,
  all: 0,
});
console.log(`${entry}: ${total.agree} of ${total.all} strings agree with edtf 4.11`);
for (const [level, t] of Object.entries(tally)) console.log(`  level ${level}: ${t.agree} of ${t.all}`);
if (checkOnly) process.exit(0);
if (unexplained.length) {
  console.error(`\n${unexplained.length} disagreements with no documented reason:\n  ${unexplained.join('\n  ')}`);
  process.exit(1);
}
const reasons = Object.fromEntries(REASONS.map(([id, why]) => [id, why]));
writeFileSync(
  'test/fixtures/edtf-conformance.json',
  JSON.stringify({ reference: 'edtf 4.11.1', reasons, strings: fixture }, null, 1) + '\n',
);
console.log('wrote test/fixtures/edtf-conformance.json');
