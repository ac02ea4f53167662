import { buildSync } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChrome, CHROME_ARGS, INSTALL_HELP } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HELP);
  process.exit(1);
}

// Test-only dependencies that are CommonJS or import JSON (edtf, the reference
// our EDTF parser is tested against; ajv, the JSON Schema validator) are
// bundled once into browser modules under .cache/test-deps.
const TEST_DEPS = { edtf: 'node_modules/edtf/index.js', ajv: 'ajv' };
const bundled = {};
for (const [name, entry] of Object.entries(TEST_DEPS)) {
  const outfile = `.cache/test-deps/${name}.js`;
  buildSync({
    stdin: { contents: `export * from '${entry.startsWith('node_modules') ? `./${entry}` : entry}'; export { default } from '${entry.startsWith('node_modules') ? `./${entry}` : entry}';`, resolveDir: '.' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
  });
  bundled[name] = `/${outfile}`;
}

/** Serves the bundled test-only dependencies. */
const testDeps = {
  name: 'test-deps',
  resolveImport({ source }) {
    return bundled[source];
  },
};

/**
 * What the stock commands lack: wheel events and a pointer drag with
 * intermediate moves, sent through Chromium's input pipeline (CDP), not
 * synthesized in the page; and media emulation including forced-colors.
 */
const inputCommands = {
  name: 'input-commands',
  async executeCommand({ command, payload, session }) {
    if (!['wheel', 'drag', 'emulate-media-features', 'touch'].includes(command)) return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'emulate-media-features') {
      // Raw CDP: puppeteer's own emulateMediaFeatures refuses forced-colors.
      // The page's own session: emulation set from a second session does not apply.
      const cdp = typeof page._client === 'function' ? page._client() : await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features ?? [] });
      return true;
    }
    if (command === 'touch') {
      // Real touch input through CDP: each finger moves from `from` to `to` in `steps` moves.
      // payload: { fingers: [{ from: [x, y], to: [x, y] }, …], steps }
      const cdp = typeof page._client === 'function' ? page._client() : await page.createCDPSession();
      const steps = payload.steps ?? 10;
      const at = (k) =>
        payload.fingers.map((f, id) => ({
          x: f.from[0] + ((f.to[0] - f.from[0]) * k) / steps,
          y: f.from[1] + ((f.to[1] - f.from[1]) * k) / steps,
          id,
        }));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let k = 1; k <= steps; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return true;
    }
    await page.mouse.reset();
    if (command === 'wheel') {
      // payload.modifiers: keys held during the wheel, e.g. ['Control'] or ['Shift'].
      const modifiers = payload.modifiers ?? [];
      for (const key of modifiers) await page.keyboard.down(key);
      await page.mouse.move(payload.x, payload.y);
      // payload.repeat: notches sent back to back, as one gesture.
      for (let i = 0; i < (payload.repeat ?? 1); i++)
        await page.mouse.wheel({ deltaX: payload.deltaX ?? 0, deltaY: payload.deltaY ?? 0 });
      for (const key of modifiers) await page.keyboard.up(key);
      return true;
    }
    await page.mouse.move(payload.from[0], payload.from[1]);
    await page.mouse.down();
    await page.mouse.move(payload.to[0], payload.to[1], { steps: payload.steps ?? 8 });
    await page.mouse.up();
    return true;
  },
};

/**
 * Test-only routes for sources that misbehave:
 * /__test/slow?ms=800&file=/seeds/x.json, /__test/status?code=500, /__test/html.
 * /__test/no-chunks/<file>: dist/<file>, except the files loaded on first use (the story's, the table's, the
 * translations), which are missing, as on a page that copied the bundle alone.
 * /__test/slow-chunks/<file>: dist/<file>, the translations 600 ms late, as on a slow network.
 */
async function misbehavingSources(ctx, next) {
  if (!ctx.path.startsWith('/__test/')) return next();
  const q = ctx.query;
  if (ctx.path === '/__test/slow') {
    await new Promise((r) => setTimeout(r, Number(q.ms ?? 1000)));
    ctx.path = String(q.file);
    ctx.url = String(q.file);
    return next();
  }
  if (ctx.path === '/__test/status') {
    ctx.status = Number(q.code ?? 500);
    ctx.body = `status ${ctx.status}`;
    return;
  }
  if (ctx.path.startsWith('/__test/no-chunks/')) {
    const file = ctx.path.slice('/__test/no-chunks/'.length);
    if (/\.(story|table|fa|ru)\.min\.js$/.test(file)) {
      ctx.status = 404;
      ctx.body = 'not copied';
      return;
    }
    ctx.path = `/dist/${file}`;
    ctx.url = `/dist/${file}`;
    return next();
  }
  if (ctx.path.startsWith('/__test/slow-chunks/')) {
    const file = ctx.path.slice('/__test/slow-chunks/'.length);
    if (/\.(fa|ru)\.min\.js$/.test(file)) await new Promise((r) => setTimeout(r, 600));
    ctx.path = `/dist/${file}`;
    ctx.url = `/dist/${file}`;
    return next();
  }
  if (ctx.path === '/__test/html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><body><h1>Not the data</h1></body></html>';
  }
}

// Two suites. `pure`: the data and layout modules, two files at a time.
// `components`: real input and screenshots, one file at a time, because
// Chromium delivers input to and captures only the page in front.
// Without SUITE, everything runs one file at a time.
const SUITES = {
  pure: { files: ['test/**/*.test.ts', '!test/components/**'], concurrency: 2 },
  components: { files: ['test/components/**/*.test.ts'], concurrency: 1 },
  // The second time zone: the component tests that draw and name dates (the axis, names, the table, the story),
  // not those about input, hostile data, screenshots or exports, which a zone does not change. Keeps CI in budget.
  'components-dates': {
    files: ['i18n', 'event-timeline', 'accessibility', 'story', 'scale', 'bundle', 'bundle-text', 'theming'].map(
      (name) => `test/components/${name}.test.ts`,
    ),
    concurrency: 1,
  },
};
const suite = SUITES[process.env.SUITE] ?? { files: ['test/**/*.test.ts'], concurrency: 1 };

export default {
  rootDir: '.',
  middleware: [misbehavingSources],
  // Tells the tests which zone the browser should be in, so they can prove it is.
  testRunnerHtml: (testFramework) =>
    `<html><body><script>window.__TEST_TZ__ = ${JSON.stringify(process.env.TZ ?? null)}; window.__UPDATE_SCREENSHOTS__ = ${process.env.UPDATE_SCREENSHOTS === '1'};</script><script type="module" src="${testFramework}"></script></body></html>`,
  files: suite.files,
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: suite.concurrency,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    testDeps,
    inputCommands,
    a11ySnapshotPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    visualRegressionPlugin({
      update: process.env.UPDATE_SCREENSHOTS === '1',
      baseDir: 'test/screenshots',
      // Per-pixel colour threshold absorbs anti-aliasing; the failure threshold
      // (0.3% of pixels) is far below what a moved lane, mark or label changes.
      diffOptions: { threshold: 0.1, includeAA: false },
      failureThreshold: 0.3,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [freshPages(chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } }))],
};

/**
 * Each test file in a page of its own. The launcher keeps a finished file's page and runs the next file in it, and
 * Chromium then carries input state from one file to the next: after gestures.test.ts's two-finger pinches, CDP
 * touches in the same page reached the next file's document as taps and clicks only, with no touch or pointer
 * events. The page is closed when its file ends instead (the launcher's `activePages` and `inactivePages`, as in
 * @web/test-runner-chrome 0.18).
 */
function freshPages(launcher) {
  const stop = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const page = launcher.activePages.get(sessionId);
    const result = await stop(sessionId);
    launcher.inactivePages = launcher.inactivePages.filter((p) => p !== page);
    await page?.puppeteerPage.close();
    return result;
  };
  return launcher;
}
