// Shares the link to what the reader sees: the system share sheet where there is one, the clipboard
// otherwise, and a selectable text field when neither works. The link is made from the store when the
// dialog opens (never read back from the address bar, which is written a frame later).
import { useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { currentLink } from '../state/urlSync';
import './share.css';

type Outcome = 'idle' | 'copied' | 'manual';

export function ShareButton() {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [link, setLink] = useState('');
  const canShareNatively = typeof navigator.share === 'function';

  const open = () => {
    setLink(currentLink(useAtlasStore.getState(), window.location));
    setOutcome('idle');
    dialogRef.current?.showModal();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setOutcome('copied');
    } catch {
      setOutcome('manual');
      fieldRef.current?.select();
    }
  };

  const shareNatively = async () => {
    try {
      await navigator.share({ title: document.title, url: link });
    } catch {
      // The user closed the share sheet; nothing to report.
    }
  };

  return (
    <>
      <button type="button" className="share-button" onClick={open}>
        {t('share')}
      </button>
      <dialog ref={dialogRef} className="share-dialog" aria-labelledby="share-title">
        <h2 id="share-title">{t('shareTitle')}</h2>
        <label className="share-field">
          <span>{t('linkField')}</span>
          <input
            ref={fieldRef}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.target.select()}
          />
        </label>
        <div className="share-actions">
          <button type="button" onClick={() => void copy()}>
            {t('copyLink')}
          </button>
          {canShareNatively && (
            <button type="button" onClick={() => void shareNatively()}>
              {t('systemShare')}
            </button>
          )}
          <form method="dialog">
            <button type="submit">{t('closeDialog')}</button>
          </form>
        </div>
        <p role="status" className="share-status">
          {outcome === 'copied' ? t('linkCopied') : outcome === 'manual' ? t('copyFailed') : ''}
        </p>
      </dialog>
    </>
  );
}
