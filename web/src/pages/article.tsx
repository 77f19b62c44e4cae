import { useState } from 'preact/hooks';
import { getJson } from '../api.js';
import type { ArticleDetail } from '../api.js';
import { ArticleText, LAYERS } from '../components/article-text.js';
import { ClaimText, ModalityBadge, SourceChain, TimeLabel } from '../components/bits.js';
import { Status } from '../components/status.js';
import { shortDate } from '../format.js';
import type { Layer } from '../marks.js';
import { claimHref, href } from '../router.js';
import { useApi } from '../use-api.js';

const DEFAULT_LAYERS: ReadonlySet<Layer> = new Set(['entity', 'time', 'quantity', 'cue', 'source']);

/** Only web addresses become links: an article's own "url" could be anything (javascript:...). */
function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "German (de)": the language's English name where the browser knows it, and its code. */
function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** An article: its text with every layer highlighted, its claims; `claim` puts one claim's sentence in view. */
export function ArticlePage(props: { readonly id: string; readonly params: URLSearchParams }) {
  const loaded = useApi(
    (signal) => getJson<ArticleDetail>(`/api/articles/${encodeURIComponent(props.id)}`, signal),
    props.id,
  );
  const [shown, setShown] = useState<ReadonlySet<Layer>>(DEFAULT_LAYERS);
  const claimKey = props.params.get('claim');
  return (
    <Status loaded={loaded} what="the article">
      {(a) => {
        const text = typeof a.layers['text'] === 'string' ? a.layers['text'] : '';
        const claim = claimKey ? (a.claims.find((c) => c.key === claimKey) ?? null) : null;
        const url = safeUrl(a.layers['url']);
        return (
          <article class="article">
            <header class="page-head">
              <h1>{a.summary.title ?? '(no title)'}</h1>
              <p class="meta">
                {a.summary.outlet ?? 'outlet unknown'} · {shortDate(a.summary.published)} ·{' '}
                {languageName(a.summary.language)}
                {a.story && (
                  <>
                    {' · '}
                    <a href={href('story', a.story)}>its story</a>
                  </>
                )}
                {a.summary.mirrorOf && (
                  <>
                    {' · mirror of '}
                    <a href={href('article', a.summary.mirrorOf)}>the original</a>
                  </>
                )}
              </p>
              <p class="meta source">
                Source:{' '}
                {url ? (
                  <a href={url} rel="noreferrer noopener" target="_blank">
                    {url}
                  </a>
                ) : (
                  a.summary.source
                )}
              </p>
            </header>
            {!Array.isArray(a.layers['claims']) && (
              <p class="note not-analysed" role="note">
                This article is in {languageName(a.summary.language)}, a language Claimline does not analyse:
                it is stored, searchable and shown, but no dates, figures, quotes or claims were read from it.
              </p>
            )}
            {claimKey && !claim && <p class="error">This article has no claim {claimKey}.</p>}
            {claim && (
              <div class="claim-banner" role="note">
                <TimeLabel time={claim.times.refers} /> <ModalityBadge modality={claim.modality} />{' '}
                <ClaimText text={claim.text} /> — <SourceChain claim={claim} />
              </div>
            )}
            <fieldset class="layer-toggles">
              <legend>Highlight</legend>
              {LAYERS.map(([layer, label]) => (
                <label key={layer} class={`toggle hl-${layer}`}>
                  <input
                    type="checkbox"
                    checked={shown.has(layer)}
                    onChange={(e) => {
                      const next = new Set(shown);
                      if (e.currentTarget.checked) next.add(layer);
                      else next.delete(layer);
                      setShown(next);
                    }}
                  />{' '}
                  {label}
                </label>
              ))}
            </fieldset>
            <ArticleText
              text={text}
              layers={a.layers}
              shown={shown}
              focus={claim ? claim.sentence.span : null}
            />
            <section aria-labelledby="claims-h">
              <h2 id="claims-h">Claims ({a.claims.length})</h2>
              <ol class="claims">
                {a.claims.map((c) => (
                  <li key={c.key} class={c.key === claimKey ? 'current' : ''}>
                    <a href={claimHref(c)} aria-current={c.key === claimKey ? 'true' : undefined}>
                      <TimeLabel time={c.times.refers} />
                    </a>{' '}
                    <ModalityBadge modality={c.modality} /> <ClaimText text={c.text} /> —{' '}
                    <SourceChain claim={c} />
                  </li>
                ))}
              </ol>
            </section>
          </article>
        );
      }}
    </Status>
  );
}
