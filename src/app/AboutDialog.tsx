// The About dialog: what the map is, where its data comes from, and the boundaries disclaimer. Loaded the
// first time the reader opens it (src/app/AboutButton.tsx).
import { useEffect, useRef } from 'react';
import { outletCredits, outletName } from '../data/credits';
import { formatDate } from '../i18n/dictionaries';
import { useLanguage } from '../i18n/useT';
import { useAboutT } from './aboutStrings';
import { useAtlas } from '../panels/useAtlas';
import { useAtlasStore } from '../state/store';

/** One line per outlet the atlas's articles come from, from the corpus itself. */
function CorpusCredits() {
  const t = useAboutT();
  const language = useLanguage();
  const atlas = useAtlas();
  if (!atlas) return null;
  return (
    <>
      {outletCredits(atlas.articles).map((credit) => (
        <li key={`${credit.outlet.en}/${credit.outlet.ru}`}>
          {t('creditArticles', {
            outlet: outletName(credit.outlet),
            count: credit.articles,
            dates:
              credit.first === credit.last
                ? formatDate(language, credit.first)
                : `${formatDate(language, credit.first)} – ${formatDate(language, credit.last)}`,
          })}
        </li>
      ))}
    </>
  );
}

/** Opens (again) each time `opens` changes: the About button counts its presses. */
export default function AboutDialog({ opens }: { opens: number }) {
  const t = useAboutT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, [opens]);

  return (
    <dialog
      ref={dialogRef}
      className="about-dialog"
      aria-labelledby="about-title"
      onClick={(event) => {
        // A tap on the backdrop (outside the dialog's box) closes it, as a phone reader expects.
        const box = event.currentTarget.getBoundingClientRect();
        const outside =
          event.clientX < box.left ||
          event.clientX > box.right ||
          event.clientY < box.top ||
          event.clientY > box.bottom;
        if (outside) event.currentTarget.close();
      }}
    >
      <h2 id="about-title">{t('about')}</h2>
      <p>{t('tagline')}.</p>
      <p>{t('disclaimer')}</p>
      <p>{t('approximateNote')}</p>
      <ul>
        <li>{t('creditNaturalEarth')}</li>
        <li>{t('creditGshhg')}</li>
        <li>{t('creditGeonames')}</li>
        <li>{t('creditNoto')}</li>
        <CorpusCredits />
      </ul>
      <p>
        <a
          href="#edit=1"
          onClick={(event) => {
            // The store writes the link (keeping the view); the editor's code loads only now.
            event.preventDefault();
            dialogRef.current?.close();
            useAtlasStore.getState().setEditing(true);
          }}
        >
          {t('editThisAtlas')}
        </a>
      </p>
      <form method="dialog" className="about-dialog-close">
        <button type="submit">OK</button>
      </form>
    </dialog>
  );
}
