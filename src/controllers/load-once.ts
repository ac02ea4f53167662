import type { CSSResult, ReactiveElement } from 'lit';

/**
 * `load` (a dynamic import) run at most once per page: every call shares its promise. A load that fails is
 * forgotten, so a later call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/** Adds the styles of code loaded on demand to `host`'s shadow root, after the ones it already has. */
export function adoptStyles(host: ReactiveElement, styles: CSSResult): void {
  const root = host.renderRoot;
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
