/**
 * Development aid: a silver recall check of named people and organisations on real news
 * (../shared/datasets/news_claims_dev, free to tune on): every occurrence in a story's documents
 * of a capitalised alias of one of its gold entities (person, organisation, outlet) should lie
 * under a named mention of the stage of the same type (outlets count as organisations). Reports
 * recall by type, the overlap share with any type, and with --list the misses. Usage:
 *   npx tsx scripts/dev/ner-silver.ts [--list]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../../eval/datasets/paths.js';
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { entities } from '../../src/stages/entities/index.js';
import { textInput } from '../../test/helpers/article.js';

interface GoldEntity {
  readonly type: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}
const TYPES: Readonly<Record<string, string>> = {
  person: 'PER',
  org: 'ORG',
  organization: 'ORG',
  outlet: 'ORG',
};
const OURS: Readonly<Record<string, string>> = {
  person: 'PER',
  organization: 'ORG',
  outlet: 'ORG',
  place: 'LOC',
};
const list = process.argv.includes('--list');
const pipeline = assemble(normalise({}), [tokens({}), entities({})]);
const root = join(SHARED, 'datasets', 'news_claims_dev');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tally = new Map<string, { gold: number; typed: number; overlap: number }>();
const misses: string[] = [];
for (const set of ['a', 'b']) {
  const gold = JSON.parse(readFileSync(join(root, set, 'gold.json'), 'utf8')) as {
    stories: Record<string, { entities: GoldEntity[] }>;
  };
  const manifest = readFileSync(join(root, set, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; story: string });
  for (const m of manifest) {
    const text = readFileSync(join(root, set, 'docs', `${m.id}.txt`), 'utf8');
    const a = pipeline.run(textInput(text, m.id));
    const named = (a.mentions ?? []).filter((x) => x.form === 'name' && OURS[x.type]);
    for (const e of gold.stories[m.story]?.entities ?? []) {
      const type = TYPES[e.type];
      if (!type) continue;
      // Names only: capitalised aliases without a leading determiner, longest first.
      const aliases = [...new Set([e.name, ...(e.aliases ?? [])])]
        .filter((x) => /^\p{Lu}/u.test(x) && !/^(?:The|A|An)\s/.test(x) && !/\(/.test(x))
        .sort((x, y) => y.length - x.length);
      const seen: { start: number; end: number }[] = [];
      for (const alias of aliases) {
        for (const hit of a.text.matchAll(
          new RegExp(`(?<![\\p{L}\\d])${escape(alias)}(?![\\p{L}\\d])`, 'gu'),
        )) {
          const start = hit.index;
          const end = start + alias.length;
          if (seen.some((s) => s.start < end && start < s.end)) continue;
          seen.push({ start, end });
          const t = tally.get(type) ?? { gold: 0, typed: 0, overlap: 0 };
          tally.set(type, t);
          t.gold++;
          const over = named.filter((x) => x.span.start < end && start < x.span.end);
          if (over.length > 0) t.overlap++;
          if (over.some((x) => OURS[x.type] === type)) t.typed++;
          else if (list)
            misses.push(
              `${type}\t${over.map((x) => `${x.type}:${x.text}`).join(' ') || '-'}\t${a.text.slice(Math.max(0, start - 40), start)}«${alias}»${a.text.slice(end, end + 30)}`.replace(
                /\n/g,
                ' ',
              ),
            );
        }
      }
    }
  }
}
for (const [type, t] of tally)
  console.log(
    `${type}: ${t.gold} occurrences, recall with type ${((100 * t.typed) / t.gold).toFixed(1)}, any named mention ${((100 * t.overlap) / t.gold).toFixed(1)}`,
  );
for (const line of misses.sort()) console.log(line);
