// A bare SVG as the DOM's own floor: `node bench/bare.mjs [N] [rounds]`.
//
// bench/pages/bare.html draws N groups (a hit rect, a symbol and a label each) with no library and moves each by
// one `transform` on every wheel step. This times its steps as bench/run.mjs times a zoom step (from the wheel
// event to the task after the next frame), interleaved with the Canvas2D floor's on the same N, and prints the
// medians and their ratio. SCROLL=1 puts the SVG in a scrolling box, as the element's chart is.
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { serveStatic } from '../scripts/static-server.mjs';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const [n = '20', rounds = '5'] = process.argv.slice(2);
const server = await serveStatic(resolve(new URL('..', import.meta.url).pathname));
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS,
  defaultViewport: { width: 1240, height: 700 },
});
const steps = { bare: [], floor: [] };
for (let r = 0; r < Number(rounds); r++) {
  for (const impl of ['bare', 'floor']) {
    const page = await browser.newPage();
    if (impl === 'bare') {
      await page.goto(`${server.url}/bench/pages/bare.html?n=${n}${process.env.SCROLL ? '&scroll' : ''}`);
      await page.waitForFunction(() => window.__ready);
    } else {
      await page.goto(`${server.url}/bench/pages/floor.html`);
      await page.waitForFunction(() => window.__bench);
      await page.evaluate((k) => window.__bench.mount('floor', k), Number(n));
    }
    await page.evaluate(() => {
      window.__steps = [];
      const listener = () => {
        const t0 = performance.now();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => window.__steps.push(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      };
      window.addEventListener('wheel', listener, { capture: true, passive: true });
    });
    await page.mouse.move(600, 200);
    // As bench/run.mjs: in for a third of the steps, out for a third, in again.
    for (let i = 0; i < 20; i++) {
      await page.mouse.wheel({ deltaY: (i < 7 || i >= 14 ? -1 : 1) * 120 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    steps[impl].push(...(await page.evaluate(() => window.__steps)));
    await page.close();
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const [bare, floor] = [median(steps.bare), median(steps.floor)];
console.log(
  `N=${n}: bare SVG step p50 ${bare.toFixed(1)} ms, Canvas2D floor ${floor.toFixed(1)} ms, ${(bare / floor).toFixed(2)}× the floor's`,
);
await browser.close();
server.close();
