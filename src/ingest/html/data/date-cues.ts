/**
 * Cues for finding a page's publication date in its visible text: class, id and itemprop
 * names of the elements that hold dates, words that label a date as the publication or as an
 * update, and the parts of a page whose dates belong to something else.
 */

/** An element that holds a date: `class="date"`, `id="post-time"`, `itemprop="datePublished"`, `class="byline"`. */
export const DATE_CLASS =
  /date|datum|fecha|data|time|zeit|publi|posted|byline|dateline|meta|info|stamp|autor|author|entry-head|article-head|post-head|submitted/i;

/** An element whose date is a revision's. */
export const MODIFIED_CLASS = /updat|modif|revis|edited|aktualis/i;

/** A part of the page whose dates are other articles', readers' or the site's. */
export const NOISE_CLASS =
  /comment|kommentar|sidebar|related|recommend|widget|popular|trending|most-?read|teaser-list|newsletter|copyright|calendar|kalender|event|archive|weather|ticker|breaking|cookie|reply|respon|menu|navi|topbar|top-bar|caption|legende|bildunterschrift/i;

/**
 * Noise by position only (a sidebar, a widget): a date labelled as the publication's there
 * ("Mise en ligne", "Published") is still the page's.
 */
export const PLACE_NOISE_CLASS = /sidebar|widget|menu|navi|topbar|top-bar/gi;

/** Words just before a date that make it a revision's, in the languages the calendar knows. */
export const MODIFIED_WORDS =
  /(?:updated?|last modified|modified|revised|edited|aktualisiert|geändert|änderung|zuletzt|actualizado|actualización|mis à jour|modifié|atualizado|aggiornato|bijgewerkt|обновлено|изменено)\s*(?:on|am|le|el|em|il|op)?\s*:?\s*$/iu;

/** Words just before a date that make it the publication's. */
export const PUBLISHED_WORDS =
  /(?:published|posted|first published|released|veröffentlicht|publiziert|erschienen|erstellt|datum|publié|mis en ligne|mise en ligne|publicado|publicada|pubblicato|gepubliceerd|опубликовано|дата публикации)\s*(?:on|am|le|el|em|il|op)?\s*:?\s*$/iu;
