// "New article": paste the text (or pick a text file) in the article:import format, Import, and go through
// the place names found in it, highlighted in the text, each with Accept and Reject.
import { useId, useState, type ReactNode } from 'react';
import placesJson from '../../geo/lib/places.json';
import type { Article } from '../data/schema';
import type { PlaceIndex } from '../text/placeIndex';
import type { Mention } from '../text/proposals';
import type * as NewArticleModule from './newArticle';
import { change, say, useEditorStore } from './editorStore';
import { useEditorText, useLanguage } from './useEditorText';

const PLACES_JSON_IDS: ReadonlySet<string> = new Set(placesJson.map((place) => place.id));

type Importer = { index: PlaceIndex; module: typeof NewArticleModule };
let importer: Promise<Importer> | null = null;
/** The importer and its gazetteer (about 1 MB together) load the first time an article is imported. */
function loadImporter(): Promise<Importer> {
  importer ??= Promise.all([import('../../geo/gazetteer.json'), import('./newArticle')]).then(
    ([gazetteer, module]) => ({ index: module.buildPlaceIndex(gazetteer.default.entries), module }),
  );
  return importer;
}

/** Stable across sessions: which mention of which article. */
const mentionKey = (m: Pick<Mention, 'passage' | 'start' | 'end'>) => `${m.passage}:${m.start}-${m.end}`;

type Review = {
  article: Article;
  mentions: Mention[];
  decided: Record<string, 'accepted' | 'rejected'>;
  accept: Importer['module']['acceptMention'];
};

function PassageWithMentions({
  text,
  mentions,
  review,
  onDecide,
}: {
  text: string;
  mentions: readonly Mention[];
  review: Review;
  onDecide: (mention: Mention, decision: 'accepted' | 'rejected') => void;
}) {
  const t = useEditorText();
  const editing = useEditorStore((state) => state.access === 'editing');
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start < at) continue;
    parts.push(text.slice(at, mention.start));
    const key = mentionKey(mention);
    const decided = review.decided[key];
    const place = mention.candidates[0]?.name.en ?? '';
    parts.push(
      <span key={key} className="editor-mention" data-decided={decided ?? 'open'}>
        <mark>{mention.quote}</mark>
        {decided === undefined ? (
          <>
            {' '}
            <button
              type="button"
              disabled={!editing}
              aria-label={`${t('accept')}: ${mention.quote} (${place})`}
              onClick={() => onDecide(mention, 'accepted')}
            >
              {t('accept')}
            </button>{' '}
            <button
              type="button"
              aria-label={`${t('reject')}: ${mention.quote} (${place})`}
              onClick={() => onDecide(mention, 'rejected')}
            >
              {t('reject')}
            </button>{' '}
          </>
        ) : (
          <span className="editor-muted"> ({t(decided === 'accepted' ? 'accepted' : 'rejected')}) </span>
        )}
      </span>,
    );
    at = mention.end;
  }
  parts.push(text.slice(at));
  return <p dir="auto">{parts}</p>;
}

export function NewArticlePanel() {
  const t = useEditorText();
  const language = useLanguage();
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
      setReview({
        article: result.article,
        mentions: result.mentions,
        decided: {},
        accept: module.acceptMention,
      });
      say(t('imported', { count: result.mentions.length }));
    } finally {
      setBusy(false);
    }
  };

  const decide = (mention: Mention, decision: 'accepted' | 'rejected') => {
    if (!review) return;
    if (decision === 'accepted') {
      let made: string | null = null;
      change((doc) => {
        const result = review.accept(doc, review.article, mention, PLACES_JSON_IDS);
        made = result.key;
        return result.doc;
      });
      if (made !== null) useEditorStore.setState({ selectedKey: made, articleId: review.article.id });
    }
    setReview({ ...review, decided: { ...review.decided, [mentionKey(mention)]: decision } });
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
        <div className="editor-proposals" lang={review.article.language}>
          <h4>{review.article.title[language]}</h4>
          {review.article.passages.map((passage) => (
            <PassageWithMentions
              key={passage.id}
              text={passage.text}
              mentions={review.mentions.filter((m) => m.passage === passage.id)}
              review={review}
              onDecide={decide}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
