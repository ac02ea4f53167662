import type { RawDataset, RawEvent } from '../../src/data/types.js';
import { denseDataset } from './dense.js';

/** Where a story's data comes from: a URL for `src`, or a value for the `events` property. */
export interface DatasetChoice {
  label: string;
  src?: string;
  events?: () => RawEvent[] | RawDataset;
}

/** The article dataset, served by Storybook from ../seeds (see main.ts `staticDirs`). */
export const ARTICLE_URL = 'seeds/iran-belarus-defense-deal.events.json';

let article: RawDataset | null = null;

/**
 * Fetches the article dataset once. It is fetched rather than imported: in
 * `storybook dev`, the module URL of an imported `../seeds/*.json` would be
 * `/seeds/…`, which the static `seeds` directory answers with plain JSON.
 * The stories' meta runs this as a loader, so it is there before any render.
 */
export async function loadArticle(): Promise<RawDataset> {
  if (!article) {
    const res = await fetch(ARTICLE_URL);
    if (!res.ok) throw new Error(`${ARTICLE_URL} answered ${res.status}`);
    article = (await res.json()) as RawDataset;
  }
  return article;
}

/** The article dataset (17 events); the same object each call, so a re-render does not reload it. */
export function articleDataset(): RawDataset {
  if (!article) throw new Error('The article is not loaded yet: the story needs the loadArticle loader (timelineMeta has it).');
  return article;
}

let dense: RawDataset | null = null;
const NO_EVENTS: RawEvent[] = [];

/**
 * The `dataset` control's choices. URLs are relative to iframe.html; main.ts
 * serves ../seeds as `seeds/` and stories/data as `data/`.
 */
export const DATASETS = {
  article: { label: 'Article: our JSON via src (17 events)', src: ARTICLE_URL },
  'article-events': { label: 'Article: the events property', events: articleDataset },
  'article-csv': { label: 'Article: our CSV via src', src: 'data/article.events.csv' },
  'timelinejs-csv': { label: 'TimelineJS spreadsheet columns (CSV)', src: 'data/space-race.timelinejs.csv' },
  'timelinejs-json': { label: 'TimelineJS 3 JSON', src: 'data/space-race.timelinejs.json' },
  'uncertain-dates': { label: 'Uncertain dates gallery', src: 'data/uncertain-dates.events.json' },
  'deep-time': { label: 'BCE and deep time', src: 'data/deep-time.events.json' },
  undated: { label: 'Undated events', src: 'data/undated.events.json' },
  'eras-links-images': { label: 'Eras, links and images', src: 'data/eras-links-images.events.json' },
  'invalid-records': { label: 'Invalid records beside valid ones', src: 'data/invalid-records.events.json' },
  dense: { label: 'Dense: 10,000 generated events', events: () => (dense ??= denseDataset(10_000)) },
  empty: { label: 'Empty: no events', events: () => NO_EVENTS },
  slow: { label: 'Slow source (never answers)', src: `${ARTICLE_URL}#delay=never` },
  missing: { label: 'Missing file (404)', src: 'data/missing.events.json' },
  'invalid-json': { label: 'Invalid JSON', src: 'data/invalid.json' },
  none: { label: 'None: inline JSON child or nothing' },
} satisfies Record<string, DatasetChoice>;

export type DatasetKey = keyof typeof DATASETS;
