// An article's text with its proposed place mentions highlighted, each with Accept and Reject: for a new
// article after Import, and for any article of the corpus opened for editing. What was decided is read
// from the drafts, so it follows Undo and a reload, and a rejected mention is not offered again. Under each
// passage that names places or movements, its feature or its reason ("Nothing to map"), as geo:check asks.
import { useMemo, type ReactNode } from 'react';
import placesJson from '../../geo/lib/places.json';
import type { Article } from '../data/schema';
import type { Mention } from '../text/proposals';
import { citedByDownload, type AuthoredCorpus } from './corpusFiles';
import { articleCoverage } from './coverage';
import { namesOfArticle } from './draftCoverage';
import { change, useEditorStore } from './editorStore';
import type { Importer } from './importer';
import { CoverageSummary, PassageCoverageNote } from './PassageCoverage';
import { decisionOf, rejectMention, type Decision } from './review';
import { useEditorText, useLanguage } from './useEditorText';

const PLACES_JSON_IDS: ReadonlySet<string> = new Set(placesJson.map((place) => place.id));

/** An article opened for review, with what the importer found in it. */
export type ArticleUnderReview = {
  article: Article;
  mentions: readonly Mention[];
  /** What each passage names (passage id → places and movements), as geo:check finds them. */
  names: ReadonlyMap<string, readonly string[]>;
  accept: Importer['module']['acceptMention'];
};

/** The article as review shows it: its mentions to decide, and what the importer found in each passage. */
export function underReview(
  importer: Importer,
  article: Article,
  mentions: readonly Mention[],
): ArticleUnderReview {
  return {
    article,
    mentions,
    names: namesOfArticle(importer, article),
    accept: importer.module.acceptMention,
  };
}

const NO_NAMES: readonly string[] = [];

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
  review: { article, mentions, names, accept },
  authored,
}: {
  review: ArticleUnderReview;
  authored: AuthoredCorpus;
}) {
  const t = useEditorText();
  const language = useLanguage();
  const doc = useEditorStore((state) => state.history.present);
  const coverage = useMemo(
    () =>
      articleCoverage(
        article,
        (id) => names.get(id) ?? NO_NAMES,
        citedByDownload(authored, doc),
        authored.allowList,
        doc,
      ),
    [article, names, authored, doc],
  );
  const open = coverage.filter((row) => row.coverage.state === 'open').length;
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
      <CoverageSummary open={open} />
      {coverage.map(({ passage, coverage: standing }) => (
        <div key={passage} role="group" aria-label={t('passage', { id: passage })} data-passage={passage}>
          <PassageWithMentions
            article={article}
            text={article.passages.find((p) => p.id === passage)?.text ?? ''}
            mentions={mentions.filter((m) => m.passage === passage)}
            onDecide={decide}
          />
          <PassageCoverageNote
            article={article}
            passage={passage}
            coverage={standing}
            published={authored.allowList}
          />
        </div>
      ))}
    </div>
  );
}
