// `npm test`: every check, in the order a failure is cheapest to find.
// type-check → lint → build → size budget → browser tests in two time zones (components: all in one, the date-drawing ones in the other).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome, INSTALL_HELP } from './find-chrome.mjs';

/** Time zones the browser suite runs in: date-only values must not shift in either. */
const TIME_ZONES = ['Asia/Tehran', 'America/Los_Angeles'];

function run(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}\n  $ ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${r.status ?? r.signal}) after ${secs}s`);
    process.exit(r.status || 1);
  }
  console.log(`✔ ${title} (${secs}s)`);
}

function ensureChrome() {
  let chrome = findChrome();
  if (chrome) return chrome;
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebian && !process.env.CHROME_PATH) {
    console.log('No Chrome or Chromium found; installing Debian\'s chromium (and fonts-noto-core for Persian/Arabic) with apt-get…');
    run('apt-get update', 'apt-get', ['update']);
    run('install chromium', 'apt-get', ['install', '-y', 'chromium', 'fonts-noto-core'], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
    chrome = findChrome();
    if (chrome) return chrome;
  }
  console.error(`\n${INSTALL_HELP}\n`);
  process.exit(1);
}

const chrome = ensureChrome();
console.log(`Browser: ${chrome}`);

const npx = (bin, ...args) => ['npx', ['--no-install', bin, ...args]];
run('type-check src', ...npx('tsc', '-p', 'tsconfig.json', '--noEmit'));
run('type-check tests and stories', ...npx('tsc', '-p', 'test/tsconfig.json', '--noEmit'));
run('lint (eslint + lit-analyzer)', 'npm', ['run', '--silent', 'lint']);
run('build', 'npm', ['run', '--silent', 'build']);
run('size budget', 'node', ['scripts/size-budget.mjs']);
run('strict CSP: demo and bundle pages, no violations', 'node', ['scripts/test-csp.mjs'], { CHROME_PATH: chrome });
run('memory: 1,000 connects, disconnects and loads', 'node', ['scripts/test-leaks.mjs'], { CHROME_PATH: chrome });
run('Storybook: every story in Chromium (render, console, axe)', 'node', ['scripts/test-storybook.mjs'], { CHROME_PATH: chrome });
for (const [i, tz] of TIME_ZONES.entries()) {
  run(`pure module tests, TZ=${tz}`, ...npx('web-test-runner'), { TZ: tz, CHROME_PATH: chrome, SUITE: 'pure' });
  // Every component test in the first zone; in the second, those that draw and name dates.
  const suite = i === 0 ? 'components' : 'components-dates';
  run(`component tests (${suite}), TZ=${tz}`, ...npx('web-test-runner'), { TZ: tz, CHROME_PATH: chrome, SUITE: suite });
}
run('consumer tests (npm pack, seven ways in)', 'node', ['scripts/test-consumers.mjs'], { CHROME_PATH: chrome });
console.log('\nAll checks passed.');
