// The Share button on the map. The link is made from the store when the reader presses it (never read back
// from the address bar, which is written a frame later); the dialog, with the exports, loads on first use.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { currentLink } from '../state/urlSync';
import type { ShareLinks } from './ShareDialog';
import './share.css';

const ShareDialog = lazy(() => import('./ShareDialog'));

export function ShareButton() {
  const t = useT();
  const [request, setRequest] = useState<{ links: ShareLinks; seq: number } | null>(null);

  const open = () => {
    const state = useAtlasStore.getState();
    setRequest((previous) => ({
      links: {
        page: currentLink(state, window.location),
        embed: currentLink(state, window.location, { embed: true }),
      },
      seq: (previous?.seq ?? 0) + 1,
    }));
  };

  return (
    <>
      <button type="button" className="share-button" onClick={open}>
        {t('share')}
      </button>
      {request && (
        <Suspense fallback={null}>
          <ShareDialog key={request.seq} links={request.links} />
        </Suspense>
      )}
    </>
  );
}
