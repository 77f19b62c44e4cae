/** Development aid: the named mentions of a text, with rule and extent. Usage: npx tsx scripts/dev/ner-show.ts "text" */
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { entities } from '../../src/stages/entities/index.js';
import { textInput } from '../../test/helpers/article.js';

const pipeline = assemble(normalise({}), [tokens({}), entities({})]);
const a = pipeline.run(textInput(process.argv[2] ?? ''));
for (const m of a.mentions ?? [])
  console.log(
    `${m.type}/${m.form} [${m.text}] rule=${m.rule}${m.extent ? ` extent=[${a.text.slice(m.extent.start, m.extent.end)}]` : ''}${m.role ? ` role=[${m.role.title ?? ''}]` : ''}`,
  );
