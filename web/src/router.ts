import { useEffect, useState } from 'preact/hooks';
import { parseHash } from './routes.js';
import type { Route } from './routes.js';

export { claimHref, href, parseHash } from './routes.js';
export type { Route } from './routes.js';

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
