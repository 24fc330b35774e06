// "New article": paste the text (or pick a text file), say where and when it was published, Import, and go
// through the place names found in it, highlighted in the text, each with Accept and Reject. A text in the
// article:import format (front matter first) needs no fields; a field filled in wins over its front matter.
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { formatDate } from '../i18n/dictionaries';
import { useLanguage } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import type { ArticleOptions } from '../text/buildArticle';
import { statedDay } from '../text/statedDay';
import { ArticleReview, underReview, type ArticleUnderReview } from './ArticleReview';
import type { AuthoredCorpus } from './corpusFiles';
import { withArticle } from './draft';
import { change, say, useEditorStore } from './editorStore';
import { loadImporter } from './importer';
import { keepForm, NO_DETAILS, readKeptForm, type ArticleDetails } from './keptForm';
import { useEditorText } from './useEditorText';

/** How long typing may pause before the form is kept (a long paste is written once, not per key). */
const KEEP_AFTER_MS = 400;

/** What to say when the form lacks what only it (or front matter) can give. */
const ASK_FOR = { title: 'importNeedsTitle', date: 'importNeedsDate', outlet: 'importNeedsOutlet' } as const;

/** The fields filled in, as import options: an empty field leaves the text's front matter (if any) to say. */
function detailsAsOptions(details: ArticleDetails): ArticleOptions {
  const options: ArticleOptions = {};
  for (const key of ['outlet', 'date', 'lang', 'url'] as const) {
    const value = details[key].trim();
    if (value !== '') options[key] = value;
  }
  return options;
}

export function NewArticlePanel({ authored }: { authored: AuthoredCorpus }) {
  const t = useEditorText();
  const language = useLanguage();
  const id = useId();
  // What was typed and not yet imported comes back after a reload.
  const [kept] = useState(readKeptForm);
  const [text, setText] = useState(kept?.text ?? '');
  const [details, setDetails] = useState<ArticleDetails>(kept?.details ?? NO_DETAILS);
  const keeping = useRef<number | undefined>(undefined);
  useEffect(() => {
    keeping.current = window.setTimeout(() => keepForm({ text, details }), KEEP_AFTER_MS);
    return () => window.clearTimeout(keeping.current);
  }, [text, details]);
  const [review, setReview] = useState<ArticleUnderReview | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const detail = (key: keyof ArticleDetails) => ({
    id: `${id}-${key}`,
    value: details[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setDetails((before) => ({ ...before, [key]: event.target.value })),
  });

  // The focus goes where the missing part is written: the text for a title, else its field.
  const focusField = (field: 'title' | keyof ArticleDetails) =>
    document.getElementById(`${id}-${field === 'title' ? 'text' : field}`)?.focus();

  const run = async () => {
    setBusy(true);
    try {
      const importer = await loadImporter();
      const result = importer.module.importArticle(text, importer.index, detailsAsOptions(details));
      if (!result.ok) {
        setReview(null);
        // What the form can fill in is asked for by name, in the reader's language, at its field.
        const { field, missing } = result;
        // A day written by the title is offered in the field, for the editor to check and import again.
        const offered = missing && field === 'date' ? statedDay(text) : null;
        if (offered !== null) {
          setDetails((before) => ({ ...before, date: offered }));
          say(t('importDateFromText', { date: formatDate(language, offered) }));
          focusField('date');
        } else if (missing && (field === 'title' || field === 'date' || field === 'outlet')) {
          say(t(ASK_FOR[field]));
          focusField(field);
        } else say(t('importProblem', { problem: result.problem }));
        return;
      }
      // Kept in the drafts at once, and shown in the article panel (and so in the link): a reload, or coming
      // back later, finds the article with its review where it was left.
      change((doc) => withArticle(doc, result.article));
      // Imported: a keeping still waiting must not write the form back.
      window.clearTimeout(keeping.current);
      keepForm(null);
      // Only where it was kept: a tab that may not edit (another has the drafts) shows the review alone.
      if (useEditorStore.getState().access === 'editing')
        useAtlasStore.getState().openArticle(result.article.id);
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
        aria-describedby={`${id}-text-hint`}
        onChange={(e) => {
          setText(e.target.value);
          setFileName(null);
        }}
      />
      <p id={`${id}-text-hint`} className="editor-muted">
        {t('articleTextHint')}
      </p>
      {/* A button of the interface's own words: the browser's file input speaks the browser's language. */}
      <div className="editor-file-choice">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('textFile')}
        </button>
        {fileName !== null && <span className="editor-muted">{fileName}</span>}
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".txt,.md,text/plain"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file)
            void file.text().then((content) => {
              setText(content);
              setFileName(file.name);
            });
        }}
      />
      <fieldset className="editor-article-details">
        <legend>{t('articleDetails')}</legend>
        <label htmlFor={`${id}-outlet`}>{t('articleOutlet')}</label>
        <input type="text" {...detail('outlet')} />
        <label htmlFor={`${id}-date`}>{t('articleDate')}</label>
        <input type="date" {...detail('date')} />
        <label htmlFor={`${id}-lang`}>{t('articleLanguage')}</label>
        <select {...detail('lang')}>
          <option value="">{t('languageFromText')}</option>
          <option value="ru">{t('languageRu')}</option>
          <option value="en">{t('languageEn')}</option>
        </select>
        <label htmlFor={`${id}-url`}>{t('articleUrl')}</label>
        <input type="url" {...detail('url')} />
      </fieldset>
      <button type="button" onClick={() => void run()} disabled={busy || text.trim() === ''}>
        {t('import')}
      </button>
      {review ? <ArticleReview review={review} authored={authored} /> : null}
    </section>
  );
}
