// What the map area says when it cannot show the map (no WebGL, lost context) or is still loading.
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

export function MapStatusMessage() {
  const status = useAtlasStore((state) => state.mapStatus);
  const t = useT();

  switch (status.kind) {
    case 'ready':
      return null;
    case 'loading':
      return (
        <p className="map-loading" role="status">
          {t('loadingMap')}
        </p>
      );
    case 'no-webgl':
      return (
        <div className="map-message" role="alert">
          <h2>{t('noWebglTitle')}</h2>
          <p>{t('noWebglBody')}</p>
          <p>{t('noWebglAdvice')}</p>
          <p className="map-message-detail">{status.detail}</p>
        </div>
      );
    case 'context-lost':
      return (
        <div className="map-message" role="alert">
          <h2>{t('webglLostTitle')}</h2>
          <p>{t('webglLostBody')}</p>
        </div>
      );
    case 'error':
      return (
        <div className="map-message" role="alert">
          <h2>{t('mapErrorTitle')}</h2>
          <p>{t('mapStyleFailed')}</p>
          <p className="map-message-detail">{status.detail}</p>
        </div>
      );
  }
}
