import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ArticleTextState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The article's text: given as a string, or fetched from a URL as plain text (never parsed as HTML: the
 * events' offsets count the characters of the text as served). The last request wins: a newer one aborts an
 * older fetch, and a stale response is never applied.
 */
export class ArticleTextController implements ReactiveController {
  state: ArticleTextState = 'idle';
  text = '';
  error = '';
  /** Resolves when the current load has settled. */
  settled: Promise<void> = Promise.resolve();
  private _from: string | null = null;
  private _abort: AbortController | null = null;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    this._abort?.abort();
    if (this.state === 'loading') this._from = null; // fetch again when reconnected
  }

  /** Follows the text (which wins) or the URL; a change of either starts again. */
  follow(text: string | null, url: string | null): void {
    const from = text !== null ? `text:${text}` : url ? `url:${url}` : null;
    if (from === this._from) return;
    this._from = from;
    this._abort?.abort();
    this._abort = null;
    this.error = '';
    if (text !== null || !url) {
      [this.state, this.text] = [text !== null ? 'ready' : 'idle', text ?? ''];
      this.settled = Promise.resolve();
      return;
    }
    this.state = 'loading';
    const abort = (this._abort = new AbortController());
    this.settled = this._fetch(url, abort.signal);
  }

  private async _fetch(url: string, signal: AbortSignal): Promise<void> {
    let text = '';
    let error = '';
    try {
      const res = await fetch(new URL(url, document.baseURI), { signal, headers: { Accept: 'text/plain, */*;q=0.5' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      text = await res.text();
      if (text.includes('\u0000')) throw new Error('not a text file');
    } catch (e) {
      if (signal.aborted) return;
      error = e instanceof Error ? e.message : String(e);
    }
    if (signal.aborted) return;
    [this.state, this.text, this.error] = error ? ['error', '', error] : ['ready', text, ''];
    this._host.requestUpdate();
  }
}
