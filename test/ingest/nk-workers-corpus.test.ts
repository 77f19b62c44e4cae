import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, absentReason } from '../../eval/datasets/paths.js';
import type { Article } from '../../src/model/index.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { outletKey as nameKey } from '../../src/lexicon/index.js';
import { readAll } from '../helpers/files.js';

const CORPUS = join(SHARED, 'corpus', 'nk-workers');
const present = existsSync(join(CORPUS, 'manifest.jsonl'));

interface Entry {
  readonly id: string;
  readonly url: string | null;
  readonly outlet: string;
  readonly language: string;
  readonly title: string | null;
}

/**
 * Every document of the nk-workers corpus through the readers and the normaliser, compared with
 * its manifest: once from the text alone, once with the page's URL given as metadata (as a JSON
 * or HTML input would give it). The floors are what the rules reach today; raise them, never
 * lower them silently.
 */
describe.skipIf(!present)(
  `nk-workers corpus${present ? '' : ` (skipped: ${absentReason('../shared/corpus')})`}`,
  () => {
    const manifest: Entry[] = present
      ? readFileSync(join(CORPUS, 'manifest.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as Entry)
      : [];
    const create = normalise({});

    async function articles(withUrl: boolean): Promise<Map<string, Article>> {
      const inputs = await readAll([join(CORPUS, 'docs')]);
      const byId = new Map<string, Article>();
      for (const input of inputs) {
        const id = input.source.replace(/^.*\/|\.txt$/g, '');
        const url = manifest.find((e) => e.id === id)?.url;
        byId.set(id, create(withUrl && url ? { ...input, meta: { ...input.meta, url } } : input));
      }
      return byId;
    }

    function agreement(byId: Map<string, Article>) {
      const count = (ok: (e: Entry, a: Article) => boolean) =>
        manifest.filter((e) => ok(e, byId.get(e.id) as Article)).length;
      return {
        outlet: count((e, a) => nameKey(a.outlet?.name ?? '') === nameKey(e.outlet)),
        language: count((e, a) => a.language.code === e.language),
        title: count((e, a) => a.title === e.title),
        dated: count((_, a) => a.published.value !== null),
      };
    }

    it('reads every document: a date or an honest unknown with a warning, never a crash', async () => {
      const byId = await articles(false);
      expect(byId.size).toBe(manifest.length);
      for (const a of byId.values()) {
        expect(a.messages.filter((m) => m.severity === 'fatal' || m.severity === 'error')).toEqual([]);
        if (a.published.value === null) {
          expect(a.published.how).toBe('unknown');
          // Nothing found, or a year found and rejected because its weekday does not fit.
          const why = a.messages.map((m) => m.ruleId);
          expect(why.some((r) => r === 'published-unknown' || r === 'published-year-rejected')).toBe(true);
        } else expect(a.published.value).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/);
        expect(a.blocks.length).toBeGreaterThan(0);
      }
    });

    it('agrees with the manifest on outlet, language and title (text alone)', async () => {
      const got = agreement(await articles(false));
      console.log(`nk-workers, text alone (n=${manifest.length}):`, got);
      expect(got.language).toBe(manifest.length);
      expect(got.title).toBeGreaterThanOrEqual(56);
      expect(got.outlet).toBeGreaterThanOrEqual(23);
      // 26: one article's dateline year contradicts the weekday it names and is rejected.
      expect(got.dated).toBeGreaterThanOrEqual(26);
    });

    it('agrees with the manifest on outlet with the page URL given', async () => {
      const got = agreement(await articles(true));
      console.log(`nk-workers, with URLs (n=${manifest.length}):`, got);
      expect(got.outlet).toBeGreaterThanOrEqual(46);
      expect(got.dated).toBeGreaterThanOrEqual(37);
    });
  },
);
