import type { ComponentChildren } from 'preact';
import { href } from '../router.js';

const NAV: readonly [string, string][] = [
  ['stories', 'Stories'],
  ['series', 'Series'],
  ['conflicts', 'Conflicts'],
  ['entities', 'Entities'],
  ['search', 'Search'],
];

/** The frame of every page: a skip link, the navigation (current page marked), the page. */
export function Layout(props: { readonly page: string; readonly children: ComponentChildren }) {
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => skipToMain(e)}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href('stories')}>
          Claimline
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([page, label]) => (
              <li key={page}>
                <a href={href(page)} aria-current={props.page === page ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}

/** The skip link must not change the hash route: it moves focus instead. */
function skipToMain(event: Event): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
