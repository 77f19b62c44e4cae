import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { collectMarks, segments } from '../marks.js';
import type { Layer, Mark } from '../marks.js';

export const LAYERS: readonly [Layer, string][] = [
  ['entity', 'Entities'],
  ['time', 'Times'],
  ['quantity', 'Quantities'],
  ['cue', 'Attribution cues'],
  ['source', 'Sources'],
  ['content', 'Attributed content'],
];

function describe(marks: readonly Mark[]): string {
  return marks
    .filter((m) => m.layer !== 'focus')
    .map((m) => `${m.label} — rule ${m.rule}`)
    .join('\n');
}

/**
 * An article's text with its annotations highlighted. Every piece is a text node made by the
 * renderer (never markup from the article). Each highlighted piece shows, on hover or focus,
 * the normalised value and the rule of every annotation covering it; `focus` (a claim's
 * sentence) is marked and scrolled into view.
 */
export function ArticleText(props: {
  readonly text: string;
  readonly layers: Readonly<Record<string, unknown>>;
  readonly shown: ReadonlySet<Layer>;
  readonly focus: { readonly start: number; readonly end: number } | null;
}) {
  const { text, focus } = props;
  const all = useMemo(() => collectMarks(props.layers), [props.layers]);
  const marks = useMemo(() => {
    const chosen = all.filter((m) => props.shown.has(m.layer));
    if (focus)
      chosen.push({
        layer: 'focus',
        start: focus.start,
        end: focus.end,
        label: 'the claim’s sentence',
        rule: '',
      });
    return chosen;
  }, [all, props.shown, focus]);
  const pieces = useMemo(() => segments(text.length, marks), [text, marks]);
  const [active, setActive] = useState<string>('');
  const focusRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const first = document.querySelector<HTMLElement>('.article-text .in-focus');
    focusRef.current = first;
    if (first) {
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
    }
  }, [focus?.start, focus?.end]);

  let focusSeen = false;
  return (
    <div class="article-layout">
      <div class="article-text" lang="">
        {pieces.map((s) => {
          const body = text.slice(s.start, s.end);
          if (s.marks.length === 0) return body;
          const layers = new Set(s.marks.map((m) => m.layer));
          const inFocus = layers.has('focus');
          const firstOfFocus = inFocus && !focusSeen;
          if (inFocus) focusSeen = true;
          const info = describe(s.marks);
          const classes = [...layers].map((l) => (l === 'focus' ? 'in-focus' : `hl-${l}`)).join(' ');
          return (
            <span
              key={s.start}
              class={classes}
              title={info || undefined}
              data-start={s.start}
              tabIndex={info ? 0 : firstOfFocus ? -1 : undefined}
              onMouseEnter={() => info && setActive(info)}
              onFocus={() => info && setActive(info)}
            >
              {body}
            </span>
          );
        })}
      </div>
      <aside class="mark-info" aria-live="polite">
        <h2 class="visually-hidden">Annotation</h2>
        {active ? (
          active.split('\n').map((line, i) => <p key={i}>{line}</p>)
        ) : (
          <p class="hint">Hover or focus a highlight to see its value and rule.</p>
        )}
      </aside>
    </div>
  );
}
