// The article to cite from: its passages as read-only text to select in (by pointer or Shift+arrows),
// and "Cite selection", which gives the chosen draft a source quoting exactly the selected words.
import { useEffect, useId, useMemo, useRef } from 'react';
import type { ArticleSummary } from '../data/schema';
import { useArticleText } from '../panels/useOnDemand';
import { useLanguage } from './useEditorText';
import { offerSelection, selectedSource } from './articleSelection';
import { citeSelection, layoutArticle } from './cite';
import { addSource } from './draft';
import { change, say, useEditorStore } from './editorStore';
import { useEditorText } from './useEditorText';

export function CitePanel({ articles }: { articles: readonly ArticleSummary[] }) {
  const t = useEditorText();
  const language = useLanguage();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const articleId = useEditorStore((state) => state.articleId ?? articles[0]?.id ?? null);
  const selectedKey = useEditorStore((state) => state.selectedKey);
  const editing = useEditorStore((state) => state.access === 'editing');
  // The text loads when the article is chosen here, as in the article panel (the index has no texts).
  const { state: text } = useArticleText(articles.some((a) => a.id === articleId) ? articleId : null);
  const article = text.kind === 'ready' && text.value.id === articleId ? text.value : undefined;
  const layout = useMemo(() => (article ? layoutArticle(article.passages) : null), [article]);

  // Not `readOnly`: Chromium lets no one select in a read-only textarea with Shift+arrows. Edits are
  // refused instead, so the text stays the article's while the keyboard can still select in it.
  useEffect(() => {
    const area = textRef.current;
    if (!area) return;
    const refuse = (event: Event) => event.preventDefault();
    area.addEventListener('beforeinput', refuse);
    return () => area.removeEventListener('beforeinput', refuse);
  }, []);

  useEffect(() => {
    if (!article || !layout) return;
    return offerSelection(() => {
      const area = textRef.current;
      return area ? citeSelection(article.id, layout, area.selectionStart, area.selectionEnd) : null;
    });
  }, [article, layout]);

  const cite = () => {
    if (selectedKey === null) return say(t('noDraftSelected'));
    const source = selectedSource(t);
    if (!source) return;
    change((doc) => addSource(doc, selectedKey, source));
    say(t('cited', { quote: source.quote }));
  };

  return (
    <section className="editor-cite" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('article')}</h3>
      <label htmlFor={`${id}-article`} className="visually-hidden">
        {t('article')}
      </label>
      <select
        id={`${id}-article`}
        value={articleId ?? ''}
        onChange={(e) => useEditorStore.setState({ articleId: e.target.value })}
      >
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title[language]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-passages`}>{t('articlePassages')}</label>
      <textarea
        id={`${id}-passages`}
        ref={textRef}
        aria-readonly="true"
        rows={10}
        value={layout?.text ?? ''}
        onChange={() => undefined}
        lang={article?.language}
        dir="auto"
      />
      <button type="button" onClick={cite} disabled={!editing}>
        {t('citeSelection')}
      </button>
    </section>
  );
}
