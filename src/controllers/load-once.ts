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
