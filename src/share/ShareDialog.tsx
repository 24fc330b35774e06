// The share dialog: the link (clipboard, system share sheet, or a field to copy from), and what a reader
// takes away: a picture, the data, the iframe code and a citation. The heavy parts load when asked for.
import { useEffect, useId, useRef, useState } from 'react';
import type { MessageParams } from '../i18n/dictionaries';
import { viewTitle } from '../export/viewDescription';
import { useShareT, type AnyMessageKey } from '../i18n/shareStrings';
import { useAtlasStore } from '../state/store';
import { currentLink } from '../state/urlSync';
import { CitationField } from './CitationField';
import { copyText } from './copyText';
import { DataDownload, ImageDownload } from './Downloads';
import { EmbedCodeField } from './EmbedCodeField';
import './shareDialog.css';

export type ShareLinks = { page: string; embed: string };
export type Status = { key: AnyMessageKey; params?: MessageParams } | null;

/**
 * The links to what the reader sees, made from the store when the dialog opens (never read back from the
 * address bar, which is written a frame later). The page's link is the full app's, also inside an embed.
 */
function linksNow(): ShareLinks {
  const state = useAtlasStore.getState();
  return {
    page: currentLink(state, window.location),
    embed: currentLink(state, window.location, { embed: true }),
  };
}

/** Opens when mounted: the Share button mounts a new one at each press. */
export default function ShareDialog() {
  const [links] = useState(linksNow);
  const t = useShareT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const canShareNatively = typeof navigator.share === 'function';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const copyLink = async () => {
    const copied = await copyText(links.page, fieldRef.current);
    setStatus({ key: copied ? 'linkCopied' : 'copyFailed' });
  };

  const shareNatively = async () => {
    try {
      await navigator.share({ title: document.title, url: links.page });
    } catch {
      // The user closed the share sheet; nothing to report.
    }
  };

  const embedTitle = `${t('productName')} — ${useAtlasStore((state) =>
    viewTitle(state.data.kind === 'ready' ? state.data.atlas : null, state),
  )}`;

  return (
    <dialog ref={dialogRef} className="share-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('shareTitle')}</h2>
      <label className="share-field">
        <span>{t('linkField')}</span>
        <input
          ref={fieldRef}
          type="text"
          readOnly
          value={links.page}
          onFocus={(event) => event.target.select()}
        />
      </label>
      <div className="share-actions">
        <button type="button" onClick={() => void copyLink()}>
          {t('copyLink')}
        </button>
        {canShareNatively && (
          <button type="button" onClick={() => void shareNatively()}>
            {t('systemShare')}
          </button>
        )}
      </div>
      <ImageDownload link={links.page} onStatus={setStatus} />
      <DataDownload onStatus={setStatus} />
      <EmbedCodeField link={links.embed} title={embedTitle} onStatus={setStatus} />
      <CitationField link={links.page} onStatus={setStatus} />
      <p role="status" className="share-status">
        {status ? t(status.key, status.params) : ''}
      </p>
      <form method="dialog" className="share-close">
        <button type="submit">{t('closeDialog')}</button>
      </form>
    </dialog>
  );
}
