// The words selected in the article panel, for every button that takes them ("Cite selection" in the
// panel, "Add change" in the form): one reading of the selection, so both refuse the same spans alike.
import type { CiteResult } from './cite';
import type { DraftSource } from './draft';
import { say } from './editorStore';
import type { EditorT } from './useEditorText';

type SelectionReader = () => CiteResult | null;

let reader: SelectionReader | null = null;

/** The article panel offers its selection while it shows an article; the returned function withdraws it. */
export function offerSelection(read: SelectionReader): () => void {
  reader = read;
  return () => {
    if (reader === read) reader = null;
  };
}

/** The selected span as a source, or null after saying why not (no article, nothing selected, two passages). */
export function selectedSource(t: EditorT): DraftSource | null {
  const result = reader ? reader() : null;
  if (result === null) {
    say(t('noArticle'));
    return null;
  }
  if (result.kind === 'refused') {
    say(t(result.reason === 'empty' ? 'refusedEmpty' : 'refusedAcross'));
    return null;
  }
  return result.source;
}
