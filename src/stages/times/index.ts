import { message } from '../../model/index.js';
import type { Article, Message, Sentence, TimeExpression } from '../../model/index.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseAnchor } from './calendar.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon } from '../../lexicon/index.js';
import { compileRule, slots } from './compile.js';
import { RULES } from './data/rules.js';
import { triggerLexicon, triggerTokens } from './01-triggers.js';
import { findAtoms } from './02-atoms.js';
import { ruleSet } from './rule-set.js';
import { directionOf, needsDirection } from './08-direction.js';
import { verbGroups } from './verb-groups.js';
import type { VerbGroup } from './verb-groups.js';
import { emit } from './09-records.js';
import type { ArticleState } from './09-records.js';
import { PASSES, passTools } from './passes.js';
import type { Atom } from './reading.js';
import { tokenView } from './token-view.js';
import { timeWords } from './time-words.js';
import { languageTimes } from './lang-reader.js';

export const STAGE = 'times';

const NO_DIRECTION = { way: 'none', cue: '' } as const;

export interface Options {
  /** The shared lexicon (month, weekday and number words); built here when not given. */
  readonly lexicon?: Lexicon;
}

/**
 * Time expressions in the prose sentences, normalised TimeML-style against the publication date:
 * dates, times, durations and sets, with modifiers ("the end of 2019"), signals ("since"),
 * intervals ("from Feb. 27 to 28") and offsets ("a day after a Dec. 22 deadline"). Relative
 * phrasing is resolved by the tense of the nearest verb group ("In November ... had said" → the
 * November before). Sentences without a trigger word are skipped, so the regexes run on few.
 * The passes over a sentence's expressions are listed, in order, in `passes.ts`.
 *
 * @example times({}).run(article).times?.map((t) => `${t.text} → ${t.value}`)
 */
export function times(options: Options = {}): Stage {
  const shared = options.lexicon ?? createLexicon();
  const words = timeWords(shared);
  // Other languages with reading data: chrono's parser of the language and the lexicon's words.
  const others = languageTimes(shared);
  const lexicon = triggerLexicon(words);
  const filled = slots(words);
  const rules = ruleSet(
    RULES.map((r) => compileRule(r, filled)),
    lexicon,
    words,
  );
  const tools = passTools(words);

  /** Adds the time expressions of one sentence to `out`. */
  const inSentence = (
    article: Article,
    sentence: Sentence,
    state: ArticleState,
    out: TimeExpression[],
  ): void => {
    const tokens = article.tokens ?? [];
    const triggers = triggerTokens(lexicon, tokens, sentence.tokens.start, sentence.tokens.end);
    if (triggers.length === 0) return;
    const view = tokenView(tokens, sentence.tokens.start, sentence.tokens.end);
    const found = findAtoms(rules, article.text, sentence.span, triggers, view);
    if (found.length === 0) return;
    const context = { tools, text: article.text, sentence: sentence.span, view };
    let atoms: readonly Atom[] = found;
    for (const pass of PASSES) atoms = pass.run(context, atoms);
    // The tense reading is only needed (and only made) for expressions that lack a year.
    let groups: VerbGroup[] | null = null;
    for (const atom of atoms) {
      if (needsDirection(atom)) groups ??= verbGroups(view);
      const way =
        groups && needsDirection(atom)
          ? directionOf(atom.span, groups, view, atom.signal?.text)
          : NO_DIRECTION;
      for (const record of emit(state, atom, way)) out.push(record);
    }
  };

  return defineStage({
    name: STAGE,
    requires: ['tokens', 'sentences'],
    provides: ['times'],
    languages: ['en', ...others.keys()],
    run(article: Article): Article {
      const other = others.get(article.language.code);
      if (other) return { ...article, times: other(article, STAGE) };
      const anchor = parseAnchor(article.published.value);
      const state: ArticleState = {
        text: article.text,
        anchor,
        stage: STAGE,
        next: 1,
        previous: null,
        unresolved: 0,
      };
      const out: TimeExpression[] = [];
      const messages: Message[] = [];
      const where = { stage: STAGE, source: article.source };
      for (const sentence of article.sentences ?? []) {
        const before = out.length;
        try {
          inSentence(article, sentence, state, out);
        } catch (error) {
          out.length = before;
          // A rule that trips on odd text loses this sentence's times, not the article's.
          const reason = `time expressions of a sentence were skipped: ${error instanceof Error ? error.message : String(error)}`;
          messages.push(
            message('error', reason, { ...where, ruleId: 'times-sentence-failed', span: sentence.span }),
          );
        }
      }
      if (!anchor && state.unresolved > 0) {
        const reason = `${state.unresolved} relative time expression(s) left unresolved: the publication date is unknown`;
        messages.push(message('info', reason, { ...where, ruleId: 'times-no-anchor' }));
      }
      return { ...article, times: out, messages: [...article.messages, ...messages] };
    },
  });
}
