// An article's text with its proposed place mentions highlighted, each with Accept and Reject: for a new
// article after Import, and for any article of the corpus opened for editing. What was decided is read
// from the drafts, so it follows Undo and a reload, and a rejected mention is not offered again.
import type { ReactNode } from 'react';
import placesJson from '../../geo/lib/places.json';
import type { Article } from '../data/schema';
import type { Mention } from '../text/proposals';
import { change, useEditorStore } from './editorStore';
import type { Importer } from './importer';
import { decisionOf, rejectMention, type Decision } from './review';
import { useEditorText, useLanguage } from './useEditorText';

const PLACES_JSON_IDS: ReadonlySet<string> = new Set(placesJson.map((place) => place.id));

const mentionKey = (m: Pick<Mention, 'passage' | 'start' | 'end'>) => `${m.passage}:${m.start}-${m.end}`;

function PassageWithMentions({
  article,
  text,
  mentions,
  onDecide,
}: {
  article: Article;
  text: string;
  mentions: readonly Mention[];
  onDecide: (mention: Mention, decision: Decision) => void;
}) {
  const t = useEditorText();
  const editing = useEditorStore((state) => state.access === 'editing');
  const doc = useEditorStore((state) => state.history.present);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start < at) continue;
    parts.push(text.slice(at, mention.start));
    const key = mentionKey(mention);
    const decided = decisionOf(doc, article, mention);
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
              disabled={!editing}
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

export function ArticleReview({
  article,
  mentions,
  accept,
}: {
  article: Article;
  mentions: readonly Mention[];
  accept: Importer['module']['acceptMention'];
}) {
  const language = useLanguage();
  const decide = (mention: Mention, decision: Decision) => {
    if (decision === 'rejected') {
      change((doc) => rejectMention(doc, article, mention));
      return;
    }
    let made: string | null = null;
    change((doc) => {
      const result = accept(doc, article, mention, PLACES_JSON_IDS);
      made = result.key;
      return result.doc;
    });
    if (made !== null) useEditorStore.setState({ selectedKey: made, articleId: article.id });
  };
  return (
    <div className="editor-proposals" lang={article.language}>
      <h4>{article.title[language]}</h4>
      {article.passages.map((passage) => (
        <PassageWithMentions
          key={passage.id}
          article={article}
          text={passage.text}
          mentions={mentions.filter((m) => m.passage === passage.id)}
          onDecide={decide}
        />
      ))}
    </div>
  );
}
