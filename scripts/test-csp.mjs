// Strict Content-Security-Policy check. Run after `npm run build`:
//   node scripts/test-csp.mjs
//
// Serves the repository with a strict CSP header (no 'unsafe-inline', no
// 'unsafe-eval', Trusted Types required for script sinks) and loads, in headless
// Chromium through puppeteer-core:
//   1. the demo page (demo/index.html: the single-file bundle, demo/demo.css, a JSON src), and the article
//      page (demo/article.html) on a phone, where the bundle loads the vertical story's file;
//   2. a page with only the single-file bundle and a CSV src in our columns;
//   3. the same with a CSV src in TimelineJS's columns;
//   4. the article beside its timeline (demo/from-article.html: event-timeline-article.min.js, which imports
//      the bundle);
// and on each drives the element (select, tooltip, wheel zoom, drag, keyboard,
// table, legend, help popover, exports). A page fails on any
// `securitypolicyviolation`, console error, uncaught exception, failed request, or
// if the element draws no marks. Two negative controls prove the check can fail:
// the same page with an inline script, and one whose script writes a string to
// innerHTML, must each report a violation.
// Prints PASS/FAIL per page; exits 1 on any failure.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBrowser } from './find-chrome.mjs';
import { collectPageErrors } from './page-errors.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BUNDLE = join(ROOT, 'dist/event-timeline.bundle.min.js');

/**
 * The policy. Trusted Types: lit-html creates one policy, named `lit-html`, for
 * the template HTML it parses; nothing else in the bundle writes to an HTML sink.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const MARKS = '[part~="event"][data-event-id]';
/** Sent with every response of the repository, served on 127.0.0.1 at a free port. */
const HEADERS = { 'content-security-policy': POLICY, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

/** Collects CSP violations from the first script the page runs (CDP-injected, so the policy does not apply to it). */
function collectViolations() {
  window.__violations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      window.__violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '',
        disposition: e.disposition,
      });
    },
    true,
  );
}

/** Opens `path` in a fresh context and returns what went wrong, the marks drawn and the violations. */
async function visit(browser, base, path, drive, viewport = { width: 1280, height: 900 }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const problems = collectPageErrors(page);
  await page.evaluateOnNewDocument(collectViolations);
  try {
    const response = await page.goto(`${base}${path}`, { waitUntil: 'load' });
    const header = response?.headers()['content-security-policy'];
    if (header !== POLICY) problems.push(`the page was not served with the policy (got ${header})`);
    let marks = 0;
    try {
      await page.waitForFunction(
        (sel) => {
          const el = document.querySelector('event-timeline');
          return !!customElements.get('event-timeline') && (el?.shadowRoot?.querySelectorAll(sel).length ?? 0) > 0;
        },
        { timeout: 20_000, polling: 100 },
        MARKS,
      );
      marks = await page.evaluate(async (sel) => {
        const el = document.querySelector('event-timeline');
        await el.renderComplete;
        return el.shadowRoot.querySelectorAll(sel).length;
      }, MARKS);
    } catch {
      const state = await page.evaluate(() => document.querySelector('event-timeline')?.shadowRoot?.textContent?.trim().slice(0, 200) ?? null);
      problems.push(`no marks drawn (the element shows: ${JSON.stringify(state)})`);
    }
    const steps = marks > 0 && drive ? await drive(page) : [];
    await new Promise((r) => setTimeout(r, 300)); // late reports
    const violations = await page.evaluate(() => window.__violations);
    const extra = await page.evaluate(() => ({ inlineRan: window.__inlineRan === true, ttLeak: !!document.getElementById('tt-leak') }));
    return { problems, marks, violations, steps, extra };
  } finally {
    await context.close();
  }
}

/** Exercises everything that writes to the DOM: styleMap, d3-zoom, popover, table, legend, exports. */
async function exercise(page) {
  const done = [];
  const el = await page.waitForSelector('event-timeline');
  const settle = () => page.evaluate((e) => e.renderComplete, el);
  const centre = (selector) =>
    page.evaluate(
      (e, sel) => {
        const n = e.shadowRoot.querySelector(sel);
        if (!n) return null;
        n.scrollIntoView({ block: 'center' });
        const r = n.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
      },
      el,
      selector,
    );
  const mark = `svg.plot ${MARKS}`;

  const first = await centre(mark);
  if (first) {
    await page.mouse.move(first[0], first[1]); // tooltip (positioned with styleMap)
    await settle();
    done.push('hover');
    await page.mouse.click(first[0], first[1]); // select: the details panel
    await settle();
    done.push('select');
  }
  const plot = await centre('svg.plot');
  if (plot) {
    await page.mouse.move(plot[0], plot[1]);
    await page.keyboard.down('Control');
    await page.mouse.wheel({ deltaY: -400 }); // d3-zoom (Ctrl + wheel: cooperative gestures)
    await page.keyboard.up('Control');
    await new Promise((r) => setTimeout(r, 300));
    await page.mouse.down();
    await page.mouse.move(plot[0] + 150, plot[1], { steps: 6 }); // drag to pan
    await page.mouse.up();
    await settle();
    done.push('wheel', 'drag');
  }
  await page.evaluate((e, sel) => e.shadowRoot.querySelector(`${sel}[tabindex="0"]`)?.focus(), el, mark);
  for (const key of ['ArrowRight', 'ArrowRight', 'Enter', '+', '-', '0', 'Escape']) await page.keyboard.press(key);
  await settle();
  done.push('keys');
  for (const [selector, name] of [
    ['[aria-controls="events-table"]', 'table'],
    ['[popovertarget="keys-help"]', 'help'],
    ['[part="legend-item"]', 'legend'],
    ['.actor-filter summary', 'actors'],
  ]) {
    const at = await centre(selector);
    if (!at) continue;
    await page.mouse.click(at[0], at[1]);
    await settle();
    done.push(name);
  }
  await page.keyboard.press('Escape');
  await page.evaluate(async (e) => {
    const scroller = e.shadowRoot.querySelector('.table-scroll');
    if (scroller) scroller.scrollTop = 400;
    await new Promise((r) => setTimeout(r, 200));
  }, el);
  done.push('table scroll');
  // Exports: an SVG string (styles inlined into the copy), a PNG drawn from it, and the data.
  const exported = await page.evaluate(async (e) => {
    const out = {};
    for (const [name, run] of [
      ['toSVG', () => e.toSVG().length],
      ['toPNG', async () => (await e.toPNG({ scale: 1 })).size],
      ['exportJSON', () => e.exportJSON().length],
      ['exportCSV', () => e.exportCSV().length],
    ]) {
      try {
        out[name] = (await run()) > 0;
      } catch (err) {
        out[name] = String(err);
      }
    }
    return out;
  }, el);
  for (const [name, ok] of Object.entries(exported)) done.push(ok === true ? name : `${name} FAILED: ${ok}`);
  return done;
}

/** On a phone: the vertical story (its lazily loaded file), a tap, its keys, the page's scroll and the exports. */
async function exerciseStory(page) {
  const done = [];
  const el = await page.waitForSelector('event-timeline');
  const settle = () => page.evaluate((e) => e.renderComplete, el);
  const drawn = await page
    .waitForFunction((e) => !!e.shadowRoot.querySelector('.story .card'), { timeout: 15_000 }, el)
    .then(() => true, () => false);
  if (!drawn) return ['story FAILED: no cards'];
  done.push('story');
  const at = await page.evaluate((e) => {
    const card = e.shadowRoot.querySelector('.story .card');
    card.scrollIntoView({ block: 'center' });
    const r = card.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  }, el);
  await page.touchscreen.tap(at[0], at[1]); // details in place
  await settle();
  done.push(await page.evaluate((e) => (e.shadowRoot.querySelector('.story .more') ? 'tap' : 'tap FAILED: no details'), el));
  for (const key of ['ArrowDown', 'ArrowDown', 'Enter', '+', '-', '0', 'Escape', 'End', 'Home']) await page.keyboard.press(key);
  await settle();
  done.push('keys');
  await page.evaluate(async () => {
    for (let i = 0; i < 6; i++) {
      window.scrollBy(0, 500);
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await new Promise((r) => setTimeout(r, 300));
  await settle();
  done.push('scroll');
  const exported = await page.evaluate(async (e) => {
    const out = {};
    for (const [name, run] of [
      ['toSVG', () => e.toSVG().length],
      ['toPNG', async () => (await e.toPNG({ scale: 1 })).size],
    ]) {
      try {
        out[name] = (await run()) > 0;
      } catch (err) {
        out[name] = String(err);
      }
    }
    return out;
  }, el);
  for (const [name, ok] of Object.entries(exported)) done.push(ok === true ? name : `${name} FAILED: ${ok}`);
  return done;
}

/** The article beside its timeline: its highlights drawn, a click on one selects in the timeline, and back. */
async function exerciseArticle(page) {
  const done = [];
  const article = await page.waitForSelector('event-timeline-article');
  const stops = await page
    .waitForFunction((a) => a.shadowRoot.querySelectorAll("[part~='event']").length, { timeout: 15_000 }, article)
    .then((h) => h.jsonValue(), () => 0);
  if (!stops) return ['article FAILED: no highlights'];
  done.push(`article (${stops} events highlighted)`);
  const at = await page.evaluate((a) => {
    const b = a.shadowRoot.querySelector("[part~='event']");
    const r = b.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2, b.dataset.eventId];
  }, article);
  await page.mouse.click(at[0], at[1]);
  const picked = await page.evaluate(async () => {
    const t = document.querySelector('event-timeline');
    await t.renderComplete;
    return t.selected;
  });
  done.push(picked === at[2] ? 'click in the article selects' : `click FAILED: timeline selected ${picked}`);
  const followed = await page.evaluate(async () => {
    const [t, a] = [document.querySelector('event-timeline'), document.querySelector('event-timeline-article')];
    t.select('morales-condemns-us');
    await t.renderComplete;
    await new Promise((r) => setTimeout(r, 100));
    return a.selected === 'morales-condemns-us' && !!a.shadowRoot.querySelector("mark[part~='selected']");
  });
  done.push(followed ? 'the article follows the timeline' : 'follow FAILED');
  return done;
}

/** Equal lines once each, with how many times they came. */
function tally(lines) {
  const counts = new Map();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

const PAGES = [
  { path: '/demo/index.html', title: 'demo page (bundle, demo.css, JSON src)', drive: exercise },
  { path: '/test/fixtures/security/csp-bundle-csv.html', title: 'single-file bundle + CSV src (our columns)', drive: exercise },
  { path: '/test/fixtures/security/csp-bundle-timelinejs-csv.html', title: 'single-file bundle + CSV src (TimelineJS columns)', drive: exercise },
  {
    path: '/demo/article.html',
    title: 'a phone: the article page, the vertical story (bundle + story file)',
    drive: exerciseStory,
    viewport: { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  },
  {
    path: '/demo/from-article.html',
    title: 'the article beside its timeline (bundle + article file, one Lit)',
    drive: exerciseArticle,
  },
];
const CONTROLS = [
  {
    path: '/test/fixtures/security/csp-violation.html',
    title: 'negative control: an inline script',
    expect: (r) => r.violations.some((v) => v.directive === 'script-src-elem' || v.directive === 'script-src') && !r.extra.inlineRan,
  },
  {
    path: '/test/fixtures/security/csp-trusted-types-violation.html',
    title: 'negative control: innerHTML without a Trusted Types policy',
    expect: (r) => r.violations.some((v) => v.directive === 'require-trusted-types-for') && !r.extra.ttLeak,
  },
];

/** Visits every page and control; prints a PASS/FAIL block for each and returns how many failed. */
async function checkAll(browser, base) {
  let failed = 0;
  for (const { path, title, drive, viewport } of PAGES) {
    const r = await visit(browser, base, path, drive, viewport);
    const failedSteps = r.steps.filter((s) => s.includes('FAILED'));
    const ok = r.violations.length === 0 && r.problems.length === 0 && r.marks > 0 && failedSteps.length === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${title}  ${path}`);
    console.log(`      ${r.marks} marks; exercised: ${r.steps.join(', ') || 'nothing'}`);
    const reports = r.violations.map(
      (v) =>
        `violation: ${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}` +
        `${v.sample ? ` ${JSON.stringify(v.sample)}` : ''}`,
    );
    for (const [line, n] of tally(reports)) console.log(`      ${line}${n > 1 ? ` (×${n})` : ''}`);
    // Chromium also logs each violation as a console error: counted above, summed up here.
    const cspLogs = r.problems.filter((p) => /Content Security Policy/.test(p));
    if (cspLogs.length) console.log(`      ${cspLogs.length} console error(s) from those violations`);
    for (const [line, n] of tally(r.problems.filter((p) => !cspLogs.includes(p)))) {
      console.log(`      ${line.length > 300 ? `${line.slice(0, 300)}…` : line}${n > 1 ? ` (×${n})` : ''}`);
    }
  }
  for (const { path, title, expect } of CONTROLS) {
    const r = await visit(browser, base, path, null);
    // The control's own violation is logged as a console error; anything else still counts.
    const ok = expect(r) && r.marks > 0;
    if (!ok) failed++;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${title}  ${path}`);
    const counts = [...tally(r.violations.map((v) => v.directive))];
    const directives = counts.map(([d, n]) => `${d}${n > 1 ? ` ×${n}` : ''}`);
    console.log(`      violations reported, as they must be: ${directives.join(', ') || 'NONE'}; ${r.marks} marks`);
  }
  return failed;
}

const failed = await withBrowser(
  async ({ browser, server }) => {
    console.log(`Content-Security-Policy: ${POLICY}\n`);
    return checkAll(await browser(), server.url);
  },
  { requires: [BUNDLE], serve: { root: ROOT, headers: HEADERS }, launch: { protocolTimeout: 60_000 } },
);
console.log(failed ? `\n${failed} check(s) failed.` : '\nAll CSP checks passed.');
process.exit(failed ? 1 : 0);
