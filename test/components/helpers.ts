import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import '../../src/components/event-timeline/event-timeline.js';
import type { RawDataset } from '../../src/data/types.js';
import { parseEdtf } from '../../src/data/edtf.js';

export const DATASET_URL = '/seeds/iran-belarus-defense-deal.events.json';

let article: RawDataset | null = null;

/** The article dataset, fetched once; a fresh deep copy each call. */
export async function articleDataset(): Promise<RawDataset> {
  article ??= (await (await fetch(DATASET_URL)).json()) as RawDataset;
  return structuredClone(article);
}

/** Mounts an `<event-timeline>` at `width` px inside a plain container and waits until it is drawn. */
export async function mount(template: unknown, width = 1200): Promise<EventTimeline> {
  await setViewport({ width: Math.max(width + 40, 360), height: 900 });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px;padding:0;margin:0">${template}</div>`);
  const el = wrapper.querySelector('event-timeline')!;
  await el.renderComplete;
  return el;
}

export async function mountArticle(width = 1200, attrs: Record<string, string> = {}): Promise<EventTimeline> {
  const data = await articleDataset();
  await setViewport({ width: Math.max(width + 40, 360), height: 900 });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><event-timeline></event-timeline></div>`);
  const el = wrapper.querySelector('event-timeline')!;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.events = data;
  await el.renderComplete;
  return el;
}

/** The shadow root's elements matching `selector`. */
export function all<T extends Element = Element>(el: EventTimeline, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Distinct `data-event-id`s drawn in the plot. */
export function drawnIds(el: EventTimeline): string[] {
  return [...new Set(all(el, 'svg.plot [part~="event"]').map((m) => m.getAttribute('data-event-id')!))].sort();
}

/** Ids of events whose date overlaps [start, end], computed from the raw data, independently of the element. */
export function idsInWindow(data: RawDataset, start: Date, end: Date): string[] {
  return data.events
    .filter((e) => e.date !== null)
    .filter((e) => {
      const d = parseEdtf(e.date!);
      return d.earliest <= +end && d.latest >= +start;
    })
    .map((e) => e.id!)
    .sort();
}

/** Resolves with the next `type` event from `el`, or rejects after `ms`. */
export function nextEvent<K extends keyof HTMLElementEventMap>(el: EventTarget, type: K, ms = 3000): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    el.addEventListener(type, (e) => {
      clearTimeout(timer);
      resolve(e as HTMLElementEventMap[K]);
    }, { once: true });
  });
}

/** Records every `type` event from `el` until `stop()` is called. */
export function record<K extends keyof HTMLElementEventMap>(el: EventTarget, type: K): { events: HTMLElementEventMap[K][]; stop(): void } {
  const events: HTMLElementEventMap[K][] = [];
  const on = (e: Event) => events.push(e as HTMLElementEventMap[K]);
  el.addEventListener(type, on);
  return { events, stop: () => el.removeEventListener(type, on) };
}

/** Counts the element's updates (Lit's `update`, so renders) from now on: the count so far, when called. */
export function countUpdates(el: EventTimeline): () => number {
  const target = el as unknown as { update(changed: unknown): void };
  const update = target.update;
  let updates = 0;
  target.update = function (this: unknown, changed: unknown) {
    updates++;
    update.call(this, changed);
  };
  return () => updates;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Centre of `node` in viewport px. */
export function centre(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/**
 * The demo's article page (demo/article.html: paragraphs above and below the element), its element drawing the
 * seed dataset with `attrs`; not yet in the document.
 */
export async function articlePageOf(attrs: Record<string, string> = {}): Promise<{ page: HTMLElement; el: EventTimeline }> {
  const text = await (await fetch('/demo/article.html')).text();
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const page = document.importNode(doc.querySelector('main')!, true);
  page.style.cssText = 'max-width:720px;margin:0 auto;font:16px/1.6 sans-serif';
  const el = page.querySelector<EventTimeline>('event-timeline')!;
  el.setAttribute('src', '/seeds/iran-belarus-defense-deal.events.json');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return { page, el };
}
