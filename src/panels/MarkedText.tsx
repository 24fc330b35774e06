// A passage as text nodes, with the quoted spans wrapped in <mark>. Never HTML.
import { Fragment, useMemo } from 'react';
import { markQuotes } from './markQuotes';

export function MarkedText({ text, quotes }: { text: string; quotes: readonly string[] }) {
  const { segments } = useMemo(() => markQuotes(text, quotes), [text, quotes]);
  return (
    <>
      {segments.map((segment, index) =>
        segment.marked ? (
          <mark key={index}>{segment.text}</mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
