// Finds a Chrome or Chromium binary for the browser tests; never downloads one.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

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
