import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for <event-timeline>. Written by hand: `storybook init` cannot run
 * offline. `npm run storybook` and `npm run build-storybook` run `npm run build`
 * first, which writes ../custom-elements.json (read by preview.ts).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Served next to iframe.html, so stories load them by relative URL
  // (`seeds/…`, `data/…`) in `storybook dev` and in the static build alike.
  staticDirs: [
    { from: '../seeds', to: '/seeds' },
    { from: '../stories/data', to: '/data' },
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  // Storybook's own preview and docs chunks are large; that is no news.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 2500 } }),
};

export default config;
