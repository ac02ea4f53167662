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

/** What `event-timeline-error` says of code that could not be loaded: what it was for, and why. */
export interface LoadFailure {
  message: string;
  cause: unknown;
}

/** A failure to load the code for `what` ("the table"), with the reason `cause` gives. */
export function loadFailure(what: string, cause: unknown): LoadFailure {
  const why = cause instanceof Error ? cause.message : String(cause);
  return { message: `The code of ${what} could not be loaded: ${why}`, cause };
}
