// Architecture rules that eslint cannot express (issue 13; ../shared/ARCHITECTURE-REVIEW.md §6):
//   (a) the element class EventTimeline has at most 10 private fields (TypeScript AST: property declarations
//       that are `private`/`protected` or `#name`, static or not, @state and @query ones included; methods and
//       accessors are not fields);
//   (b) the element's file is at most 450 lines in all;
//   (c) the templates in src/render/ are pure: no querySelector, getComputedStyle, getBoundingClientRect,
//       addEventListener or `this` in their code (comments and strings do not count);
//   (d) no test reads a private member through `as unknown as { _x … }`.
// The import rules are in eslint.config.js.
//
//   node scripts/check-architecture.mjs          exits 1 when a rule fails
//   node scripts/check-architecture.mjs --warn   prints the same, exits 0
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ELEMENT_FILE = 'src/components/event-timeline/event-timeline.component.ts';
const ELEMENT_CLASS = 'EventTimeline';
const MAX_PRIVATE_FIELDS = 10;
const MAX_ELEMENT_LINES = 450;
/** The view templates; more can be listed here. Those that do not exist (yet) are skipped. */
const TEMPLATE_FILES = ['plot', 'toolbar', 'overview', 'panels', 'table', 'story'].map((name) => `src/render/${name}.ts`);
const IMPURE = new Set(['querySelector', 'getComputedStyle', 'getBoundingClientRect', 'addEventListener']);
const PRIVATE_READ = /as unknown as \{ _[a-z]/;

const warnOnly = process.argv.includes('--warn');
const read = (file) => readFileSync(join(ROOT, file), 'utf8');
const parse = (file) => ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
const lineOf = (source, node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
/** Lines of a text as an editor counts them (a final newline ends the last line; it does not start one). */
const countLines = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Every check: a name, whether it passed, its figure, and the lines to show when it failed. */
const results = [];
const report = (name, ok, figure, details = []) => results.push({ name, ok, figure, details });

/** (a) The private fields of the element class, with the decorator that makes them state, if any. */
function privateFields(source) {
  let cls = null;
  source.forEachChild((node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === ELEMENT_CLASS) cls = node;
  });
  if (!cls) return null;
  const isPrivate = (node) =>
    ts.isPrivateIdentifier(node.name) ||
    (ts.getModifiers(node) ?? []).some(
      (m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword,
    );
  const decorator = (node) => {
    const d = ts.getDecorators(node)?.[0]?.expression;
    const callee = d && ts.isCallExpression(d) ? d.expression : d;
    return callee && ts.isIdentifier(callee) ? callee.text : '';
  };
  const fields = [];
  for (const member of cls.members) {
    if (ts.isPropertyDeclaration(member) && isPrivate(member)) {
      const name = `${ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ? 'static ' : ''}${
        member.name.getText(source)
      }`;
      fields.push({ name, line: lineOf(source, member), decorator: decorator(member) });
    }
    // Parameter properties (`constructor(private x: X)`) are fields too.
    if (ts.isConstructorDeclaration(member)) {
      for (const p of member.parameters) {
        if (isPrivate(p)) fields.push({ name: p.name.getText(source), line: lineOf(source, p), decorator: '' });
      }
    }
  }
  return fields;
}

function checkElement() {
  if (!existsSync(join(ROOT, ELEMENT_FILE))) {
    report(`(a) ${ELEMENT_CLASS} private fields`, false, `${ELEMENT_FILE} does not exist`);
    report(`(b) ${ELEMENT_FILE} lines`, false, 'the file does not exist');
    return;
  }
  const source = parse(ELEMENT_FILE);
  const fields = privateFields(source);
  if (!fields) {
    report(`(a) ${ELEMENT_CLASS} private fields`, false, `no class ${ELEMENT_CLASS} in ${ELEMENT_FILE}`);
  } else {
    const by = (d) => fields.filter((f) => f.decorator === d).length;
    const plain = fields.length - by('state') - by('query');
    report(
      `(a) ${ELEMENT_CLASS} private fields`,
      fields.length <= MAX_PRIVATE_FIELDS,
      `${fields.length} (limit ${MAX_PRIVATE_FIELDS}): ${plain} plain, ${by('state')} @state, ${by('query')} @query`,
      fields.map((f) => `${ELEMENT_FILE}:${f.line}  ${f.decorator ? `@${f.decorator} ` : ''}${f.name}`),
    );
  }
  const lines = countLines(source.text);
  report(`(b) ${ELEMENT_FILE} lines`, lines <= MAX_ELEMENT_LINES, `${lines} (limit ${MAX_ELEMENT_LINES})`);
}

/** (c) Where a template's code touches the DOM or `this`. */
function impurities(file) {
  const source = parse(file);
  const found = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.ThisKeyword) found.push(`${file}:${lineOf(source, node)}  this`);
    else if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && IMPURE.has(node.text)) {
      found.push(`${file}:${lineOf(source, node)}  ${node.text}`);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

function checkTemplates() {
  const files = TEMPLATE_FILES.filter((f) => existsSync(join(ROOT, f)));
  const found = files.flatMap(impurities);
  const missing = TEMPLATE_FILES.length - files.length;
  report(
    '(c) pure templates in src/render/',
    found.length === 0,
    `${found.length} DOM call(s) or \`this\` in ${files.length} file(s)` +
      `${missing ? ` (${missing} listed file(s) do not exist yet)` : ''}`,
    found,
  );
}

/** Every .ts file under `dir`, relative to the root. */
function tsFiles(dir) {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath ?? e.path, e.name)))
    .sort();
}

function checkTests() {
  const files = tsFiles('test');
  const found = files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) => (PRIVATE_READ.test(line) ? [`${file}:${i + 1}  ${line.trim()}`] : [])),
  );
  const figure = `${found.length} read(s) in ${files.length} test files`;
  report('(d) tests read no private member', found.length === 0, figure, found);
}

checkElement();
checkTemplates();
checkTests();

const failed = results.filter((r) => !r.ok);
for (const { name, ok, figure, details } of results) {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${figure}`);
  if (!ok) for (const d of details) console.log(`      ${d}`);
}
if (failed.length) {
  console.log(`\n${failed.length} architecture rule(s) failed${warnOnly ? ' (--warn: exit 0)' : ''}.`);
} else console.log('\nAll architecture rules hold.');
process.exit(failed.length && !warnOnly ? 1 : 0);
