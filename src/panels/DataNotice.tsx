// Says when the atlas data is loading or failed to load, with a way to try again.
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

export function DataNotice({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  const data = useAtlasStore((state) => state.data);
  if (data.kind === 'ready') return null;
  if (data.kind === 'loading') {
    return (
      <p className="panel-section data-notice" role="status">
        {t('loadingData')}
      </p>
    );
  }
  return (
    <div className="panel-section data-notice data-error" role="alert">
      <h2>{t('dataErrorTitle')}</h2>
      <p lang="en">{data.message}</p>
      <p>{t('dataErrorBody')}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
