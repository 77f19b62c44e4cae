import type { Annotation, Provenance, Span } from './span.js';

export type EntityType =
  'person' | 'organization' | 'outlet' | 'place' | 'nationality' | 'instrument' | 'event' | 'group';

/** A title or role held by a person ("Minister of Labor and Social Protection"), with its affiliation. */
export interface Role extends Provenance {
  readonly title: string;
  readonly affiliation?: string;
  /** ISO 3166-1 alpha-2 code of the affiliation's country ("Russian Ambassador ..." → RU), where known. */
  readonly country?: string;
  readonly span: Span;
}

/**
 * One mention of an entity in the text. `form` says how it names it: a proper name ("Ilichev"),
 * a nominal ("the Russian official"), a pronoun, or a bare title. `metonymy` marks a capital
 * standing for its government ("Moscow").
 */
export interface Mention extends Annotation<'mention'> {
  readonly id: string;
  readonly text: string;
  readonly type: EntityType;
  readonly entity: string;
  readonly form: 'name' | 'nominal' | 'pronoun' | 'title';
  readonly metonymy?: 'government';
  readonly role?: Role;
  /**
   * The whole noun phrase the name heads, where it is wider than the name: a determiner, titles
   * and modifiers ("the University of Helsinki", "NASA Administrator Charles Bolden"). Named
   * mentions only.
   */
  readonly extent?: Span;
}

/**
 * An entity within one article: all its mentions resolved to one canonical name (the fullest
 * form the article uses: "Pyotr Ilichev", "Kim Jong Un").
 */
export interface Entity extends Provenance {
  readonly kind: 'entity';
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly Role[];
  /** ISO 3166-1 alpha-2 code for places, nationalities and governments, where known. */
  readonly country?: string;
  readonly mentions: readonly string[];
}
