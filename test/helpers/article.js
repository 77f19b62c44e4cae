import { normalise } from '../../src/stages/normalise/index.js';
/** An input made from plain text, as the text reader would make it. */
export function textInput(body, source = 'test.txt') {
    return { kind: 'input', source, format: 'text', bodyFormat: 'text', body, meta: {}, messages: [] };
}
/** A normalised article from plain text, ready for the analysis stages. */
export function textArticle(body, source = 'test.txt') {
    return normalise({})(textInput(body, source));
}
//# sourceMappingURL=article.js.map