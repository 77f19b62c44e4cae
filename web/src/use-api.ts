import { useEffect, useState } from 'preact/hooks';
import type { HttpError } from './api.js';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: HttpError | Error }
  | { readonly state: 'done'; readonly data: T };

/**
 * Loads data for a page and reloads when `key` changes; a stale answer never replaces a newer one.
 *
 * @example const story = useApi(() => getJson<StorySummary>(`/api/stories/${id}`), id)
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setLoaded({ state: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
    // `load` is a new closure on every render; `key` says when it means something new.
  }, [key]);
  return loaded;
}
