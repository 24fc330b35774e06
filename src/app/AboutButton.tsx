// The About button in the header. Its dialog (what the map is, its sources, the disclaimer) is rarely
// opened, so its code loads the first time it is.
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { lazyPart } from './lazyPart';

const AboutDialog = lazyPart(() => import('./AboutDialog'));

export function AboutButton() {
  const t = useT();
  const [opens, setOpens] = useState(0);
  return (
    <>
      <button type="button" className="about-button" onClick={() => setOpens((count) => count + 1)}>
        {t('about')}
      </button>
      {opens > 0 && <AboutDialog opens={opens} />}
    </>
  );
}
