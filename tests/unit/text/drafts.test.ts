import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gazetteerIndex } from '../../../geo/lib/gazetteer';
import { draftsFromProposals } from '../../../src/text/drafts';
import { proposeMentions } from '../../../src/text/proposals';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const index = gazetteerIndex(ROOT);

const proposals = proposeMentions(index, {
  id: 'test-article',
  passages: [
    { id: 'p1', kind: 'paragraph', text: 'Паромы из Актау идут в Баку, а грузовики стоят в Астаре.' },
    { id: 'p2', kind: 'paragraph', text: 'В порту Актау ждут судов.' },
  ],
});

describe('draftsFromProposals', () => {
  it('drafts one site per unambiguous place of a site kind, citing each mention', () => {
    const { drafts, skipped } = draftsFromProposals(proposals, new Set(), new Set(['port-aktau']));
    expect(drafts.map((d) => d.properties.id)).toEqual(['draft-port-aktau']);
    const aktau = drafts[0];
    expect(aktau?.derive).toEqual({ point: 'port-aktau' });
    expect(aktau?.properties).toMatchObject({ layer: 'sites', kind: 'port', basis: 'inferred', draft: true });
    expect(aktau?.properties.sources).toEqual([
      { article: 'test-article', passage: 'p1', quote: 'Актау' },
      { article: 'test-article', passage: 'p2', quote: 'Актау' },
    ]);
    expect(skipped.map((s) => s.quote)).toEqual(['Баку', 'Астаре']);
    expect(skipped[1]?.reason).toContain('ambiguous');
  });

  it('leaves a place alone when its draft already exists', () => {
    expect(draftsFromProposals(proposals, new Set(['draft-port-aktau']), new Set()).drafts).toEqual([]);
  });
});
