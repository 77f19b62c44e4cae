/**
 * Page parts that are never the article's text, named by their class or id: share bars,
 * newsletter pleas, related links, captions and credits, author boxes, tags, comments, ads, and
 * the summary under the headline (a "dek", "standfirst" or lead text: the page's description,
 * not its body).
 * Matched on whole class tokens or their hyphen/underscore-separated parts.
 */
export const BOILERPLATE_PART =
  /^(?:share|sharing|social|sharebar|share-?tools|newsletter|subscribe|subscription|signup|related|related-?(?:articles|posts|stories|content|links)|recirc|recirculation|more-?stories|read-?more|read-?next|also-?read|most-?(?:read|popular)|popular|trending|promo|advert|advertisement|ad-?slot|ad-?container|ads|sponsored|outbrain|taboola|caption|figcaption|credit|image-?credit|photo-?credit|author-?bio|author-?box|about-?author|tags|tag-?list|breadcrumbs?|comments?|disqus|toolbar|print|inline-?(?:promo|newsletter)|gallery-?count|dek|standfirst|lead-?text)$/i;

/** Elements never part of an article's text, whatever their names (a `<figcaption>` stays: the normaliser marks it as a caption). */
export const BOILERPLATE_TAGS = ['aside', 'nav', 'form', 'button', 'noscript'];
