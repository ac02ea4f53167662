import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
// Registers <event-timeline>: the stories use the element from src/, so the
// dev server reloads on every change to it.
import '../src/components/event-timeline/event-timeline.js';
// Written by `npm run build` (cem analyze), which both Storybook scripts run first.
import manifest from '../custom-elements.json';
import { publicManifest } from './manifest.js';
import { installSlowFetch } from '../stories/support/slow-fetch.js';

setCustomElementsManifest(publicManifest(manifest));
installSlowFetch();

/** Non-colour custom properties; every other `--event-timeline-*` gets a colour picker. */
const TEXT_PROPERTIES = new Set(['--event-timeline-font', '--event-timeline-font-size', '--event-timeline-radius']);

/** Table rows that document rather than control: the story sets them some other way. */
const NO_CONTROL = new Set(['events', 'slots', 'css shadow parts']);

/**
 * Controls for the rows read from custom-elements.json: a colour picker (or
 * text) for each CSS custom property, so a story can be restyled live; none
 * for events (the Actions panel logs them), slots and parts.
 */
const manifestControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]): [string, StrictInputType] => {
      const category = argType.table?.category ?? '';
      if (name.startsWith('--event-timeline-') && argType.control === undefined) {
        return [name, { ...argType, control: { type: TEXT_PROPERTIES.has(name) ? 'text' : 'color' } }];
      }
      if (NO_CONTROL.has(category)) return [name, { ...argType, control: false }];
      return [name, argType];
    }),
  );

const preview: Preview = {
  argTypesEnhancers: [manifestControls],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // The a11y panel fails a story with violations (scripts/test-storybook.mjs runs axe as well).
    a11y: { test: 'error' },
    docs: { source: { excludeDecorators: true } },
    options: {
      storySort: {
        order: [
          'Event timeline',
          [
            'Overview',
            ['Docs', 'Article', '*'],
            'Dates',
            'Data sources',
            'States',
            'Interaction',
            'Details panel',
            'Theming and locales',
            'Dense data',
          ],
        ],
      },
    },
  },
};

export default preview;
