import { describe, expect, it } from 'vitest';
import { citeSelection, layoutArticle } from '../../../src/editor/cite';

const passages = [
  { id: 'heading-1', kind: 'heading' as const, text: 'Evacuation' },
  { id: 'p1', kind: 'paragraph' as const, text: 'Buses left Tehran for Astara on Monday.' },
  { id: 'p2', kind: 'paragraph' as const, text: 'The border at Astara stayed open.' },
];
const layout = layoutArticle(passages);
const spanOf = (quote: string) => {
  const start = layout.text.indexOf(quote);
  return [start, start + quote.length] as const;
};

describe('citeSelection', () => {
  it('cites exactly the selected words of one passage, with the text just before and after', () => {
    const [start, end] = spanOf('Tehran for Astara');
    expect(citeSelection('art', layout, start, end)).toEqual({
      kind: 'cited',
      source: {
        article: 'art',
        passage: 'p1',
        quote: 'Tehran for Astara',
        prefix: 'Buses left ',
        suffix: ' on Monday.',
      },
    });
  });

  it('leaves out the spaces at the ends of a selection, and reads a backwards selection the same', () => {
    const [start, end] = spanOf(' stayed ');
    const result = citeSelection('art', layout, end, start);
    expect(result.kind === 'cited' && result.source.quote).toBe('stayed');
  });

  it('refuses a selection that spans a heading and a paragraph', () => {
    const [start] = spanOf('cuation');
    const [, end] = spanOf('Buses left');
    expect(citeSelection('art', layout, start, end)).toEqual({ kind: 'refused', reason: 'across-passages' });
  });

  it('refuses a selection across two paragraphs and an empty one', () => {
    const [start] = spanOf('Monday');
    const [, end] = spanOf('The border');
    expect(citeSelection('art', layout, start, end).kind).toBe('refused');
    expect(citeSelection('art', layout, 3, 3)).toEqual({ kind: 'refused', reason: 'empty' });
  });
});
