// The Share button on the map; the dialog, with the exports, loads the first time it is pressed.
import { useState } from 'react';
import { lazyPart } from '../app/lazyPart';
import { useT } from '../i18n/useT';
import './share.css';

const ShareDialog = lazyPart(() => import('./ShareDialog'));

export function ShareButton() {
  const t = useT();
  // Each press mounts a new dialog, which makes its links from the store of that moment.
  const [presses, setPresses] = useState(0);
  return (
    <>
      <button type="button" className="share-button" onClick={() => setPresses(presses + 1)}>
        {t('share')}
      </button>
      {presses > 0 && <ShareDialog key={presses} />}
    </>
  );
}
