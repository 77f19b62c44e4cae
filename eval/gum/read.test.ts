import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGum, readGum } from './read.js';
import { goldNamed } from './entities.js';
import { absentReason, datasetDir } from '../datasets/paths.js';

// A small document of our own in GUM's CoNLL-U layout: a multiword token, nested mentions, a quotation.
const CONLLU = [
  '# newdoc id = GUM_news_test',
  '# meta::title = Test',
  '# newpar',
  '# sent_id = GUM_news_test-1',
  '# speaker = Reporter',
  '1\tAnna\tAnna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1,2-coref-Anna_Berg',
  '2\tBerg\tBerg\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)',
  '3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_',
  '4\t"\t"\tPUNCT\t``\t_\t6\tpunct\t_\tSpaceAfter=No|XML=<q>',
  '5\tOslo\tOslo\tPROPN\tNNP\t_\t6\tnsubj\t_\tEntity=(2-place-new-sssss-cf2-1-sgl-Oslo)',
  '6\twaits\twait\tVERB\tVBZ\t_\t3\tccomp\t_\tSpaceAfter=No',
  '7\t"\t"\tPUNCT\t\'\'\t_\t6\tpunct\t_\tSpaceAfter=No|XML=</q>',
  '8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_',
  '',
  '# newpar',
  '# sent_id = GUM_news_test-2',
  "1-2\tBerg's\t_\t_\t_\t_\t_\t_\t_\t_",
  '1\tBerg\tBerg\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(3-organization-new-sssss-cf1-1-coref-Berg_AS(1-person-giv:act-sssss-cf1-1-coref-Anna_Berg)',
  "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_",
  '3\tfirm\tfirm\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=3)',
  '4\tgrew\tgrow\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

describe('parseGum', () => {
  const doc = parseGum(CONLLU);

  it('rebuilds the text with paragraphs, spacing and multiword tokens', () => {
    expect(doc.text).toBe('Anna Berg said "Oslo waits".\n\nBerg\'s firm grew.');
    expect(doc.sentences.map((s) => s.speaker ?? null)).toEqual(['Reporter', null]);
  });

  it('reads nested mentions with their type, identity and head word', () => {
    const words = (m: (typeof doc.mentions)[number]) => doc.text.slice(m.span.start, m.span.end);
    expect(doc.mentions.map((m) => [words(m), m.type, m.identity ?? null])).toEqual([
      ['Anna Berg', 'person', 'Anna_Berg'],
      ['Oslo', 'place', 'Oslo'],
      ["Berg's firm", 'organization', 'Berg_AS'],
      ['Berg', 'person', 'Anna_Berg'],
    ]);
    const firm = doc.mentions.find((m) => m.type === 'organization');
    expect(firm && doc.words[firm.head]?.form).toBe('firm');
  });

  it('reads quotations as tags over their words', () => {
    const q = doc.tags.find((t) => t.name === 'q');
    expect(q && doc.text.slice(q.span.start, q.span.end)).toBe('"Oslo waits"');
  });

  it('keeps as named only mentions headed by a proper noun', () => {
    expect(goldNamed(doc).map((m) => doc.text.slice(m.span.start, m.span.end))).toEqual([
      'Anna Berg',
      'Oslo',
      'Berg',
    ]);
  });
});

const gum = datasetDir('gum_news');
describe.skipIf(!gum)(gum ? 'GUM files' : absentReason('../shared/datasets/gum_news'), () => {
  it('reads a staged document: mentions, sentences, and words that spell their forms', () => {
    const doc = readGum(join(gum ?? '', 'dep', 'GUM_news_nasa.conllu'));
    expect(doc.id).toBe('GUM_news_nasa');
    expect(doc.mentions.length).toBeGreaterThan(100);
    expect(doc.words.every((w) => doc.text.slice(w.span.start, w.span.end) === w.form)).toBe(true);
    expect(doc.sentences.length).toBeGreaterThan(30);
    expect(existsSync(join(gum ?? '', 'dep', 'GUM_interview_hill.conllu'))).toBe(true);
  });
});
