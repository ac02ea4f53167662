import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { DATASETS, loadArticle, type DatasetChoice, type DatasetKey } from './datasets.js';

/**
 * The args every story shares. Keys are the element's attribute names (as the
 * args table from custom-elements.json lists them), so a control and the
 * attribute it sets read the same; `dataset` and `dir` are the stories' own.
 */
export interface TimelineArgs {
  /** Which data to show; `src`, when set, wins. */
  dataset: DatasetKey;
  src: string;
  'group-by': 'auto' | 'kind' | 'actor' | 'group' | 'none';
  start: string;
  end: string;
  'min-span': string;
  'max-span': string;
  now: boolean;
  'reference-date': string;
  'time-zone': string;
  selected: string;
  'hash-link': boolean;
  locale: string;
  theme: 'auto' | 'light' | 'dark';
  'lane-limit': number;
  orientation: 'auto' | 'horizontal' | 'vertical';
  /** The global `dir` attribute, set on the element. */
  dir: 'ltr' | 'rtl';
  hiddenKinds: string[];
  hiddenActors: string[];
  onEventTimelineSelect?: (e: Event) => void;
  onEventTimelineWindowChange?: (e: Event) => void;
  onEventTimelineLoad?: (e: Event) => void;
  onEventTimelineError?: (e: Event) => void;
  onEventTimelineHover?: (e: Event) => void;
  /** CSS custom properties (`--event-timeline-*`) set from the controls. */
  [cssProperty: `--${string}`]: string | undefined;
}

export const DEFAULT_ARGS: TimelineArgs = {
  dataset: 'article',
  src: '',
  'group-by': 'auto',
  start: '',
  end: '',
  'min-span': 'PT1H',
  'max-span': '',
  now: false,
  'reference-date': '',
  'time-zone': 'UTC',
  selected: '',
  'hash-link': false,
  locale: '',
  theme: 'auto',
  'lane-limit': 200,
  orientation: 'auto',
  dir: 'ltr',
  hiddenKinds: [],
  hiddenActors: [],
};

const LOCALES = ['', 'en', 'en-GB', 'de-DE', 'fr-FR', 'ru-RU', 'fa-IR', 'ar-EG', 'he-IL', 'ja-JP', 'zh-CN'];

/**
 * Controls for the args above. Everything else in the table (descriptions,
 * types, events, slots, parts, custom properties) is read from
 * custom-elements.json by Storybook; these only add the control.
 */
export const ARG_TYPES: Partial<ArgTypes<TimelineArgs>> & ArgTypes = {
  dataset: {
    name: 'dataset',
    description:
      'The data to show (story only). File choices set `src`; the others set the `events` property. `src`, when set, wins.',
    options: Object.keys(DATASETS),
    control: { type: 'select', labels: Object.fromEntries(Object.entries(DATASETS).map(([k, v]) => [k, v.label])) },
    table: { category: 'story' },
  },
  dir: {
    description:
      'The global `dir` attribute on the element (story only). The element reads its direction from CSS, so a change re-creates it.',
    options: ['ltr', 'rtl'],
    control: { type: 'inline-radio' },
    table: { category: 'story' },
  },
  src: { control: { type: 'text' } },
  'group-by': { options: ['auto', 'kind', 'actor', 'group', 'none'], control: { type: 'inline-radio' } },
  theme: { options: ['auto', 'light', 'dark'], control: { type: 'inline-radio' } },
  orientation: { options: ['auto', 'horizontal', 'vertical'], control: { type: 'inline-radio' } },
  locale: { options: LOCALES, control: { type: 'select', labels: { '': '(nearest lang)' } } },
  'min-span': { control: { type: 'text' } },
  'max-span': { control: { type: 'text' } },
  start: { control: { type: 'text' } },
  end: { control: { type: 'text' } },
  selected: { control: { type: 'text' } },
  'reference-date': { control: { type: 'text' } },
  'time-zone': {
    options: ['UTC', 'Asia/Tehran', 'Europe/Minsk', 'America/Los_Angeles', 'Asia/Tokyo'],
    control: { type: 'select' },
  },
  now: { control: { type: 'boolean' } },
  'lane-limit': { control: { type: 'number', min: 0, step: 50 } },
  'hash-link': { control: { type: 'boolean' } },
  hiddenKinds: { control: { type: 'object' } },
  hiddenActors: { control: { type: 'object' } },
  // Properties that mirror an attribute: the attribute row carries the control.
  groupBy: { control: false },
  minSpan: { control: false },
  maxSpan: { control: false },
  referenceDate: { control: false },
  timeZone: { control: false },
  hashLink: { control: false },
  laneLimit: { control: false },
  // UI strings: an object of functions and text; set it from code.
  strings: { control: false },
  // Data goes through `dataset`: a 10,000-event object is no control.
  events: { control: false },
  problems: { control: false },
  renderComplete: { control: false },
};

/** The element's inline style: every `--event-timeline-*` arg that has a value. */
function customProperties(args: TimelineArgs): string {
  return Object.entries(args)
    .filter(([k, v]) => k.startsWith('--event-timeline-') && typeof v === 'string' && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('; ');
}

export interface RenderExtras {
  /** Light-DOM children: slotted content or an inline JSON script. */
  content?: unknown;
  /** Extra inline style on the element. */
  style?: string;
  /** Extra class on the element. */
  className?: string;
}

/** `<event-timeline>` with the args as attributes, the dataset as `src` or `events`, and the actions wired. */
export function renderTimeline(args: TimelineArgs, extras: RenderExtras = {}): TemplateResult {
  const choice: DatasetChoice = DATASETS[args.dataset] ?? DATASETS.article;
  const src = args.src || choice.src || null;
  const events = args.src ? null : (choice.events?.() ?? null);
  const style = [customProperties(args), extras.style ?? ''].filter(Boolean).join('; ');
  const opt = (v: string | null | undefined) => (v ? v : nothing);
  // The element takes its direction from CSS when it renders; a new `dir`
  // alone does not re-render it, so a change of direction re-creates it.
  return html`${keyed(
    args.dir,
    html`<event-timeline
      src=${opt(src)}
      .events=${events}
      group-by=${opt(args['group-by'])}
      start=${opt(args.start)}
      end=${opt(args.end)}
      min-span=${opt(args['min-span'])}
      max-span=${opt(args['max-span'])}
      ?now=${args.now}
      reference-date=${opt(args['reference-date'])}
      time-zone=${opt(args['time-zone'])}
      selected=${opt(args.selected)}
      ?hash-link=${args['hash-link']}
      locale=${opt(args.locale)}
      theme=${opt(args.theme)}
      lane-limit=${args['lane-limit'] ?? nothing}
      orientation=${opt(args.orientation)}
      dir=${opt(args.dir)}
      class=${opt(extras.className)}
      style=${opt(style)}
      .hiddenKinds=${args.hiddenKinds ?? []}
      .hiddenActors=${args.hiddenActors ?? []}
      @event-timeline-select=${args.onEventTimelineSelect}
      @event-timeline-window-change=${args.onEventTimelineWindowChange}
      @event-timeline-load=${args.onEventTimelineLoad}
      @event-timeline-error=${args.onEventTimelineError}
      @event-timeline-hover=${args.onEventTimelineHover}
      >${extras.content ?? nothing}</event-timeline
    >`,
  )}`;
}

/** The meta every stories file spreads: the component (for the args table), args, controls, data and render. */
export const timelineMeta = {
  component: 'event-timeline',
  args: DEFAULT_ARGS,
  argTypes: ARG_TYPES,
  // The `dataset` choices that set the `events` property read the article from here.
  loaders: [async () => ({ article: await loadArticle() })],
  render: (args) => renderTimeline(args),
} satisfies Meta<TimelineArgs>;

/** The element in a story's canvas. */
export function timelineIn(canvasElement: HTMLElement): HTMLElementTagNameMap['event-timeline'] {
  const el = canvasElement.querySelector('event-timeline');
  if (!el) throw new Error('no <event-timeline> in the story');
  return el;
}
