import { useState } from 'preact/hooks';
import { getJson, postJson } from '../api.js';
import type { EntityChangeView, EntityDetail, EntitySummary, Page } from '../api.js';
import { href } from '../router.js';
import { NoteInput } from './bits.js';

/**
 * A user's corrections of one entity: merge another entity into it (found by name), or split
 * off what it holds in one article (optionally only some words' mentions). Each is a decision the
 * server keeps and replays on rebuilds; the answer is shown in words and `onChanged` reloads.
 */
export function EntityCorrections(props: { readonly entity: EntityDetail; readonly onChanged: () => void }) {
  const { entity } = props;
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly EntitySummary[]>([]);
  const [article, setArticle] = useState('');
  const [mention, setMention] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<EntityChangeView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The articles its statements come from, offered for a split (any id or prefix may be typed).
  const articles = [...new Map(entity.statements.map((c) => [c.articleId, c.title ?? c.articleId]))];

  const run = async (work: () => Promise<EntityChangeView>) => {
    setBusy(true);
    setProblem(null);
    try {
      const change = await work();
      setAnswer(change);
      if (change.changed) props.onChanged();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const search = async () => {
    if (!query.trim()) return;
    const page = await getJson<Page<EntitySummary>>(
      `/api/entities?q=${encodeURIComponent(query.trim())}&limit=8`,
    );
    setFound(page.items.filter((e) => e.id !== entity.id));
  };
  const withNote = <T extends object>(body: T) => (note.trim() ? { ...body, note: note.trim() } : body);
  const base = `/api/entities/${encodeURIComponent(entity.id)}`;

  return (
    <section aria-labelledby="corrections-h" class="corrections">
      <h2 id="corrections-h">Corrections</h2>
      <p class="meta">Kept as decisions and applied again whenever the links are rebuilt.</p>
      <NoteInput value={note} onInput={setNote} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void search().catch((error: unknown) => setProblem(String(error)));
        }}
      >
        <label>
          Same as{' '}
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            placeholder="another entity’s name"
          />
        </label>{' '}
        <button type="submit" disabled={busy}>
          Find
        </button>
      </form>
      {found.length > 0 && (
        <ul class="merge-candidates">
          {found.map((e) => (
            <li key={e.id}>
              <a href={href('entity', e.id)}>{e.name}</a> ({e.type}, {e.articles} article
              {e.articles === 1 ? '' : 's'}){' '}
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void run(() => postJson<EntityChangeView>(`${base}/merge`, withNote({ with: e.id })))
                }
              >
                Merge with {entity.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const part = mention.trim()
            ? { article: article.trim(), mention: mention.trim() }
            : { article: article.trim() };
          void run(() => postJson<EntityChangeView>(`${base}/split`, withNote(part)));
        }}
      >
        <label>
          Split off what it holds in article{' '}
          <input
            type="text"
            list="entity-articles"
            required
            value={article}
            onInput={(e) => setArticle(e.currentTarget.value)}
            placeholder="article id (6+ characters)"
          />
        </label>
        <datalist id="entity-articles">
          {articles.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </datalist>{' '}
        <label>
          only the mentions{' '}
          <input
            type="text"
            value={mention}
            onInput={(e) => setMention(e.currentTarget.value)}
            placeholder="e.g. Kim (optional)"
          />
        </label>{' '}
        <button type="submit" disabled={busy}>
          Split off
        </button>
      </form>
      {answer && <p class={answer.changed ? 'decision' : 'empty'}>{answer.summary}</p>}
      {problem && <p class="error">{problem}</p>}
    </section>
  );
}
