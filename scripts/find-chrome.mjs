// Finds a Chrome or Chromium binary for the browser tests; never downloads one.
// `withBrowser` runs a browser check from start to end: build output there, Chrome found, files served,
// Chromium launched, and both closed again.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { serveStatic } from './static-server.mjs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** The path of a Chrome/Chromium binary, or null. CHROME_PATH wins. */
export function findChrome() {
  const env = process.env.CHROME_PATH;
  if (env) return existsSync(env) ? env : null;
  for (const p of CANDIDATES) if (existsSync(p)) return p;
  for (const name of NAMES) {
    try {
      const p = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      /* not on PATH */
    }
  }
  return null;
}

export const INSTALL_HELP = `No Chrome or Chromium was found for the browser tests.
Looked at: $CHROME_PATH, ${CANDIDATES.join(', ')}, and ${NAMES.join(', ')} on PATH.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-core
  Fedora:         sudo dnf install chromium google-noto-sans-arabic-fonts
  macOS:          brew install --cask chromium
or point CHROME_PATH at an existing Chrome binary. The tests never download a browser.`;

/** Chromium flags for headless runs as root on a machine without Google's network. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test files run two at a time, each in its own page; keep the one in the
  // background rendering, or its requestAnimationFrame never fires.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--font-render-hinting=none',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/** What `browser()` of a lazy `withBrowser` rejects with when there is no Chrome; its message is INSTALL_HELP. */
export class ChromeNotFound extends Error {
  constructor() {
    super(INSTALL_HELP);
    this.name = 'ChromeNotFound';
  }
}

/**
 * Runs `fn` with a headless Chromium and, when `serve` is given, a static server; closes both when `fn`
 * settles, whether it returns or throws. Exits the process with 1, before serving anything, when a file
 * in `requires` is missing or (unless `lazy`) no Chrome is found.
 * @template T
 * @param {(session: {
 *   browser: () => Promise<import('puppeteer-core').Browser>,
 *   server: Awaited<ReturnType<typeof serveStatic>> | null,
 * }) => Promise<T>} fn
 *   `browser()` is the one browser of the run (launched once); `server` serves `serve.root`.
 * @param {{
 *   requires?: string[],
 *   serve?: { root: string, headers?: Record<string, string> },
 *   launch?: import('puppeteer-core').LaunchOptions,
 *   lazy?: boolean,
 * }} [options]
 *   requires: absolute paths of files that `npm run build` writes. serve: what to serve, and the headers
 *   of every response. launch: more options for `puppeteer.launch` (e.g. protocolTimeout). lazy: look for
 *   Chrome and launch it on the first `browser()` call, which rejects with ChromeNotFound when there is none,
 *   so a run whose steps need no browser never starts one.
 * @returns {Promise<T>} what `fn` returns; the caller prints its summary and sets the exit code.
 */
export async function withBrowser(fn, { requires = [], serve, launch = {}, lazy = false } = {}) {
  for (const file of requires) {
    if (existsSync(file)) continue;
    console.error(`FAIL: ${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  if (!lazy && !findChrome()) {
    console.error(INSTALL_HELP);
    process.exit(1);
  }
  let launched = null;
  const browser = () =>
    (launched ??= (async () => {
      const executablePath = findChrome();
      if (!executablePath) throw new ChromeNotFound();
      // Loaded here, so that the test runner's config, which only wants findChrome, does not load puppeteer.
      const { default: puppeteer } = await import('puppeteer-core');
      return puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true, ...launch });
    })());
  const server = serve ? await serveStatic(serve.root, serve) : null;
  try {
    if (!lazy) await browser();
    return await fn({ browser, server });
  } finally {
    await (await launched?.catch(() => null))?.close();
    await server?.close();
  }
}
