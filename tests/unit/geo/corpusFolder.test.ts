// @vitest-environment node
// A corpus folder of one's own (ATLAS_CORPUS): the build reads it with the layout of geo/, and problems name
// its files where they really are.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAtlas } from '../../../geo/lib/compile';
import { loadCorpus } from '../../../geo/lib/corpus';
import { corpusFolder, displayFile } from '../../../geo/lib/corpusFolder';
import { tempFolder } from '../support/tempFolder';

const root = process.cwd();
const MINIMAL = 'tests/fixtures/corpus-minimal';

function copyOfMinimal(): string {
  const folder = tempFolder('atlas-corpus-');
  cpSync(MINIMAL, folder, { recursive: true });
  return folder;
}

describe('a corpus folder named by ATLAS_CORPUS', () => {
  it('is geo/ when the variable is not set', () => {
    expect(corpusFolder(root, {})).toEqual({ path: join(root, 'geo'), label: 'geo' });
  });

  it('builds the minimal example folder into an atlas of its own', () => {
    const corpus = corpusFolder(root, { ATLAS_CORPUS: MINIMAL });
    const { input, problems } = loadCorpus(root, corpus);
    expect(problems).toEqual([]);
    const compiled = compileAtlas(input);
    expect(compiled.problems).toEqual([]);
    expect(compiled.atlas?.articles.map((article) => article.id)).toEqual(['test-minimal-aktau']);
    expect(compiled.atlas?.features.map((feature) => feature.properties.id)).toEqual([
      'site-test-port-aktau',
    ]);
  });

  it('names a feature citing an unknown passage, in the folder’s own file', () => {
    const folder = copyOfMinimal();
    const sites = join(folder, 'overlays/sites.geojson');
    writeFileSync(sites, readFileSync(sites, 'utf8').replace('"passage": "p1"', '"passage": "p9"'));
    const corpus = corpusFolder(root, { ATLAS_CORPUS: folder });
    const { input } = loadCorpus(root, corpus);
    const { problems } = compileAtlas(input);
    expect(problems.length).toBeGreaterThan(0);
    const named = problems.map((problem) => `${displayFile(corpus, problem.file)}: ${problem.message}`);
    expect(
      named.some((line) => line.startsWith(`${folder}/overlays/sites.geojson`) && line.includes('p9')),
    ).toBe(true);
  });

  it('names an article whose date is not a date', () => {
    const folder = copyOfMinimal();
    const file = join(folder, 'articles/test-minimal-aktau.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"2026-04-01"', '"1 April"'));
    const corpus = corpusFolder(root, { ATLAS_CORPUS: folder });
    const { problems } = compileAtlas(loadCorpus(root, corpus).input);
    const named = problems.map((problem) => `${displayFile(corpus, problem.file)}: ${problem.message}`);
    expect(
      named.some((line) => line.includes('articles/test-minimal-aktau.json') && line.includes('date')),
    ).toBe(true);
  });

  it('names two articles with the same id, each by its own file', () => {
    const folder = copyOfMinimal();
    const first = join(folder, 'articles/test-minimal-aktau.json');
    writeFileSync(join(folder, 'articles/test-minimal-aktau-copy.json'), readFileSync(first, 'utf8'));
    const corpus = corpusFolder(root, { ATLAS_CORPUS: folder });
    const { problems } = compileAtlas(loadCorpus(root, corpus).input);
    const named = problems.map((problem) => `${displayFile(corpus, problem.file)}: ${problem.message}`);
    expect(named).toEqual(
      expect.arrayContaining([
        `${folder}/articles/test-minimal-aktau-copy.json: the file of article 'test-minimal-aktau' must be named test-minimal-aktau.json`,
        `${folder}/articles/test-minimal-aktau.json: duplicate article id 'test-minimal-aktau'`,
      ]),
    );
  });

  it('names a feature dated before every article it cites, with file and field', () => {
    const folder = copyOfMinimal();
    const sites = join(folder, 'overlays/sites.geojson');
    const undated = readFileSync(sites, 'utf8');
    const dated = (date: string) =>
      undated.replace('"precision_km": 2,', `"precision_km": 2, "date": "${date}",`);
    const problemsWith = (date: string) => {
      writeFileSync(sites, dated(date));
      const corpus = corpusFolder(root, { ATLAS_CORPUS: folder });
      return compileAtlas(loadCorpus(root, corpus).input).problems.map(
        (problem) => `${displayFile(corpus, problem.file)} › ${problem.featureId}: ${problem.message}`,
      );
    };
    const early = problemsWith('2026-03-20');
    expect(early).toHaveLength(1);
    expect(early[0]).toContain(`${folder}/overlays/sites.geojson › site-test-port-aktau: date:`);
    expect(early[0]).toContain("'test-minimal-aktau', on 2026-04-01");
    // The article's own day, and any later day, are backed by it.
    expect(problemsWith('2026-04-01')).toEqual([]);
    expect(problemsWith('2026-04-09')).toEqual([]);
  });

  it('checks the sources of dated changes like any other source', () => {
    const folder = copyOfMinimal();
    const sites = join(folder, 'overlays/sites.geojson');
    const change = {
      source: { article: 'test-minimal-aktau', passage: 'p7', quote: 'из порта Актау' },
      status: 'closed',
      note: { en: 'Closed.', ru: 'Закрыт.' },
    };
    writeFileSync(
      sites,
      readFileSync(sites, 'utf8').replace(
        '"precision_km": 2,',
        `"precision_km": 2, "changes": [${JSON.stringify(change)}],`,
      ),
    );
    const { problems } = compileAtlas(loadCorpus(root, corpusFolder(root, { ATLAS_CORPUS: folder })).input);
    expect(problems.map((problem) => problem.message)).toContain(
      "changes 0 source: unknown passage 'p7' in article 'test-minimal-aktau'",
    );
  });

  it('says what is missing when the folder has no articles', () => {
    const folder = tempFolder('atlas-empty-');
    const { problems } = loadCorpus(root, corpusFolder(root, { ATLAS_CORPUS: folder }));
    expect(problems.map((problem) => problem.message)).toContain(
      'is missing: a corpus folder needs articles/ and overlays/',
    );
  });
});
