// Consumer tests: the package as a user gets it from npm. Run after `npm run build`:
//   node scripts/test-consumers.mjs        (npm run test:consumers)
//
// 1. `npm pack` once, and check the tarball holds exactly what a user needs.
// 2. Each way in, in its own fresh project that installs the tarball (never
//    the repo) with `npm install --offline`, from the npm cache:
//    html (the single-file bundle), article (the article beside its timeline,
//    one script tag), vite (`import 'event-timeline'`, production
//    build), typescript (strict, skipLibCheck: false), node (event-timeline/data),
//    react (event-timeline/react in React 19), cli (`npx event-timeline`).
// Prints PASS/FAIL with timings; exits 1 on any failure. KEEP_CONSUMERS=1
// keeps the temporary projects; CONSUMERS=html,cli runs only those; CONSUMER_JOBS=1
// runs one project at a time.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChromeNotFound, withBrowser } from './find-chrome.mjs';
import { collectPageErrors } from './page-errors.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FIXTURES = join(ROOT, 'test/consumers');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const DEV = PKG.devDependencies;
const SEEDS = 'seeds/iran-belarus-defense-deal.events.json';
/** The article has 17 events; at least this many must be drawn as marks. */
const MIN_MARKS = 13;
const MARKS = '[part~="event"][data-event-id]';
const KEEP = process.env.KEEP_CONSUMERS === '1';
const ONLY = process.env.CONSUMERS ? new Set(process.env.CONSUMERS.split(',')) : null;
/** Projects at once: mostly waiting on npm, Vite and Chromium, so three fit two cores (75 s vs 105 s for two). */
const JOBS = Number(process.env.CONSUMER_JOBS ?? 3);

const tmp = mkdtempSync(join(tmpdir(), 'event-timeline-consumers-'));
const started = Date.now();
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

class Failure extends Error {}
function check(ok, message) {
  if (!ok) throw new Failure(message);
}

// ---- processes ---------------------------------------------------------------

/**
 * The environment for child npm and node: `npm run` exports npm_package_* and
 * npm_config_* for this repo, which must not leak into the consumer projects.
 */
function cleanEnv(extra = {}) {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_globalconfig']);
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) && !keep.has(k.toLowerCase())) continue;
    if (k === 'INIT_CWD' || k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  return { ...env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command; resolves with its exit code and output (never rejects on a non-zero exit). */
function run(cmd, args, { cwd, env = {}, timeout = 180_000, input } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Failure(`${cmd} ${args.join(' ')} timed out after ${timeout / 1000}s`));
    }, timeout);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

/** Runs a command that must succeed. */
async function must(cmd, args, opts) {
  const r = await run(cmd, args, opts);
  check(r.code === 0, `${cmd} ${args.join(' ')} exited ${r.code}\n${tail(r.stdout + r.stderr)}`);
  return r;
}

const tail = (s, n = 25) => s.trim().split('\n').slice(-n).map((l) => `    | ${l}`).join('\n');

// ---- the tarball -------------------------------------------------------------

let tarball = '';

/** Files a user needs; anything else in the tarball fails the test. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^custom-elements\.json$/,
  /^dist\/.+\.(js|d\.ts|js\.map|d\.ts\.map)$/,
  /^seeds\/[^/]+\.(json|txt)$/,
  /^schema\/[^/]+\.json$/,
];
const FORBIDDEN = /(^|\/)(test|tests|stories|demo|docs|scripts|\.storybook|\.ci|src|node_modules|coverage|storybook-static)(\/|$)|\.(test|spec|stories)\.|\.tgz$|\.png$/;
const REQUIRED = [
  'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json',
  'dist/event-timeline.bundle.min.js', 'dist/event-timeline.importers.min.js', 'dist/event-timeline.story.min.js',
  'dist/event-timeline.table.min.js', 'dist/event-timeline.fa.min.js', 'dist/event-timeline.ru.min.js', 'dist/event-timeline-article.min.js', SEEDS, 'seeds/iran-belarus-defense-deal.txt', 'schema/dataset.schema.json',
];

/** Every file path an exports target names (wildcards: the files they match). */
function exportTargets(exportsMap) {
  const targets = [];
  const walk = (v) => {
    if (typeof v === 'string') targets.push(v.replace(/^\.\//, ''));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(exportsMap);
  return targets;
}

async function packageContents() {
  const need = ['dist/index.js', 'dist/index.d.ts', 'dist/react.js', 'dist/cli.js', 'dist/data/index.js', 'dist/event-timeline.bundle.min.js', 'custom-elements.json'];
  const missing = need.filter((f) => !existsSync(join(ROOT, f)));
  check(!missing.length, `missing ${missing.join(', ')}: run \`npm run build\` first`);

  const r = await must('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT });
  const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
  tarball = join(tmp, info.filename);
  check(existsSync(tarball), `npm pack wrote no ${tarball}`);
  const files = info.files.map((f) => f.path).sort();
  const set = new Set(files);
  const problems = [];

  for (const f of files) {
    if (FORBIDDEN.test(f) || !ALLOWED.some((re) => re.test(f))) problems.push(`does not belong in the package: ${f}`);
  }
  for (const f of REQUIRED) if (!set.has(f)) problems.push(`missing from the package: ${f}`);
  for (const t of exportTargets(PKG.exports)) {
    if (t.endsWith('*')) {
      if (!files.some((f) => f.startsWith(t.slice(0, -1)))) problems.push(`exports target ${t} matches no file`);
    } else if (!set.has(t)) problems.push(`exports target ${t} is not in the package`);
  }
  for (const [name, bin] of Object.entries(PKG.bin ?? {})) {
    if (!set.has(bin.replace(/^\.\//, ''))) problems.push(`bin ${name} → ${bin} is not in the package`);
  }
  // Each JS module has its types, and comes from a source module (no stale build output).
  for (const f of files) {
    if (!f.startsWith('dist/') || !f.endsWith('.js') || /^dist\/event-timeline(\.[a-z]+|-article)\.min\.js$/.test(f)) continue;
    if (!set.has(f.replace(/\.js$/, '.d.ts'))) problems.push(`${f} has no .d.ts`);
    if (!existsSync(join(ROOT, 'src', f.slice(5).replace(/\.js$/, '.ts')))) problems.push(`${f} has no source in src/ (stale build output: delete dist/ and build again)`);
  }

  // sideEffects lists exactly the modules that register the element (and the entries importing them for that).
  check(Array.isArray(PKG.sideEffects), 'package.json sideEffects must be a list of the modules that register the element (false drops it from apps)');
  const listed = new Set(PKG.sideEffects.map((p) => p.replace(/^\.\//, '')));
  for (const f of files.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(ROOT, f), 'utf8');
    if (/customElements\.define\(/.test(code) && !listed.has(f)) problems.push(`${f} registers an element but is not in sideEffects`);
  }
  for (const p of listed) {
    if (p.startsWith('dist/') && !set.has(p)) problems.push(`sideEffects names ${p}, which is not in the package`);
    if (p.startsWith('src/') && !existsSync(join(ROOT, p))) problems.push(`sideEffects names ${p}, which does not exist`);
  }

  // The single-file bundle holds neither React nor the CLI; the CLI keeps its shebang.
  const bundle = readFileSync(join(ROOT, 'dist/event-timeline.bundle.min.js'), 'utf8');
  for (const marker of ['suppressHydrationWarning', 'createComponent', 'Usage: event-timeline', 'getBuiltinModule']) {
    if (bundle.includes(marker)) problems.push(`the single-file bundle contains "${marker}" (React or the CLI leaked in)`);
  }
  if (!readFileSync(join(ROOT, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push('dist/cli.js lacks its #!/usr/bin/env node line');

  check(!problems.length, problems.join('\n    '));
  return `${files.length} files, ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`;
}

// ---- consumer projects ----------------------------------------------------------

/** A fresh project in its own directory, with the tarball (and `deps`) installed from the npm cache. */
async function project(name, deps = [], fixture = name) {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(FIXTURES, fixture))) cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2)}\n`);
  const args = ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...deps];
  let r = await run('npm', [...args, '--offline'], { cwd: dir });
  if (r.code !== 0 && /ENOTCACHED|offline/i.test(r.stderr)) {
    // A cold npm cache (`npm ci` fills it): fall back to the registry.
    console.log(`  (${name}: not all packages are in the npm cache; installing with --prefer-offline)`);
    r = await run('npm', [...args, '--prefer-offline'], { cwd: dir });
  }
  check(r.code === 0, `npm install in ${name} exited ${r.code}\n${tail(r.stdout + r.stderr)}`);
  const installed = join(dir, 'node_modules/event-timeline');
  check(existsSync(installed) && !statSync(installed).isSymbolicLink(), 'event-timeline is not installed from the tarball');
  return dir;
}

/** Serves `root` on 127.0.0.1 at a free port; records every path requested. */
const serve = (root) => serveStatic(root);

/**
 * A page in its own browser context, collecting console errors and uncaught exceptions.
 * @param {() => Promise<import('puppeteer-core').Browser>} browser the run's browser, launched on first use
 */
async function openPage(browser, viewport = { width: 1100, height: 800 }) {
  const launched = await browser().catch((e) => {
    throw e instanceof ChromeNotFound ? new Failure(e.message) : e;
  });
  const context = await launched.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const errors = collectPageErrors(page);
  return { page, errors, close: () => context.close() };
}

/** Waits until <event-timeline> is defined and has drawn its marks; returns how many. */
async function waitForMarks(page, errors) {
  try {
    await page.waitForFunction(
      (sel, min) => {
        const el = document.querySelector('event-timeline');
        return !!customElements.get('event-timeline') && (el?.shadowRoot?.querySelectorAll(sel).length ?? 0) >= min;
      },
      { timeout: 30_000, polling: 100 },
      MARKS,
      MIN_MARKS,
    );
  } catch {
    const state = await page.evaluate((sel) => {
      const el = document.querySelector('event-timeline');
      return {
        defined: !!customElements.get('event-timeline'),
        element: !!el,
        marks: el?.shadowRoot?.querySelectorAll(sel).length ?? null,
        text: el?.shadowRoot?.textContent?.trim().slice(0, 200) ?? null,
      };
    }, MARKS);
    throw new Failure(`no timeline drawn: ${JSON.stringify(state)}${errors.length ? `\n    ${errors.join('\n    ')}` : ''}`);
  }
  return page.evaluate(async (sel) => {
    const el = document.querySelector('event-timeline');
    await el.renderComplete;
    return el.shadowRoot.querySelectorAll(sel).length;
  }, MARKS);
}

// ---- the seven ways in -----------------------------------------------------------
// Each `run(browser)` gets the run's browser as a function: the first step that opens a page launches it.

const STEPS = [
  {
    id: 'html',
    title: 'plain HTML page + single-file bundle',
    async run(browser) {
      const dir = await project('html');
      const site = join(dir, 'site');
      mkdirSync(site);
      const pkgDir = join(dir, 'node_modules/event-timeline');
      const files = ['bundle', 'importers', 'story', 'table', 'fa', 'ru'].map((f) => `event-timeline.${f}.min.js`);
      for (const f of files) {
        copyFileSync(join(pkgDir, 'dist', f), join(site, f));
      }
      copyFileSync(join(pkgDir, SEEDS), join(site, 'events.json'));
      const pages = ['index.html', 'twice.html', 'csv.html', 'phone.html', 'persian.html'];
      for (const f of pages) copyFileSync(join(dir, f), join(site, f));
      // TimelineJS's sheet template: one row a month.
      const rows = Array.from({ length: 14 }, (_, i) => `${2022 + Math.floor(i / 12)},${(i % 12) + 1},15,CSV event ${i + 1}`);
      writeFileSync(join(site, 'events.csv'), `Year,Month,Day,Headline\n${rows.join('\n')}\n`);
      const server = await serve(site);
      const results = [];
      try {
        // phone.html: an article page (with a viewport meta tag) on a phone, where the element draws the vertical story.
        // persian.html: a page in Persian, which loads the Persian translation's file beside the bundle.
        for (const file of pages) {
          const phone = file === 'phone.html';
          const { page, errors, close } = await openPage(
            browser,
            phone ? { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : undefined,
          );
          try {
            server.requests.length = 0;
            await page.goto(`${server.url}/${file}`, { waitUntil: 'load' });
            const marks = await waitForMarks(page, errors);
            check(!errors.length, `${file}: ${errors.join('; ')}`);
            if (file === 'twice.html') {
              // The page's module script sets it once its import() resolves, which may be after the marks are drawn.
              await page.waitForFunction(() => window.__thirdCopy, { timeout: 10_000 }).catch(() => {});
              const third = await page.evaluate(() => window.__thirdCopy ?? null);
              check(third?.readDataset === 'function' && third?.EventTimeline === 'function', `the bundle imported a third time did not export its API: ${JSON.stringify(third)}`);
            }
            // One file is the whole library for our JSON format: the page loads nothing but it and the data.
            // CSV (and TimelineJS) data load the importers' file beside it, and a phone the vertical story's.
            const csv = file === 'csv.html';
            const expected = ['/', `/${file}`, '/event-timeline.bundle.min.js', csv ? '/events.csv' : '/events.json', '/favicon.ico'];
            if (csv) expected.push('/event-timeline.importers.min.js');
            if (phone) expected.push('/event-timeline.story.min.js');
            const persian = file === 'persian.html';
            if (persian) {
              expected.push('/event-timeline.fa.min.js');
              const legend = await page.evaluate(
                () => document.querySelector('event-timeline').shadowRoot.querySelector('[part="legend"]')?.getAttribute('aria-label') ?? null,
              );
              check(legend === 'انواع رویداد', `persian.html: the legend is not named in Persian: ${legend}`);
            }
            // The table's code is a file of its own, loaded when a reader first opens the table.
            const tableOpened = file === 'index.html';
            if (tableOpened) {
              expected.push('/event-timeline.table.min.js');
              await page.evaluate(() =>
                document.querySelector('event-timeline').shadowRoot.querySelector('[aria-controls="events-table"]').click(),
              );
              const rows = await page
                .waitForFunction(() => document.querySelector('event-timeline').shadowRoot.querySelectorAll('[part="table"] tbody tr[aria-rowindex]').length, { timeout: 15_000 })
                .then((h) => h.jsonValue(), () => 0);
              check(rows > 0, 'index.html: the table did not open');
            }
            if (phone) {
              const vertical = await page
                .waitForFunction(() => !!document.querySelector('event-timeline')?.shadowRoot?.querySelector('.story .card'), { timeout: 15_000 })
                .then(() => true, () => false);
              check(vertical, 'phone: the element did not draw the vertical story');
            }
            const requested = new Set(server.requests);
            const other = [...requested].filter((p) => !expected.includes(p));
            check(!other.length, `${file}: the bundle requested other files: ${other.join(', ')}`);
            check(!csv || requested.has('/event-timeline.importers.min.js'), 'csv.html: the importers were not loaded');
            check(!phone || requested.has('/event-timeline.story.min.js'), 'phone: the story was not loaded');
            check(!persian || requested.has('/event-timeline.fa.min.js'), 'persian.html: the translation was not loaded');
            check(!tableOpened || requested.has('/event-timeline.table.min.js'), 'index.html: the table was not loaded');
            results.push(`${file}: ${marks} marks${tableOpened ? ", the table opened" : ""}`);
          } finally {
            await close();
          }
        }
      } finally {
        await server.close();
      }
      return `${results.join(', ')} (the second page loads the bundle three times), no console errors`;
    },
  },
  {
    id: 'article',
    title: 'plain HTML page: the article beside its timeline, one script tag',
    async run(browser) {
      const dir = await project('article');
      const site = join(dir, 'site');
      mkdirSync(site);
      const pkgDir = join(dir, 'node_modules/event-timeline');
      for (const f of ['event-timeline-article.min.js', 'event-timeline.bundle.min.js']) {
        copyFileSync(join(pkgDir, 'dist', f), join(site, f));
      }
      copyFileSync(join(pkgDir, SEEDS), join(site, 'events.json'));
      // The dataset's source.file, read beside the timeline's src.
      copyFileSync(join(pkgDir, 'seeds/iran-belarus-defense-deal.txt'), join(site, 'iran-belarus-defense-deal.txt'));
      copyFileSync(join(dir, 'index.html'), join(site, 'index.html'));
      const server = await serve(site);
      const { page, errors, close } = await openPage(browser);
      try {
        await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
        await waitForMarks(page, errors);
        const stops = await page
          .waitForFunction(
            () => document.querySelector('event-timeline-article')?.shadowRoot?.querySelectorAll("[part~='event']").length,
            { timeout: 15_000 },
          )
          .then((h) => h.jsonValue(), () => 0);
        check(stops === 17, `the article highlights ${stops} events, not the dataset's 17`);
        const at = await page.evaluate(() => {
          const b = document.querySelector('event-timeline-article').shadowRoot.querySelector("[part~='event']");
          b.scrollIntoView({ block: 'center' });
          const r = b.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2, b.dataset.eventId];
        });
        await page.mouse.click(at[0], at[1]);
        const selected = await page.evaluate(async () => {
          const t = document.querySelector('event-timeline');
          await t.renderComplete;
          return t.selected;
        });
        check(selected === at[2], `a click on the article's first highlight selected ${selected}, not ${at[2]}`);
        check(!errors.length, errors.join('; '));
        const expected = ['/', '/index.html', '/event-timeline-article.min.js', '/event-timeline.bundle.min.js', '/events.json',
          '/iran-belarus-defense-deal.txt', '/favicon.ico'];
        const other = [...new Set(server.requests)].filter((p) => !expected.includes(p));
        check(!other.length, `the page requested other files: ${other.join(', ')}`);
        return `${stops} events highlighted; a click selected ${at[2]} in the timeline; files: the article's, the bundle, the data, the text`;
      } finally {
        await close();
        await server.close();
      }
    },
  },
  {
    id: 'vite',
    title: "Vite production build of `import 'event-timeline'`",
    async run(browser) {
      const dir = await project('vite', [`vite@${DEV.vite}`]);
      await must(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir, env: { NODE_ENV: 'production' } });
      const out = join(dir, 'dist');
      const js = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
      const size = js.reduce((n, f) => n + statSync(join(out, 'assets', f)).size, 0);
      check(size > 50_000, `the app's JS is only ${size} bytes: the element was tree-shaken away (sideEffects?)`);
      const server = await serve(out);
      const { page, errors, close } = await openPage(browser);
      try {
        await page.goto(server.url, { waitUntil: 'load' });
        const marks = await waitForMarks(page, errors);
        check(!errors.length, errors.join('; '));
        return `${marks} marks; app JS ${(size / 1024).toFixed(0)} kB minified`;
      } finally {
        await close();
        await server.close();
      }
    },
  },
  {
    id: 'typescript',
    title: 'strict TypeScript (bundler and node16 resolution, skipLibCheck: false)',
    async run() {
      const dir = await project('typescript');
      const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
      const version = (await must('node', [tsc, '--version'])).stdout.trim();
      const results = await Promise.all(['tsconfig.json', 'tsconfig.node16.json'].map((p) => run('node', [tsc, '-p', p], { cwd: dir })));
      results.forEach((r, i) => check(r.code === 0, `tsc -p ${['tsconfig.json', 'tsconfig.node16.json'][i]} failed:\n${tail(r.stdout + r.stderr, 40)}`));
      const expectErrors = ['main.mts', 'react.mts'].reduce((n, f) => n + (readFileSync(join(dir, f), 'utf8').match(/@ts-expect-error/g) ?? []).length, 0);
      return `${version}: typed querySelector, events, listeners and React props; ${expectErrors} @ts-expect-error lines each caught an error`;
    },
  },
  {
    id: 'node',
    title: 'event-timeline/data in plain Node',
    async run() {
      const dir = await project('node');
      const esm = await must('node', ['check.mjs'], { cwd: dir });
      const cjs = await must('node', ['check.cjs'], { cwd: dir });
      return `${esm.stdout.trim()}; ${cjs.stdout.trim()}`;
    },
  },
  {
    id: 'react',
    title: 'React 19 + event-timeline/react (Vite production build)',
    async run(browser) {
      const dir = await project('react', [`react@${DEV.react}`, `react-dom@${DEV['react-dom']}`, `vite@${DEV.vite}`]);
      await must(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir, env: { NODE_ENV: 'production' } });
      const server = await serve(join(dir, 'dist'));
      const { page, errors, close } = await openPage(browser);
      try {
        await page.goto(server.url, { waitUntil: 'load' });
        const marks = await waitForMarks(page, errors);
        // A mark whose centre is itself (not a label or a neighbour on top), clicked with the real mouse.
        const target = await page.evaluate((sel) => {
          const root = document.querySelector('event-timeline').shadowRoot;
          for (const mark of root.querySelectorAll(sel)) {
            const r = mark.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            if (r.width === 0 || y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
            if (root.elementFromPoint(x, y)?.closest(sel) === mark) return { id: mark.getAttribute('data-event-id'), x, y };
          }
          return null;
        }, MARKS);
        check(target, 'no mark could be clicked at its centre');
        const loads = await page.evaluate(() => window.__calls.load);
        check(loads.includes(17), `onLoad did not report 17 events: ${JSON.stringify(loads)}`);
        await page.mouse.click(target.x, target.y);
        await page
          .waitForFunction((id) => document.getElementById('selected')?.textContent === id, { timeout: 10_000 }, target.id)
          .catch(async () => {
            throw new Failure(`onSelect did not fire for "${target.id}": calls ${JSON.stringify(await page.evaluate(() => window.__calls))}`);
          });
        const selects = await page.evaluate(() => window.__calls.select);
        check(selects.length === 1 && selects[0] === target.id, `onSelect calls: ${JSON.stringify(selects)}`);
        check(!errors.length, errors.join('; '));
        return `${marks} marks; onLoad(17); a click on "${target.id}" fired onSelect once`;
      } finally {
        await close();
        await server.close();
      }
    },
  },
  {
    id: 'cli',
    title: 'npx event-timeline validate / convert',
    async run() {
      const dir = await project('cli');
      copyFileSync(join(dir, 'node_modules/event-timeline', SEEDS), join(dir, 'events.json'));
      copyFileSync(join(ROOT, 'test/fixtures/timelinejs-template.csv'), join(dir, 'sheet.csv'));
      copyFileSync(join(ROOT, 'test/fixtures/timelinejs-space-race.json'), join(dir, 'timeline.json'));
      const bin = join(dir, 'node_modules/.bin/event-timeline');
      const cli = (...args) => run(bin, args, { cwd: dir });
      const expect = (r, code, what, ...needles) => {
        const out = r.stdout + r.stderr;
        check(r.code === code, `${what}: exit ${r.code}, expected ${code}\n${tail(out)}`);
        for (const n of needles) check(out.includes(n), `${what}: the output does not include ${JSON.stringify(n)}\n${tail(out)}`);
      };

      const npx = await run('npx', ['--no-install', 'event-timeline', '--version'], { cwd: dir });
      expect(npx, 0, 'npx event-timeline --version', PKG.version);
      expect(await cli('--help'), 0, '--help', 'Usage: event-timeline', 'validate <file>', 'convert <file>');
      expect(await cli('validate', 'events.json'), 0, 'validate a good file', '17 events', 'no problems');
      expect(
        await cli('validate', 'bad.json'),
        1,
        'validate a bad file',
        'Record 2 ("meeting"), field "date"',
        'Record 3 ("visit"), field "title"',
        'Record 4 ("statement"), field "kind"',
        '3 problems: 2 errors, 1 warning',
      );
      expect(await cli('validate', 'warnings.json'), 0, 'validate, warnings only', '1 warning');
      expect(await cli('validate', 'warnings.json', '--strict'), 1, 'validate --strict, warnings only', '--strict');
      const report = await cli('validate', 'bad.json', '--json');
      expect(report, 1, 'validate --json');
      check(JSON.parse(report.stdout).problems.length === 3, 'validate --json lists the 3 problems');

      // TimelineJS CSV → our JSON: row 8 (Year "NaN") is skipped and reported; the rest validates clean.
      const csv = await cli('convert', 'sheet.csv', '--from', 'timelinejs-csv', '-o', 'converted.json');
      expect(csv, 1, 'convert the TimelineJS CSV', 'Row 8, column "Year"', 'Wrote 5 events to converted.json');
      expect(await cli('validate', 'converted.json'), 0, 'validate the converted CSV', 'event-timeline JSON, 5 events, 1 era', 'no problems');
      const converted = JSON.parse(readFileSync(join(dir, 'converted.json'), 'utf8'));
      check(converted.source?.title === 'Ancient Astronomy' && converted.events[0].date === '-0584-05-28', 'the converted CSV keeps the title and BCE dates');

      // TimelineJS JSON → our JSON on stdout.
      const json = await cli('convert', 'timeline.json', '--from', 'timelinejs-json');
      expect(json, 0, 'convert TimelineJS JSON');
      writeFileSync(join(dir, 'space-race.json'), json.stdout);
      expect(await cli('validate', 'space-race.json'), 0, 'validate the converted JSON', '8 events', 'no problems');

      // Usage and file errors.
      expect(await cli(), 2, 'no arguments', 'Usage: event-timeline');
      expect(await cli('validate', 'missing.json'), 2, 'a missing file', 'cannot read missing.json: no such file');
      expect(await cli('convert', 'sheet.csv', '--bogus'), 2, 'an unknown option', 'unknown option --bogus');
      expect(await cli('convert', 'sheet.csv', '--from', 'xml'), 2, 'a bad --from', '--from must be one of');
      expect(await cli('convert', 'sheet.csv', '--from', 'csv'), 1, 'the wrong CSV flavour', 'use --from timelinejs-csv');
      return 'validate (good, bad, warnings, --strict, --json), convert (TimelineJS CSV and JSON), usage errors';
    },
  },
];

// ---- main ------------------------------------------------------------------------------

function report(ok, title, t0, detail) {
  const mark = ok ? 'PASS' : 'FAIL';
  console.log(`${mark}  ${title} (${secs(t0)})${detail ? `\n      ${detail}` : ''}`);
}

console.log(`Consumer tests in ${tmp}\n`);
const failed = await withBrowser(
  async ({ browser }) => {
    let failed = 0;
    const t0 = Date.now();
    try {
      report(true, '0 package contents (npm pack)', t0, await packageContents());
    } catch (e) {
      failed++;
      report(false, '0 package contents (npm pack)', t0, e instanceof Failure ? e.message : e.stack);
    }
    if (!tarball) return failed;

    const steps = STEPS.filter((s) => !ONLY || ONLY.has(s.id));
    let next = 0;
    const worker = async () => {
      while (next < steps.length) {
        const k = next++;
        const step = steps[k];
        const title = `${STEPS.indexOf(step) + 1} ${step.title}`;
        const t0 = Date.now();
        try {
          report(true, title, t0, await step.run(browser));
        } catch (e) {
          failed++;
          report(false, title, t0, e instanceof Failure ? e.message : e.stack);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, JOBS) }, worker));
    return failed;
  },
  // Steps without a page (typescript, node, cli) run without Chrome: it is looked for when a page is first opened.
  { lazy: true, launch: { protocolTimeout: 60_000 } },
);

if (KEEP) console.log(`\nKept the projects in ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
console.log(`\n${failed ? `✖ ${failed} consumer test(s) failed` : '✔ all consumer tests passed'} in ${secs(started)}`);
process.exit(failed ? 1 : 0);
