// "New article": paste the text (or pick a text file) in the article:import format, Import, and go through
// the place names found in it, highlighted in the text, each with Accept and Reject.
import { useId, useState } from 'react';
import type { Article } from '../data/schema';
import type { Mention } from '../text/proposals';
import { ArticleReview } from './ArticleReview';
import { say } from './editorStore';
import { loadImporter, type Importer } from './importer';
import { useEditorText } from './useEditorText';

type Review = { article: Article; mentions: Mention[]; accept: Importer['module']['acceptMention'] };

export function NewArticlePanel() {
  const t = useEditorText();
  const id = useId();
  const [text, setText] = useState('');
  const [review, setReview] = useState<Review | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { index, module } = await loadImporter();
      const result = module.importArticle(text, index);
      if (!result.ok) {
        setReview(null);
        say(t('importProblem', { problem: result.problem }));
        return;
      }
      setReview({ article: result.article, mentions: result.mentions, accept: module.acceptMention });
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
      {review ? (
        <ArticleReview article={review.article} mentions={review.mentions} accept={review.accept} />
      ) : null}
    </section>
  );
}
