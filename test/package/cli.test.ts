import { expect } from '@open-wc/testing';
import { EXIT, USAGE, runCli, type CliIO } from '../../src/cli.js';
import { toRawDataset } from '../../src/data/export.js';
import { parseDataset } from '../../src/data/load.js';

/** An in-memory file system and captured output. */
function fakeIO(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIO = {
    readFile(path) {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    writeFile(path, text) {
      out.written[path] = text;
    },
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    version: '9.9.9',
  };
  return { io, out };
}

const GOOD = JSON.stringify({ events: [{ id: 'a', title: 'A', date: '2023-07-31' }] });
const BAD = JSON.stringify([
  { id: 'a', title: 'A', date: '2023-07-31' },
  { id: 'b', title: 'B', date: '31 July' },
  { id: 'c', date: '2023' },
  { id: 'd', title: 'D', date: '2023', kind: 'speech' },
]);
const WARN = JSON.stringify([{ id: 'a', title: 'A', date: '2023', kind: 'speech' }]);
const TEMPLATE = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const SHEET = `${TEMPLATE}\n,,,,,,,,,My timeline,,,,,,title,,\n2023,7,31,,,,,,on 31 July,<b>Signing</b>,Text,,,,,,Europe,\nNaN,,,,,,,,,Broken,,,,,,,,\n`;

const cli = (args: string[], files: Record<string, string> = {}) => {
  const { io, out } = fakeIO(files);
  const code = runCli(args, io);
  return { code, ...out };
};

describe('event-timeline CLI (runCli)', () => {
  it('--help, help and -h print the usage; --version the version; no arguments is a usage error', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['validate', '--help']]) {
      expect(cli(args)).to.deep.include({ code: EXIT.ok, stdout: USAGE, stderr: '' });
    }
    expect(cli(['--version'])).to.deep.include({ code: 0, stdout: '9.9.9\n' });
    expect(cli([])).to.deep.include({ code: EXIT.usage, stdout: '', stderr: USAGE });
  });

  it('validate <file> prints the format, counts and "no problems", and exits 0', () => {
    const r = cli(['validate', 'good.json'], { 'good.json': GOOD });
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('good.json: event-timeline JSON, 1 event, 0 eras\n\n✔ no problems.\n');
  });

  it('validate <file> prints every problem with its record and field, a summary, and exits 1 on errors', () => {
    const r = cli(['validate', 'bad.json'], { 'bad.json': BAD });
    expect(r.code).to.equal(EXIT.problems);
    const lines = r.stdout.split('\n');
    expect(lines[0]).to.equal('bad.json: event-timeline JSON, 2 events, 0 eras');
    expect(lines[1]).to.match(/^error {4}Record 2 \("b"\), field "date": .*\[invalid-date\]$/);
    expect(lines[2]).to.match(/^error {4}Record 3 \("c"\), field "title": .*\[missing-title\]$/);
    expect(lines[3]).to.match(/^warning {2}Record 4 \("d"\), field "kind": .*\[unknown-kind\]$/);
    expect(r.stdout).to.include('✖ 3 problems: 2 errors, 1 warning.');
  });

  it('validate: warnings print but pass; --strict fails on them', () => {
    const loose = cli(['validate', 'w.json'], { 'w.json': WARN });
    expect(loose.code).to.equal(0);
    expect(loose.stdout).to.include('✔ 1 problem: 0 errors, 1 warning; warnings are repaired and do not fail (use --strict to fail on them).');
    const strict = cli(['validate', '--strict', 'w.json'], { 'w.json': WARN });
    expect(strict.code).to.equal(1);
    expect(strict.stdout).to.include('(--strict fails on warnings)');
  });

  it('validate --json prints a machine-readable report', () => {
    const r = cli(['validate', 'bad.json', '--json'], { 'bad.json': BAD });
    expect(r.code).to.equal(1);
    const report = JSON.parse(r.stdout);
    expect(report).to.deep.include({ file: 'bad.json', format: 'json', events: 2, eras: 0, errors: 2, warnings: 1, ok: false });
    expect(report.problems.map((p: { code: string }) => p.code)).to.deep.equal(['invalid-date', 'missing-title', 'unknown-kind']);
  });

  it('validate reads TimelineJS CSV and names spreadsheet rows and columns; - is standard input', () => {
    const r = cli(['validate', '-'], { '-': SHEET });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.include('standard input: TimelineJS CSV, 1 event, 0 eras');
    expect(r.stdout).to.include('Row 4, column "Year"');
  });

  it('convert writes our JSON format (toRawDataset) to standard output, problems to standard error', () => {
    const r = cli(['convert', 'sheet.csv', '--from', 'timelinejs-csv'], { 'sheet.csv': SHEET });
    expect(r.code).to.equal(EXIT.problems); // row 4 was skipped
    expect(JSON.parse(r.stdout)).to.deep.equal(toRawDataset(parseDataset(SHEET)));
    expect(JSON.parse(r.stdout).source).to.deep.equal({ title: 'My timeline' });
    expect(r.stderr).to.include('Row 4, column "Year"');
    expect(r.stderr).to.include('Wrote 1 event to standard output');
    // What it wrote validates clean.
    expect(cli(['validate', 'out.json'], { 'out.json': r.stdout }).code).to.equal(0);
  });

  it('convert -o <file> writes the file; --to csv writes our CSV columns', () => {
    const json = cli(['convert', 'good.json', '-o', 'out.json'], { 'good.json': GOOD });
    expect(json.code).to.equal(0);
    expect(json.stdout).to.equal('');
    expect(JSON.parse(json.written['out.json']!)).to.deep.equal({
      events: [{ id: 'a', title: 'A', kind: 'other', date: '2023-07-31', dateText: null, actors: [] }],
    });
    expect(json.stderr).to.include('→ out.json as event-timeline JSON');
    const csv = cli(['convert', '--to=csv', 'good.json', '--output=out.csv'], { 'good.json': GOOD });
    expect(csv.code).to.equal(0);
    expect(csv.written['out.csv']!.split('\n')[0]).to.match(/^id,title,kind,date,/);
    expect(parseDataset(csv.written['out.csv']!).events.map((e) => e.id)).to.deep.equal(['a']);
  });

  it('convert writes nothing when the input cannot be read at all', () => {
    const r = cli(['convert', 'page.html', '-o', 'out.json'], { 'page.html': '<!doctype html><p>Not found</p>' });
    expect(r.code).to.equal(1);
    expect(r.written).to.deep.equal({});
    expect(r.stderr).to.include('the source returned HTML');
    expect(r.stderr).to.include('nothing was written');
  });

  it('--from must match the file: a TimelineJS sheet read as our CSV says which flag to use', () => {
    const r = cli(['convert', 'sheet.csv', '--from', 'csv'], { 'sheet.csv': SHEET });
    expect(r.code).to.equal(1);
    expect(r.stderr).to.include('use --from timelinejs-csv');
    expect(cli(['validate', 'good.json', '--from', 'json'], { 'good.json': GOOD }).code).to.equal(0);
  });

  it('usage and file errors exit 2 with a clear message', () => {
    const cases: Array<[string[], string]> = [
      [['validate'], 'validate needs a file'],
      [['frobnicate', 'x'], 'unknown command "frobnicate"'],
      [['validate', 'a.json', 'b.json'], 'unexpected argument "b.json"'],
      [['validate', 'a.json', '--bogus'], 'unknown option --bogus'],
      [['validate', 'a.json', '--from'], '--from needs a value'],
      [['validate', 'a.json', '--from', 'xml'], '--from must be one of auto, json, timelinejs-json, timelinejs-csv, csv; got "xml"'],
      [['validate', 'a.json', '-o', 'x'], '--output is an option of convert, not of validate'],
      [['convert', 'a.json', '--strict'], '--strict is an option of validate, not of convert'],
      [['convert', 'a.json', '--to', 'xml'], '--to must be one of json, csv'],
      [['validate', '--strict=yes', 'a.json'], '--strict takes no value'],
    ];
    for (const [args, message] of cases) {
      const r = cli(args, { 'a.json': GOOD });
      expect([r.code, r.stdout], args.join(' ')).to.deep.equal([EXIT.usage, '']);
      expect(r.stderr, args.join(' ')).to.include(message);
      expect(r.stderr, args.join(' ')).to.include('Run "event-timeline --help" for usage.');
    }
    const missing = cli(['validate', 'missing.json']);
    expect(missing.code).to.equal(EXIT.usage);
    expect(missing.stderr).to.equal('event-timeline: cannot read missing.json: no such file\n');
  });
});

describe('event-timeline derive (runCli)', () => {
  let article: string;
  before(async () => {
    article = await (await fetch('/seeds/iran-belarus-defense-deal.txt')).text();
  });

  it('writes a draft dataset to standard output that validate passes', () => {
    const r = cli(['derive', 'article.txt', '--published', '2023-08-02', '--publisher', 'The Cradle', '--url=https://thecradle.co/x'], {
      'article.txt': article,
    });
    expect(r.code).to.equal(EXIT.ok);
    const draft = JSON.parse(r.stdout);
    expect(draft.source).to.deep.equal({
      title: 'Iran inks defense deal with Russia ally Belarus',
      published: '2023-08-02',
      publisher: 'The Cradle',
      url: 'https://thecradle.co/x',
    });
    expect(draft.events.length).to.be.greaterThan(10);
    expect(draft.events.every((e: { draft: boolean }) => e.draft === true)).to.equal(true);
    expect(r.stderr).to.match(/^✔ article\.txt → standard output: \d+ draft events \(\d+ dated by the text/);
    const check = cli(['validate', 'draft.json'], { 'draft.json': r.stdout });
    expect(check.code, check.stdout).to.equal(EXIT.ok);
    expect(check.stdout).to.include('✔ no problems.');
  });

  it('takes --title and -o, and reads standard input', () => {
    const r = cli(['derive', '-', '--published=2024-03-14', '--title', 'A visit', '-o', 'draft.json'], {
      '-': 'The minister visited Ankara on Tuesday.',
    });
    expect([r.code, r.stdout]).to.deep.equal([EXIT.ok, '']);
    const draft = JSON.parse(r.written['draft.json']!);
    expect(draft.source.title).to.equal('A visit');
    expect(draft.events[0]).to.deep.include({ kind: 'visit', date: '2024-03-12', dateText: 'Tuesday' });
    expect(r.stderr).to.include('standard input → draft.json');
  });

  it('prints its own help', () => {
    const r = cli(['derive', '--help']);
    expect(r.code).to.equal(EXIT.ok);
    expect(r.stdout).to.include('Usage: event-timeline derive <article.txt> --published <YYYY-MM-DD>');
    expect(USAGE).to.include('derive <file>');
  });

  it('exits 2 with a clear message on a missing file, a binary file or a publication date that is not a day', () => {
    const files = {
      'a.txt': 'The talks opened on Monday.',
      'photo.jpg': '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000',
      'doc.bin': 'ab\uFFFD\uFFFD'.repeat(20),
      'empty.txt': '  \n',
    };
    const cases: Array<[string[], string]> = [
      [['derive', 'missing.txt', '--published', '2023-08-02'], 'event-timeline: cannot read missing.txt: no such file'],
      [['derive', 'photo.jpg', '--published', '2023-08-02'], 'photo.jpg is not a plain text file (it holds NUL bytes'],
      [['derive', 'doc.bin', '--published', '2023-08-02'], 'doc.bin is not a plain text file (it is not UTF-8)'],
      [['derive', 'empty.txt', '--published', '2023-08-02'], 'empty.txt is not a plain text file (it is empty)'],
      [['derive', 'a.txt', '--published', '2023-08'], '--published must be a day such as 2023-08-02, got "2023-08"'],
      [['derive', 'a.txt', '--published', 'yesterday'], '--published must be a day such as 2023-08-02, got "yesterday'],
      [['derive', 'a.txt'], 'derive needs --published <YYYY-MM-DD>'],
      [['derive', '--published', '2023-08-02'], 'derive needs the article\'s text file'],
      [['derive', 'a.txt', '--published', '2023-08-02', '--url', 'javascript:x'], '--url must be an http or https URL'],
      [['derive', 'a.txt', '--published', '2023-08-02', '--lang', 'fa'], '--lang: no grammar for "fa"'],
      [['derive', 'a.txt', '--published', '2023-08-02', '--strict'], 'unknown option --strict for derive'],
    ];
    for (const [args, message] of cases) {
      const r = cli(args, files);
      expect([r.code, r.stdout], args.join(' ')).to.deep.equal([EXIT.usage, '']);
      expect(r.stderr, args.join(' ')).to.include(message);
    }
  });
});
