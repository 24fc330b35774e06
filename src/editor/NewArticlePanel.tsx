// "New article": paste the text (or pick a text file) in the article:import format, Import, and go through
// the place names found in it, highlighted in the text, each with Accept and Reject.
import { useId, useState } from 'react';
import { ArticleReview, underReview, type ArticleUnderReview } from './ArticleReview';
import type { AuthoredCorpus } from './corpusFiles';
import { say } from './editorStore';
import { loadImporter } from './importer';
import { useEditorText } from './useEditorText';

export function NewArticlePanel({ authored }: { authored: AuthoredCorpus }) {
  const t = useEditorText();
  const id = useId();
  const [text, setText] = useState('');
  const [review, setReview] = useState<ArticleUnderReview | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const importer = await loadImporter();
      const result = importer.module.importArticle(text, importer.index);
      if (!result.ok) {
        setReview(null);
        say(t('importProblem', { problem: result.problem }));
        return;
      }
      setReview(underReview(importer, result.article, result.mentions));
      say(t('imported', { count: result.mentions.length }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="editor-new-article" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {t('newArticle')}
      </h3>
      <label htmlFor={`${id}-text`}>{t('articleText')}</label>
      <textarea
        id={`${id}-text`}
        rows={6}
        value={text}
        data-native-undo=""
        dir="auto"
        onChange={(e) => setText(e.target.value)}
      />
      <label htmlFor={`${id}-file`}>{t('textFile')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".txt,.md,text/plain"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then(setText);
        }}
      />
      <button type="button" onClick={() => void run()} disabled={busy || text.trim() === ''}>
        {t('import')}
      </button>
      {review ? <ArticleReview review={review} authored={authored} /> : null}
    </section>
  );
}
