import { useState } from 'preact/hooks';
import { getJson } from '../api.js';
import type { EntityDetail } from '../api.js';
import { ClaimText, ModalityBadge, Provenance, SourceChain, TimeLabel } from '../components/bits.js';
import { EntityCorrections } from '../components/entity-edit.js';
import { Status } from '../components/status.js';
import { shortDate } from '../format.js';
import { useApi } from '../use-api.js';

/** An entity: who this is (roles over time, aliases and why), and what they said, in order. */
export function EntityPage(props: { readonly id: string }) {
  // A merge or a split changes the entity: reload it.
  const [version, setVersion] = useState(0);
  const loaded = useApi(
    (signal) => getJson<EntityDetail>(`/api/entities/${encodeURIComponent(props.id)}`, signal),
    `${props.id}#${version}`,
  );
  return (
    <Status loaded={loaded} what="the entity">
      {(e) => (
        <article class="entity">
          <header class="page-head">
            <h1>
              {e.name} <span class="badge type">{e.type}</span>
            </h1>
            <p class="meta">
              {e.articles} article{e.articles === 1 ? '' : 's'} · {e.mentions} mention
              {e.mentions === 1 ? '' : 's'}
            </p>
          </header>
          <section aria-labelledby="roles-h">
            <h2 id="roles-h">Roles and affiliations over time</h2>
            {e.roles.length === 0 ? (
              <p class="empty">No role or title found.</p>
            ) : (
              <table class="roles">
                <thead>
                  <tr>
                    <th scope="col">Role</th>
                    <th scope="col">Affiliation</th>
                    <th scope="col">Seen</th>
                    <th scope="col">Articles</th>
                  </tr>
                </thead>
                <tbody>
                  {e.roles.map((r, i) => (
                    <tr key={i}>
                      <td>{r.title}</td>
                      <td>{r.affiliation ?? '—'}</td>
                      <td>
                        {shortDate(r.first)}
                        {r.last && r.last !== r.first ? ` – ${shortDate(r.last)}` : ''}
                      </td>
                      <td>{r.articles}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="aliases-h">
            <h2 id="aliases-h">Aliases</h2>
            <p>{e.aliases.join(' · ')}</p>
            {e.merges.length > 0 && (
              <details class="merges">
                <summary>Why these are one entity ({e.merges.length})</summary>
                <ul>
                  {e.merges.map((m, i) => (
                    <li key={i}>
                      <strong>{m.alias}</strong> — rule <code>{m.rule}</code>: {m.evidence}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
          <section aria-labelledby="statements-h">
            <h2 id="statements-h">
              Statements, in the order of the times they refer to ({e.statements.length})
            </h2>
            {e.statements.length === 0 ? (
              <p class="empty">No statement attributed to {e.name}.</p>
            ) : (
              <ol class="timeline">
                {e.statements.map((c) => (
                  <li key={c.key} class="entry">
                    <div class="entry-head">
                      <TimeLabel time={c.times.refers} />
                      <ModalityBadge modality={c.modality} />
                    </div>
                    <p class="entry-text">
                      <ClaimText text={c.text} />
                    </p>
                    <p class="entry-source">
                      <SourceChain claim={c} /> · <Provenance claim={c} />
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <EntityCorrections entity={e} onChanged={() => setVersion((v) => v + 1)} />
        </article>
      )}
    </Status>
  );
}
