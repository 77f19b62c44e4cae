/**
 * The search syntax of the SQLite store (FTS5's: words, "phrases", OR, AND, NOT, prefix*,
 * parentheses, `column:term`) translated into a PostgreSQL `tsquery`, so that one query means
 * the same on both backends. Columns map to the weights the writer gives them.
 */

/** The weight of each searchable column in the article's `tsvector`. */
const COLUMNS: Readonly<Record<string, string>> = { title: 'A', claims_text: 'B', text: 'C' };

/** A word the query looks for (not under NOT): what snippets mark. */
export interface SearchTerm {
  readonly word: string;
  readonly prefix: boolean;
}

export interface ParsedQuery {
  /** The `tsquery` literal (cast with `::tsquery`). */
  readonly tsquery: string;
  readonly terms: readonly SearchTerm[];
}

/** Words of a text or a term as the index keeps them: letters and digits, folded, lower-cased. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_WORD = 255;
const quote = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The article's `tsvector` as a literal, made here rather than by the server's parser, so that
 * words split and fold the same way whatever the database's locale, and as queries split them:
 * each field's words with their positions and the field's weight (a gap between fields keeps
 * phrases inside one).
 *
 * @example searchVector([['Seasonal workers', 'A']]) // "'seasonal':1A 'workers':2A"
 */
export function searchVector(fields: readonly (readonly [string, string])[]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [text, weight] of fields) {
    for (const word of searchWords(text)) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(word) ?? [];
      if (list.length < MAX_POSITIONS_PER_WORD) list.push(`${position}${weight}`);
      positions.set(word, list);
    }
    position = Math.min(position + 1, MAX_POSITION);
  }
  return [...positions].map(([word, list]) => `${quote(word)}:${list.join(',')}`).join(' ');
}

/** A malformed query: the user's mistake, reported as a query error. */
export class SearchSyntaxError extends Error {}

/** Folds text as the search index does: diacritics off ("Zürich" → "Zurich"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'phrase'; readonly text: string }
  | { readonly kind: '(' | ')' | ':' | '*' };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < query.length;) {
    const c = query[i] ?? '';
    if (/\s/.test(c)) i++;
    else if (c === '"') {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= query.length) throw new SearchSyntaxError('unterminated string');
        if (query[j] === '"') {
          if (query[j + 1] !== '"') break;
          j++;
        }
        text += query[j];
        j++;
      }
      tokens.push({ kind: 'phrase', text });
      i = j + 1;
    } else if (c === '(' || c === ')' || c === ':' || c === '*') {
      tokens.push({ kind: c });
      i++;
    } else {
      const word = /^[^\s"():*]+/.exec(query.slice(i))?.[0] ?? c;
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    }
  }
  return tokens;
}

const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/**
 * Parses a query into a `tsquery`; throws SearchSyntaxError for what FTS5 would refuse
 * (unterminated strings, dangling operators, unknown columns, an empty query).
 *
 * @example parseSearch('"seasonal workers" OR claims_text:zero').tsquery
 */
export function parseSearch(query: string): ParsedQuery {
  const tokens = tokenize(query);
  const terms: SearchTerm[] = [];
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (t: Token | undefined, op?: string) =>
    t?.kind === 'word' && OPERATORS.has(t.text) && (op === undefined || t.text === op);

  const lexemes = (words: string[], weight: string, prefix: boolean, negated: boolean): string => {
    if (words.length === 0) throw new SearchSyntaxError('a term without letters or digits');
    const last = words.length - 1;
    if (!negated) words.forEach((word, i) => terms.push({ word, prefix: prefix && i === last }));
    const suffix = (i: number) => (prefix && i === last ? `:*${weight}` : weight ? `:${weight}` : '');
    return `(${words.map((w, i) => `${quote(w)}${suffix(i)}`).join(' <-> ')})`;
  };

  const primary = (negated: boolean): string => {
    let token = peek();
    let weight = '';
    if (token?.kind === 'word' && !isOp(token) && tokens[at + 1]?.kind === ':') {
      const column = COLUMNS[token.text];
      if (!column) throw new SearchSyntaxError(`no such column: ${token.text}`);
      weight = column;
      at += 2;
      token = peek();
    }
    if (token === undefined) throw new SearchSyntaxError('the query ends where a term was expected');
    at++;
    if (token.kind === '(') {
      const inner = or(negated);
      if (peek()?.kind !== ')') throw new SearchSyntaxError('a parenthesis is not closed');
      at++;
      return `(${inner})`;
    }
    if ((token.kind !== 'word' && token.kind !== 'phrase') || isOp(token)) {
      const shown = token.kind === 'word' || token.kind === 'phrase' ? token.text : token.kind;
      throw new SearchSyntaxError(`syntax error near "${shown}"`);
    }
    const prefix = peek()?.kind === '*';
    if (prefix) at++;
    return lexemes(searchWords(token.text), weight, prefix, negated);
  };

  const not = (negated: boolean): string => {
    let left = primary(negated);
    while (isOp(peek(), 'NOT')) {
      at++;
      left = `(${left} & !${primary(true)})`;
    }
    return left;
  };

  const and = (negated: boolean): string => {
    const parts = [not(negated)];
    for (;;) {
      const t = peek();
      if (t === undefined || t.kind === ')' || isOp(t, 'OR')) break;
      if (isOp(t, 'AND')) at++;
      parts.push(not(negated));
    }
    return parts.join(' & ');
  };

  function or(negated: boolean): string {
    const parts = [and(negated)];
    while (isOp(peek(), 'OR')) {
      at++;
      parts.push(and(negated));
    }
    return parts.join(' | ');
  }

  if (tokens.length === 0) throw new SearchSyntaxError('empty search query');
  const tsquery = or(false);
  if (at < tokens.length) throw new SearchSyntaxError('syntax error: unbalanced parenthesis');
  return { tsquery, terms };
}
