import { useState } from 'preact/hooks';
import { HttpError, token } from '../api.js';
import type { Loaded } from '../use-api.js';
import type { ComponentChildren } from 'preact';

/** Asks for the server's access token after a 401, keeps it for this tab, reloads. */
function TokenForm(props: { readonly wrong: boolean }) {
  const [value, setValue] = useState('');
  return (
    <form
      class="token-form"
      onSubmit={(e) => {
        e.preventDefault();
        token.set(value.trim());
        location.reload();
      }}
    >
      <h2>This server needs an access token</h2>
      {props.wrong && <p class="error">The token given was refused.</p>}
      <label>
        Access token{' '}
        <input
          type="password"
          autoComplete="off"
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
          required
        />
      </label>{' '}
      <button type="submit">Use it</button>
    </form>
  );
}

/** Shows a loading state, an error (or the token form), or the page built from the data. */
export function Status<T>(props: {
  readonly loaded: Loaded<T>;
  readonly what: string;
  readonly children: (data: T) => ComponentChildren;
}) {
  const { loaded } = props;
  if (loaded.state === 'loading') {
    return (
      <p class="loading" role="status">
        Loading {props.what}…
      </p>
    );
  }
  if (loaded.state === 'error') {
    const e = loaded.error;
    if (e instanceof HttpError && e.status === 401) return <TokenForm wrong={token.get() !== null} />;
    return (
      <div class="error" role="alert">
        <h2>{e instanceof HttpError && e.status === 404 ? 'Not found' : `Could not load ${props.what}`}</h2>
        <p>{e.message}</p>
      </div>
    );
  }
  return <>{props.children(loaded.data)}</>;
}
