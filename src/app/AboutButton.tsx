// The about dialog: what the map is, where its data comes from, and the boundaries disclaimer.
import { useRef } from 'react';
import { useT } from '../i18n/useT';

export function AboutButton() {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);

  return (
    <>
      <button type="button" className="about-button" onClick={() => dialogRef.current?.showModal()}>
        {t('about')}
      </button>
      <dialog ref={dialogRef} className="about-dialog" aria-labelledby="about-title">
        <h2 id="about-title">{t('about')}</h2>
        <p>{t('tagline')}.</p>
        <p>{t('disclaimer')}</p>
        <p>{t('approximateNote')}</p>
        <ul>
          <li>Natural Earth (public domain): borders, provinces, lakes.</li>
          <li>GSHHG (Wessel &amp; Smith), LGPL-3: rivers.</li>
          <li>Noto Sans (SIL Open Font License 1.1): labels.</li>
          <li>Вестник Кавказа / Vestnik Kavkaza, 6 March 2026: the article.</li>
        </ul>
        <form method="dialog">
          <button type="submit">OK</button>
        </form>
      </dialog>
    </>
  );
}
