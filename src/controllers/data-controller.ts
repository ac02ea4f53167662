import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalize, normalizeAppend, type NormalizedDataset } from '../data/normalize.js';
import type { ParseDatasetOptions } from '../data/own-json.js';
import { ownJson } from '../data/own-json.js';
import { readDataset } from '../data/read-dataset.js';

/** Where the data comes from. */
export type DataSource =
  | { kind: 'events'; value: unknown }
  | { kind: 'src'; url: string }
  | { kind: 'inline'; text: string }
  | { kind: 'none' };

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface DataControllerOptions {
  /** Called once per completed load (also for an error). */
  onLoad(result: NormalizedDataset | null, error: { message: string; cause: unknown } | null): void;
  timeZone(): string;
}

const EMPTY: NormalizedDataset = { events: [], eras: [], source: null, problems: [] };

/**
 * Loads and normalizes the element's data from the `events` property, a `src`
 * URL or inline JSON. The last request wins: a newer load aborts an older
 * fetch, and a stale response is never applied.
 */
export class DataController implements ReactiveController {
  state: LoadState = 'idle';
  dataset: NormalizedDataset = EMPTY;
  error: { message: string; cause: unknown } | null = null;
  /** Resolves when the current load has settled. */
  settled: Promise<void> = Promise.resolve();

  private _abort: AbortController | null = null;
  private _generation = 0;
  private _last: DataSource = { kind: 'none' };
  /** The records (a copy of the array) and time zone the current dataset was normalized from. */
  private _normalizedFrom: { records: unknown[]; timeZone: string } | null = null;

  private readonly _host: ReactiveControllerHost;
  private readonly _options: DataControllerOptions;

  constructor(host: ReactiveControllerHost, options: DataControllerOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** An element moved in the DOM mid-fetch had that fetch aborted: load again. */
  hostConnected(): void {
    if (this.state === 'loading' && this._abort === null) this.reload();
  }

  hostDisconnected(): void {
    this._abort?.abort();
    this._abort = null;
  }

  /** Loads `source`, replacing whatever is loading. */
  load(source: DataSource): void {
    this._last = source;
    this._abort?.abort();
    this._abort = null;
    const generation = ++this._generation;
    const previous = this._normalizedFrom;
    this._normalizedFrom = null;
    if (source.kind === 'none') {
      this._finish(generation, EMPTY, null, 'idle');
      this.settled = Promise.resolve();
      return;
    }
    if (source.kind === 'events') {
      const timeZone = this._options.timeZone();
      const value = source.value;
      // Records are immutable by convention: an array that extends the last one
      // with the same objects only needs its new records normalized.
      const extends_ =
        previous &&
        previous.timeZone === timeZone &&
        this.state === 'ready' &&
        Array.isArray(value) &&
        value.length >= previous.records.length &&
        previous.records.every((r, i) => value[i] === r);
      const dataset = extends_
        ? normalizeAppend(this.dataset, value as unknown[], previous!.records.length, { timeZone })
        : normalize(value, { timeZone });
      this._normalizedFrom = Array.isArray(value) ? { records: value.slice(), timeZone } : null;
      this._finish(generation, dataset, null);
      this.settled = Promise.resolve();
      return;
    }
    // Inline text in our JSON format is read at once; other formats wait for the importers.
    const options = { timeZone: this._options.timeZone() };
    const own = source.kind === 'inline' ? ownJson(source.text, options) : null;
    if (own) {
      this._finish(generation, own, null);
      this.settled = Promise.resolve();
      return;
    }
    this.state = 'loading';
    this.error = null;
    this._host.requestUpdate();
    if (source.kind === 'inline') {
      this.settled = this._read(source.text, options, 'the inline data', generation, false);
      return;
    }
    const abort = new AbortController();
    this._abort = abort;
    this.settled = this._fetch(source.url, abort.signal, generation);
  }

  /**
   * Where an element's data comes from: the `events` property, else the `src`
   * URL, else an inline `<script type="application/json">` child, else none.
   */
  static sourceOf(host: Element, events: unknown, src: string | null): DataSource {
    if (events != null) return { kind: 'events', value: events };
    if (src) return { kind: 'src', url: src };
    const inline = host.querySelector(':scope > script[type="application/json"]');
    if (inline?.textContent) return { kind: 'inline', text: inline.textContent };
    return { kind: 'none' };
  }

  /**
   * Follows the host's properties: loads `source()` on the first update or
   * when `events` or `src` changed; a change of `timeZone` alone reloads.
   */
  follow(changed: (key: 'events' | 'src' | 'timeZone') => boolean, first: boolean, source: () => DataSource): void {
    if (first || changed('events') || changed('src')) this.load(source());
    else if (changed('timeZone')) this.reload();
  }

  /** Loads the last source again, e.g. after the time zone changed. */
  reload(): void {
    this.load(this._last);
  }

  private async _fetch(url: string, signal: AbortSignal, generation: number): Promise<void> {
    try {
      const res = await fetch(url, { signal, headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
      if (!res.ok) throw new Error(`${url} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      const text = await res.text();
      if (generation !== this._generation) return;
      const format = /\.csv(?:$|[?#])/i.test(url) ? 'csv' : 'auto';
      const options = {
        format,
        contentType: res.headers.get('content-type'),
        timeZone: this._options.timeZone(),
      } as const;
      await this._read(text, options, url, generation, true);
    } catch (cause) {
      if (generation !== this._generation || signal.aborted) return;
      const message = cause instanceof Error ? cause.message : String(cause);
      this._finish(generation, EMPTY, { message, cause });
    }
  }

  /**
   * Reads fetched or inline text (see `readDataset`). With `fatal`, text that
   * gave no event and an `invalid-input` problem is a load error. A failure to
   * load the importers' file is one too.
   */
  private async _read(
    text: string,
    options: ParseDatasetOptions,
    where: string,
    generation: number,
    fatal: boolean,
  ): Promise<void> {
    let dataset;
    try {
      dataset = await readDataset(text, options);
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      const message = `${where}: the CSV and TimelineJS importers could not be loaded (${why})`;
      this._finish(generation, EMPTY, { message, cause });
      return;
    }
    const invalid = fatal && dataset.events.length === 0 && dataset.problems.find((p) => p.code === 'invalid-input');
    this._finish(generation, dataset, invalid ? { message: `${where}: ${invalid.message}`, cause: invalid } : null);
  }

  private _finish(
    generation: number,
    dataset: NormalizedDataset,
    error: DataController['error'],
    state?: LoadState,
  ): void {
    if (generation !== this._generation) return;
    this.dataset = dataset;
    this.error = error;
    this.state = state ?? (error ? 'error' : 'ready');
    this._abort = null;
    this._host.requestUpdate();
    if (this.state !== 'idle') this._options.onLoad(error ? null : dataset, error);
  }
}
