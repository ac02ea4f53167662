/**
 * A slow source without a Service Worker: `fetch` holds back any URL ending
 * in `#delay=<ms>` for that long, and `#delay=never` until it is aborted.
 * Other URLs pass straight through. The fragment is never sent anyway, so
 * the real request, when it happens, is the URL without it.
 *
 * The loading story sets `src="seeds/….json#delay=never"`; the element then
 * stays in its loading state, as it would behind a slow network.
 */
const DELAY = /#delay=(never|\d+)$/;
const INSTALLED = Symbol.for('event-timeline-stories.slow-fetch');

export function installSlowFetch(win: Window & typeof globalThis = window): void {
  const w = win as typeof win & { [INSTALLED]?: true };
  if (w[INSTALLED]) return;
  w[INSTALLED] = true;
  const real = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const m = DELAY.exec(url);
    if (!m) return real(input, init);
    const signal = init?.signal ?? null;
    return new Promise<Response>((resolve, reject) => {
      let timer = 0;
      const abort = () => {
        clearTimeout(timer);
        reject(signal?.reason ?? new DOMException('The fetch was aborted.', 'AbortError'));
      };
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      if (m[1] === 'never') return;
      timer = win.setTimeout(() => {
        signal?.removeEventListener('abort', abort);
        resolve(real(url.replace(DELAY, ''), init));
      }, Number(m[1]));
    });
  };
}
