import { buildSync } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
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

export default {
  rootDir: '.',
  // Tells the tests which zone the browser should be in, so they can prove it is.
  testRunnerHtml: (testFramework) =>
    `<html><body><script>window.__TEST_TZ__ = ${JSON.stringify(process.env.TZ ?? null)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [testDeps, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
};
