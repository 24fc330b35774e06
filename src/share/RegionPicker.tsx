// Picks a named region; the map fits to it and the link carries `region=` plus the resulting view.
import { REGIONS } from '../data/regions';
import { useAtlasStore } from '../state/store';
import './share.css';
import { useLanguage, useT } from '../i18n/useT';

export function RegionPicker() {
  const t = useT();
  const language = useLanguage();
  const regionId = useAtlasStore((state) => state.regionId);
  const setRegion = useAtlasStore((state) => state.setRegion);

  return (
    <label className="region-picker">
      <span>{t('regionLabel')}</span>
      <select
        value={regionId ?? ''}
        onChange={(event) => {
          const region = REGIONS.find((candidate) => candidate.id === event.target.value);
          if (region) setRegion(region.id, region.bbox);
        }}
      >
        <option value="" disabled>
          {t('chooseRegion')}
        </option>
        {REGIONS.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
