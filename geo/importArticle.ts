// `npm run article:import -- FILE [--corpus DIR] [--id ID] [--date YYYY-MM-DD] [--outlet TEXT] [--lang ru|en]
// [--title TEXT] [--url URL] [--accept] [--replace]`: a thin wrapper over geo/lib/importArticle.ts.
// The corpus folder defaults to $ATLAS_CORPUS, else geo/.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { ArticleOptions } from '../src/text/buildArticle';
import { gazetteerIndex } from './lib/gazetteer';
import { importArticle } from './lib/importArticle';

const USAGE =
  'usage: npm run article:import -- FILE [--corpus DIR] [--id ID] [--date YYYY-MM-DD] [--outlet TEXT] [--lang ru|en] [--title TEXT] [--url URL] [--accept] [--replace]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        id: { type: 'string' },
        date: { type: 'string' },
        outlet: { type: 'string' },
        lang: { type: 'string' },
        title: { type: 'string' },
        url: { type: 'string' },
        accept: { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    console.error(`article:import: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    console.error(`article:import: give exactly one FILE\n${USAGE}`);
    return 2;
  }
  const options: ArticleOptions = {};
  for (const key of ['id', 'date', 'outlet', 'lang', 'title', 'url'] as const) {
    const value = values[key];
    if (value !== undefined) options[key] = value;
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outcome = await importArticle({
    file,
    corpus: values.corpus ?? process.env['ATLAS_CORPUS'] ?? 'geo',
    options,
    accept: values.accept,
    replace: values.replace,
    projectRoot: root,
    index: gazetteerIndex(root),
  });
  if (!outcome.ok) {
    console.error(outcome.message);
    return 1;
  }
  for (const line of outcome.lines) console.info(line);
  return 0;
}

process.exitCode = await main();
