/**
 * The `event-timeline` command (`npx event-timeline`): checks a dataset and
 * converts TimelineJS JSON, TimelineJS CSV or CSV to our JSON format.
 *
 * {@link runCli} is pure: files and output go through a {@link CliIO}, so it
 * runs in tests without Node. The few lines at the end wire it to Node.
 * @module
 */
import { detectCsvFormat, toCsv } from './data/csv.js';
import { toRawDataset } from './data/export.js';
import { parseDataset, type DatasetFormat, type ParsedDataset } from './data/load.js';
import type { Problem } from './data/problems.js';
import { runDerive } from './derive/cli.js';

/** What the command reads and writes through. */
export interface CliIO {
  /** The text of a file (`-` is standard input); throws a Node-style error (`code: 'ENOENT'`) when it cannot. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The package's version, for `--version`. */
  version?: string;
}

/**
 * Exit codes: 0 fine; 1 the data has problems that fail (errors, or warnings with `--strict`); 2 a usage or
 * file error.
 */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Values of `--from`: the input formats, named the way their users name them. */
const FROM = ['auto', 'json', 'timelinejs-json', 'timelinejs-csv', 'csv'] as const;
type From = (typeof FROM)[number];
const TO = ['json', 'csv'] as const;
type To = (typeof TO)[number];

export const USAGE = `Usage: event-timeline <command> [options]

Commands:
  validate <file>   Read a dataset and list every problem, with its record and field.
  convert <file>    Write a dataset in event-timeline's JSON format (or its CSV).
  derive <file>     Write a draft dataset derived from an article's plain text
                    (--published <YYYY-MM-DD> required; see derive --help).

Options for both:
  --from <format>   auto (default: detect from the content), json (event-timeline's
                    JSON), timelinejs-json, timelinejs-csv (TimelineJS's spreadsheet
                    template) or csv (event-timeline's own CSV columns).
  <file> may be - for standard input.

validate:
  --strict          Fail on warnings too (by default only errors fail).
  --json            Print the report as JSON.

convert:
  --to <format>     json (default) or csv (event-timeline's CSV columns; no eras or source).
  -o, --output <file>
                    Write to a file instead of standard output.

  -h, --help        Show this help.   -v, --version   Show the version.

Problems:
  error     the record could not be read and is skipped (or the whole input could not be read)
  warning   the record is kept, with the field dropped or repaired

Exit status:
  0  no errors (validate --strict: no problems at all); convert wrote its output
  1  errors: records were skipped (convert still writes the records it could read),
     or, with validate --strict, warnings
  2  a usage error, or a file that cannot be read or written

Examples:
  npx event-timeline validate events.json
  npx event-timeline validate sheet.csv --strict
  npx event-timeline convert timeline.json --from timelinejs-json -o events.json
  npx event-timeline convert sheet.csv --from timelinejs-csv > events.json
  npx event-timeline derive article.txt --published 2023-08-02 > draft.json
`;

class UsageError extends Error {}

interface Parsed {
  command: 'validate' | 'convert' | 'help' | 'version';
  file: string;
  from: From;
  to: To;
  output: string | null;
  strict: boolean;
  json: boolean;
}

const OPTIONS: Record<string, { command: 'validate' | 'convert' | 'both'; value: boolean }> = {
  '--from': { command: 'both', value: true },
  '--strict': { command: 'validate', value: false },
  '--json': { command: 'validate', value: false },
  '--to': { command: 'convert', value: true },
  '--output': { command: 'convert', value: true },
};

function parseArgs(argv: readonly string[]): Parsed {
  const out: Parsed = { command: 'help', file: '', from: 'auto', to: 'json', output: null, strict: false, json: false };
  const positional: string[] = [];
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-v' || arg === '--version') version = true;
    else if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = (eq < 0 ? arg : arg.slice(0, eq)).replace(/^-o$/, '--output');
      const spec = OPTIONS[name];
      if (!spec) throw new UsageError(`unknown option ${arg}`);
      let value: string | null = null;
      if (spec.value) {
        value = eq < 0 ? (argv[++i] ?? null) : arg.slice(eq + 1);
        if (value === null || value === '') throw new UsageError(`${name} needs a value`);
      } else if (eq >= 0) throw new UsageError(`${name} takes no value`);
      const command = positional[0];
      if (spec.command !== 'both' && command !== undefined && command !== spec.command) {
        throw new UsageError(`${name} is an option of ${spec.command}, not of ${command}`);
      }
      if (name === '--from') out.from = oneOf(name, value!, FROM);
      else if (name === '--to') out.to = oneOf(name, value!, TO);
      else if (name === '--output') out.output = value;
      else if (name === '--strict') out.strict = true;
      else if (name === '--json') out.json = true;
    } else positional.push(arg);
  }
  if (help) return { ...out, command: 'help' };
  if (version) return { ...out, command: 'version' };
  const [command, file, ...rest] = positional;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'help') return out;
  if (command !== 'validate' && command !== 'convert')
    throw new UsageError(`unknown command "${command}" (use validate, convert or derive)`);
  if (file === undefined) throw new UsageError(`${command} needs a file (or - for standard input)`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (${command} reads one file)`);
  if (command === 'validate' && (out.output !== null || out.to !== 'json'))
    throw new UsageError('--to and --output are options of convert');
  if (command === 'convert' && (out.strict || out.json))
    throw new UsageError('--strict and --json are options of validate');
  return { ...out, command, file };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
}

/** A readable name for what was read. */
function formatName(format: DatasetFormat | null, text: string): string {
  if (format === 'json') return 'event-timeline JSON';
  if (format === 'timelinejs') return 'TimelineJS JSON';
  if (format === 'csv') return detectCsvFormat(text) === 'timelinejs' ? 'TimelineJS CSV' : 'event-timeline CSV';
  return 'unreadable';
}

/** Reads `text` as `from` says; a CSV whose header is the other column set is a problem of the input as a whole. */
function read(text: string, from: From): ParsedDataset {
  const format: 'auto' | DatasetFormat =
    from === 'timelinejs-json' ? 'timelinejs' : from === 'timelinejs-csv' ? 'csv' : from;
  const parsed = parseDataset(text, { format });
  if (from === 'csv' || from === 'timelinejs-csv') {
    const want = from === 'csv' ? 'events' : 'timelinejs';
    const got = detectCsvFormat(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (got !== null && got !== want) {
      const detail =
        got === 'timelinejs'
          ? "the header row is TimelineJS's template (Year, Month, Day, …, Headline); use --from timelinejs-csv"
          : "the header row is event-timeline's own columns (id, title, kind, date, …); use --from csv";
      const p: Problem = {
        index: -1,
        id: null,
        field: null,
        code: 'invalid-input',
        severity: 'error',
        message: `Input: --from ${from}, but ${detail}`,
      };
      return { ...parsed, events: [], eras: [], source: null, title: null, problems: [p] };
    }
  }
  return parsed;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const line = (p: Problem): string => `${p.severity.padEnd(7)}  ${p.message}  [${p.code}]`;

function count(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

function summary(problems: readonly Problem[]): string {
  const { errors, warnings } = count(problems);
  if (!problems.length) return 'no problems';
  return `${plural(problems.length, 'problem')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/**
 * Runs the command with `argv` (the arguments after the command name) and
 * returns the exit code ({@link EXIT}). Never throws.
 */
export function runCli(argv: readonly string[], io: CliIO): number {
  if (!argv.length) {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  if (argv[0] === 'derive') return runDerive(argv.slice(1), io);
  let args: Parsed;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`event-timeline: ${e.message}\nRun "event-timeline --help" for usage.\n`);
    return EXIT.usage;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (args.command === 'version') {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return EXIT.ok;
  }

  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (e) {
    io.stderr(`event-timeline: cannot read ${args.file}: ${fileError(e)}\n`);
    return EXIT.usage;
  }
  const name = args.file === '-' ? 'standard input' : args.file;
  const parsed = read(text, args.from);
  const { errors, warnings } = count(parsed.problems);
  const counts = `${plural(parsed.events.length, 'event')}, ${plural(parsed.eras.length, 'era')}`;
  const what = `${formatName(parsed.format, text)}, ${counts}`;

  if (args.command === 'validate') {
    const failed = errors > 0 || (args.strict && warnings > 0);
    if (args.json) {
      const report = {
        file: name,
        format: parsed.format,
        events: parsed.events.length,
        eras: parsed.eras.length,
        errors,
        warnings,
        ok: !failed,
        problems: parsed.problems,
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return failed ? EXIT.problems : EXIT.ok;
    }
    const out = [`${name}: ${what}`, ...parsed.problems.map(line), ''];
    const verdict = failed
      ? errors
        ? `✖ ${summary(parsed.problems)}. ` +
          'An error is a record (or era) that was skipped, or input that could not be read.'
        : `✖ ${summary(parsed.problems)} (--strict fails on warnings).`
      : warnings
        ? `✔ ${summary(parsed.problems)}; warnings are repaired and do not fail (use --strict to fail on them).`
        : '✔ no problems.';
    out.push(verdict, '');
    io.stdout(out.join('\n'));
    return failed ? EXIT.problems : EXIT.ok;
  }

  // convert: problems go to stderr, the data to stdout or --output.
  for (const p of parsed.problems) io.stderr(`${line(p)}\n`);
  if (parsed.problems.some((p) => p.code === 'invalid-input')) {
    io.stderr(`✖ ${name} could not be read; nothing was written.\n`);
    return EXIT.problems;
  }
  let output: string;
  if (args.to === 'csv') {
    output = `${toCsv(parsed.events)}\n`;
    const dropped = [
      parsed.eras.length ? plural(parsed.eras.length, 'era') : '',
      parsed.source || parsed.title ? 'the source' : '',
    ].filter(Boolean);
    if (dropped.length) io.stderr(`note: the CSV format has no place for ${dropped.join(' or ')}; left out.\n`);
  } else {
    output = `${JSON.stringify(toRawDataset(parsed), null, 2)}\n`;
  }
  if (args.output !== null) {
    try {
      io.writeFile(args.output, output);
    } catch (e) {
      io.stderr(`event-timeline: cannot write ${args.output}: ${fileError(e)}\n`);
      return EXIT.usage;
    }
  } else io.stdout(output);
  const where = args.output ?? 'standard output';
  if (errors) {
    io.stderr(
      `✖ ${summary(parsed.problems)}; what the errors name was skipped. ` +
        `Wrote ${plural(parsed.events.length, 'event')} to ${where}.\n`,
    );
    return EXIT.problems;
  }
  io.stderr(
    `✔ ${name} (${what}) → ${where} as ${args.to === 'csv' ? 'event-timeline CSV' : 'event-timeline JSON'}` +
      `${warnings ? `; ${summary(parsed.problems)}` : ''}.\n`,
  );
  return EXIT.ok;
}

function fileError(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

// ---- Node ----------------------------------------------------------------
// Typed here rather than with @types/node, whose globals would leak into the
// browser code type-checked alongside. `process.getBuiltinModule` is Node 20.16+.

interface NodeFs {
  readFileSync(path: string | number | URL, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string): void;
}
interface NodeProcess {
  versions?: { node?: string };
  argv: string[];
  exitCode?: number;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  getBuiltinModule?(id: string): unknown;
}

const nodeProcess = (globalThis as { process?: NodeProcess }).process;
if (typeof nodeProcess?.versions?.node === 'string') main(nodeProcess);

function main(proc: NodeProcess): void {
  if (typeof proc.getBuiltinModule !== 'function') {
    proc.stderr.write(`event-timeline: needs Node 20.16 or later (this is Node ${proc.versions?.node}).\n`);
    proc.exitCode = EXIT.usage;
    return;
  }
  const fs = proc.getBuiltinModule('node:fs') as NodeFs;
  let version: string | undefined;
  try {
    version = (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string })
      .version;
  } catch {
    version = undefined;
  }
  proc.exitCode = runCli(proc.argv.slice(2), {
    readFile: (path) => fs.readFileSync(path === '-' ? 0 : path, 'utf8'),
    writeFile: (path, text) => fs.writeFileSync(path, text),
    stdout: (text) => proc.stdout.write(text),
    stderr: (text) => proc.stderr.write(text),
    version,
  });
}
