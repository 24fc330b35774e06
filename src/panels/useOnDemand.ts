// A file loaded for a panel when it is shown: its state, and Retry after a failure.
import { useCallback, useEffect, useState } from 'react';
import { failed, type LoadResult } from '../data/load';
import type { LoadProblem } from '../data/loadProblem';
import { loadArticleText, loadFeatureDetails, peekArticleText, peekFeatureDetails } from '../data/onDemand';
import type { Article, FeatureDetails, IndexedFeature } from '../data/schema';

export type OnDemandState<T> =
  { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; problem: LoadProblem };

/**
 * Runs `load` whenever `key` changes (and on Retry); `peek` answers at once with what has arrived before.
 * A null key loads nothing.
 */
export function useOnDemand<T>(
  key: string | null,
  load: () => Promise<LoadResult<T>>,
  peek: () => T | undefined = () => undefined,
): { state: OnDemandState<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string | null; value: OnDemandState<T> }>({
    key: null,
    value: { kind: 'loading' },
  });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    void load().then((result) => {
      if (current)
        setState({
          key,
          value: result.ok
            ? { kind: 'ready', value: result.value }
            : { kind: 'error', problem: result.problem },
        });
    });
    return () => {
      current = false;
    };
    // `load` and `peek` belong to `key`: a new function for the same key loads nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  const retry = useCallback(() => {
    setState({ key, value: { kind: 'loading' } });
    setAttempt((n) => n + 1);
  }, [key]);
  const peeked = key === null ? undefined : peek();
  if (peeked !== undefined) return { state: { kind: 'ready', value: peeked }, retry };
  return { state: state.key === key ? state.value : { kind: 'loading' }, retry };
}

/** The text of one article, loaded when first shown. */
export function useArticleText(id: string | null): { state: OnDemandState<Article>; retry: () => void } {
  return useOnDemand(
    id,
    () =>
      id === null ? Promise.resolve(failed({ code: 'failed', detail: 'no article' })) : loadArticleText(id),
    () => (id === null ? undefined : peekArticleText(id)),
  );
}

/** A feature's long texts (summary, notes, rationale), loaded with its chunk when its details are shown. */
export function useFeatureDetails(feature: IndexedFeature): {
  state: OnDemandState<FeatureDetails>;
  retry: () => void;
} {
  return useOnDemand(
    `${feature.chunk}/${feature.properties.id}`,
    async () => {
      const loaded = await loadFeatureDetails([feature]);
      if (!loaded.ok) return loaded;
      const details = loaded.value.get(feature.properties.id);
      return details ? { ok: true, value: details } : failed({ code: 'failed', detail: 'no details' });
    },
    () => peekFeatureDetails(feature),
  );
}
