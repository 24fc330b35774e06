// The Share button on the map; the dialog, with the exports, loads the first time it is pressed.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';
import './share.css';

const ShareDialog = lazy(() => import('./ShareDialog'));

export function ShareButton() {
  const t = useT();
  // Each press mounts a new dialog, which makes its links from the store of that moment.
  const [presses, setPresses] = useState(0);
  return (
    <>
      <button type="button" className="share-button" onClick={() => setPresses(presses + 1)}>
        {t('share')}
      </button>
      {presses > 0 && (
        <Suspense fallback={null}>
          <ShareDialog key={presses} />
        </Suspense>
      )}
    </>
  );
}
