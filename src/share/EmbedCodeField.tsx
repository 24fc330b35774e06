// The iframe code for the current view, at the width and height the reader types, with a copy button.
import { useRef, useState } from 'react';
import { EMBED_DEFAULT_SIZE, embedCode, embedDimension } from '../export/embedCode';
import { useShareT } from '../i18n/shareStrings';
import { copyText } from './copyText';
import type { Status } from './ShareDialog';

export function EmbedCodeField({
  link,
  title,
  onStatus,
}: {
  link: string;
  title: string;
  onStatus: (status: Status) => void;
}) {
  const t = useShareT();
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [width, setWidth] = useState(String(EMBED_DEFAULT_SIZE.width));
  const [height, setHeight] = useState(String(EMBED_DEFAULT_SIZE.height));
  const code = embedCode({
    link,
    width: embedDimension(width, EMBED_DEFAULT_SIZE.width),
    height: embedDimension(height, EMBED_DEFAULT_SIZE.height),
    title,
  });
  const copy = async () => {
    const copied = await copyText(code, codeRef.current);
    onStatus({ key: copied ? 'codeCopied' : 'copyManually' });
  };
  return (
    <div className="share-section share-embed">
      <div className="share-size">
        <label>
          <span>{t('embedWidth')}</span>
          <input
            type="number"
            min={200}
            max={4000}
            value={width}
            onChange={(e) => setWidth(e.target.value)}
          />
        </label>
        <label>
          <span>{t('embedHeight')}</span>
          <input
            type="number"
            min={200}
            max={4000}
            value={height}
            onChange={(e) => setHeight(e.target.value)}
          />
        </label>
      </div>
      <label className="share-field">
        <span>{t('embedCode')}</span>
        <textarea ref={codeRef} readOnly rows={3} value={code} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={() => void copy()}>
        {t('copyCode')}
      </button>
    </div>
  );
}
