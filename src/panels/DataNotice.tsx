// Says when the atlas data is loading or failed to load, with a way to try again.
import { describeLoadProblem } from '../data/loadProblem';
import { useLanguage, useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

/**
 * `show`: which of the two this place shows. The side column says "loading" below its layers, where going
 * away moves nothing the reader sees, and a failure above them, where it is seen first.
 */
export function DataNotice({
  onRetry,
  show = 'both',
}: {
  onRetry: () => void;
  show?: 'loading' | 'error' | 'both';
}) {
  const t = useT();
  const language = useLanguage();
  const data = useAtlasStore((state) => state.data);
  if (data.kind === 'ready') return null;
  if (data.kind === 'loading') {
    if (show === 'error') return null;
    return (
      <p className="panel-section data-notice" role="status">
        {t('loadingData')}
      </p>
    );
  }
  if (show === 'loading') return null;
  return (
    <div className="panel-section data-notice data-error" role="alert">
      <h2>{t('dataErrorTitle')}</h2>
      <p>{describeLoadProblem(language, data.problem)}</p>
      <p>{t('dataErrorBody')}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
