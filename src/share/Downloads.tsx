// "Download image" (1× or 2×) and "Download data" (GeoJSON or CSV): the code that makes the files loads on
// the first press.
import { useId, useState } from 'react';
import { useShareT } from '../i18n/shareStrings';
import { useAtlasStore } from '../state/store';
import type { Status } from './ShareDialog';

type Props = { onStatus: (status: Status) => void };

function failure(error: unknown): Status {
  return { key: 'exportFailed', params: { detail: error instanceof Error ? error.message : String(error) } };
}

function Choice<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="share-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

const SCALES = [
  { value: '1', label: '1×' },
  { value: '2', label: '2×' },
] as const;

export function ImageDownload({ link, onStatus }: Props & { link: string }) {
  const t = useShareT();
  const [scale, setScale] = useState<'1' | '2'>('1');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    onStatus({ key: 'exportPreparing', params: { file: 'PNG' } });
    try {
      const { downloadViewImage } = await import('../export/imageExport');
      const file = await downloadViewImage(useAtlasStore.getState(), link, Number(scale));
      onStatus({ key: 'exportSaved', params: { file } });
    } catch (error) {
      onStatus(failure(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="share-section">
      <Choice legend={t('imageScaleLabel')} options={SCALES} value={scale} onChange={setScale} />
      <button type="button" disabled={busy} onClick={() => void download()}>
        {t('downloadImage')}
      </button>
    </div>
  );
}

const FORMATS = [
  { value: 'geojson', label: 'GeoJSON' },
  { value: 'csv', label: 'CSV' },
] as const;

export function DataDownload({ onStatus }: Props) {
  const t = useShareT();
  const [format, setFormat] = useState<'geojson' | 'csv'>('geojson');
  const download = async () => {
    try {
      const { downloadViewData } = await import('../export/dataExport');
      const file = await downloadViewData(useAtlasStore.getState(), format);
      onStatus({ key: 'exportSaved', params: { file } });
    } catch (error) {
      onStatus(failure(error));
    }
  };
  return (
    <div className="share-section">
      <Choice legend={t('dataFormatLabel')} options={FORMATS} value={format} onChange={setFormat} />
      <button type="button" onClick={() => void download()}>
        {t('downloadData')}
      </button>
    </div>
  );
}
