/**
 * `event-timeline derive`: a draft dataset from an article's plain text.
 * Pure like the rest of the command: files and output go through `io`.
 */
import { deriveTimeline, type DraftDataset } from './derive.js';
import { publishedDay } from './find-dates.js';
import { SUPPORTED_LANGUAGES } from './lang/index.js';

/** What `derive` reads and writes through (the CLI's own IO fits). */
export interface DeriveIO {
  /** The text of a file (`-` is standard input); throws a Node-style error (`code: 'ENOENT'`) when it cannot. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const DERIVE_USAGE = `Usage: event-timeline derive <article.txt> --published <YYYY-MM-DD> [options] > draft.json

Derives a draft dataset from the plain text of a news article: one event per
dated happening, each quoting the words it came from (with their offsets), its
date as EDTF resolved against the publication day, and "draft": true with a
"confidence" for review. Undated happenings are kept, placed by their relations.

  <article.txt>            UTF-8 plain text, paragraphs separated by line breaks; - for standard input.
  --published <day>        The day the article was published (required): relative dates resolve against it.
  --title <text>           The article's title (default: its headline, when it has one).
  --publisher <name>       Who published it.
  --url <url>              Where it was published (http or https).
  --lang <code>            The article's language: ${SUPPORTED_LANGUAGES.join(', ')} (default en).
  -o, --output <file>      Write to a file instead of standard output.
  -h, --help               Show this help.

Exit status: 0 the draft was written; 2 a usage error, or a file that cannot be read or written.

Example:
  npx event-timeline derive article.txt --published 2023-08-02 --publisher "The Cradle" > draft.json
  npx event-timeline validate draft.json
`;

const VALUED = ['--published', '--title', '--publisher', '--url', '--lang', '--output'] as const;
type Valued = (typeof VALUED)[number];

class UsageError extends Error {}

/** Runs `derive` with the arguments after the word `derive`; returns the exit code (0 or 2). Never throws. */
export function runDerive(argv: readonly string[], io: DeriveIO): number {
  let file: string | undefined;
  const opts: Partial<Record<Valued, string>> = {};
  try {
    const positional: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (arg === '-h' || arg === '--help') {
        io.stdout(DERIVE_USAGE);
        return 0;
      }
      if (arg === '--') {
        positional.push(...argv.slice(i + 1));
        break;
      }
      if (!arg.startsWith('-') || arg === '-') {
        positional.push(arg);
        continue;
      }
      const eq = arg.indexOf('=');
      const name = (eq < 0 ? arg : arg.slice(0, eq)).replace(/^-o$/, '--output') as Valued;
      if (!VALUED.includes(name)) throw new UsageError(`unknown option ${arg} for derive`);
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      opts[name] = value;
    }
    [file] = positional;
    if (file === undefined) throw new UsageError("derive needs the article's text file (or - for standard input)");
    if (positional.length > 1) throw new UsageError(`unexpected argument "${positional[1]}" (derive reads one file)`);
    if (opts['--published'] === undefined)
      throw new UsageError('derive needs --published <YYYY-MM-DD>, the day the article was published');
    try {
      publishedDay(opts['--published']);
    } catch {
      throw new UsageError(`--published must be a day such as 2023-08-02, got "${opts['--published']}"`);
    }
    if (opts['--url'] !== undefined && !/^https?:\/\/\S+$/i.test(opts['--url']))
      throw new UsageError(`--url must be an http or https URL, got "${opts['--url']}"`);
    const lang = opts['--lang'] ?? 'en';
    if (!SUPPORTED_LANGUAGES.includes(lang.toLowerCase().split(/[-_]/)[0]!)) {
      throw new UsageError(`--lang: no grammar for "${lang}" (supported: ${SUPPORTED_LANGUAGES.join(', ')})`);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`event-timeline: ${e.message}\nRun "event-timeline derive --help" for usage.\n`);
    return 2;
  }

  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.stderr(`event-timeline: cannot read ${name}: ${fileError(e)}\n`);
    return 2;
  }
  const binary = notText(text);
  if (binary) {
    io.stderr(
      `event-timeline: ${name} is not a plain text file (${binary}); save the article as UTF-8 text and try again.\n`,
    );
    return 2;
  }
  const dataset: DraftDataset = deriveTimeline(text, {
    published: opts['--published']!,
    title: opts['--title'],
    publisher: opts['--publisher'],
    url: opts['--url'],
    lang: opts['--lang'],
  });
  const output = `${JSON.stringify(dataset, null, 2)}\n`;
  const where = opts['--output'] ?? 'standard output';
  if (opts['--output'] !== undefined) {
    try {
      io.writeFile(opts['--output'], output);
    } catch (e) {
      io.stderr(`event-timeline: cannot write ${opts['--output']}: ${fileError(e)}\n`);
      return 2;
    }
  } else io.stdout(output);
  const events = dataset.events;
  const byText = events.filter((e) => e.dateText !== null).length;
  const byContext = events.filter((e) => e.dateText === null && e.date !== null).length;
  io.stderr(
    `✔ ${name} → ${where}: ${events.length} draft event${events.length === 1 ? '' : 's'} ` +
      `(${byText} dated by the text, ${byContext} by context or relations, ` +
      `${events.length - byText - byContext} undated). ` +
      'Review each against its quote.\n',
  );
  return 0;
}

/** Why `text` is not plain text (NUL bytes, bytes that are not UTF-8, control characters), or null. */
export function notText(text: string): string | null {
  if (text.trim() === '') return 'it is empty';
  if (text.includes('\u0000')) return 'it holds NUL bytes, so it is binary';
  const sample = text.slice(0, 65536);
  const bad = sample.match(/\ufffd/g)?.length ?? 0;
  const control = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (bad > 8 && bad / sample.length > 0.005) return 'it is not UTF-8';
  if (control > 8 && control / sample.length > 0.005) return 'it holds control characters, so it is binary';
  return null;
}

function fileError(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}
