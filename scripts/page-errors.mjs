/**
 * Everything that goes wrong in a puppeteer page, as readable lines: console
 * errors, uncaught exceptions, failed requests and HTTP error statuses. The
 * returned array fills as the page runs.
 * @param {import('puppeteer-core').Page} page
 * @returns {string[]}
 */
export function collectPageErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}
