// The layer switches: one labelled checkbox per overlay with its legend and feature count, the risk severity
// filter, and show all / hide all.
import { useId, useMemo } from 'react';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import { filterVerdicts } from '../data/featureFilters';
import { layerLabel, severityFloorLabel } from '../i18n/dictionaries';
import { useLanguage, useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { LayerSwatch } from './LayerSwatch';
import { useAtlas, useAtlasIndex } from './useAtlas';
import { useDeferredFilters } from './useDeferredFilters';

const SEVERITIES = [1, 2, 3, 4, 5] as const;

function useFeatureCounts(): Record<LayerId, number> | null {
  const atlas = useAtlas();
  const index = useAtlasIndex();
  const { minSeverity, dateRange } = useDeferredFilters();
  return useMemo(() => {
    if (!atlas || !index) return null;
    return filterVerdicts(atlas.features, { minSeverity, dateRange }, index).shownByLayer;
  }, [atlas, index, minSeverity, dateRange]);
}

function LayerToggle({ layer, count }: { layer: LayerId; count: number | null }) {
  const t = useT();
  const language = useLanguage();
  const visible = useAtlasStore((state) => state.visibleLayers[layer]);
  const setLayerVisible = useAtlasStore((state) => state.setLayerVisible);
  return (
    <li>
      <label className="layer-toggle">
        <input
          type="checkbox"
          checked={visible}
          onChange={(event) => setLayerVisible(layer, event.target.checked)}
        />
        <LayerSwatch layer={layer} />
        <span className="layer-name">{layerLabel(language, layer)}</span>
        {count !== null && (
          <span className="layer-count">
            {count}
            <span className="visually-hidden"> {t('layerCountSuffix')}</span>
          </span>
        )}
      </label>
    </li>
  );
}

function SeverityFilter() {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const minSeverity = useAtlasStore((state) => state.minSeverity);
  const setMinSeverity = useAtlasStore((state) => state.setMinSeverity);
  return (
    <div className="severity-filter">
      <label htmlFor={id}>{t('minSeverityLabel')}</label>
      <select id={id} value={minSeverity} onChange={(event) => setMinSeverity(Number(event.target.value))}>
        {SEVERITIES.map((severity) => (
          <option key={severity} value={severity}>
            {severityFloorLabel(language, severity)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function LayerPanel() {
  const t = useT();
  const counts = useFeatureCounts();
  const setAllLayersVisible = useAtlasStore((state) => state.setAllLayersVisible);
  const headingId = useId();
  return (
    <section className="panel-section layer-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('layersHeading')}</h2>
      <fieldset className="layer-fieldset">
        <legend className="visually-hidden">{t('layersHeading')}</legend>
        <ul className="layer-list">
          {LAYER_IDS.map((layer) => (
            <LayerToggle key={layer} layer={layer} count={counts ? counts[layer] : null} />
          ))}
        </ul>
      </fieldset>
      <SeverityFilter />
      <div className="button-row">
        <button type="button" onClick={() => setAllLayersVisible(true)}>
          {t('showAllLayers')}
        </button>
        <button type="button" onClick={() => setAllLayersVisible(false)}>
          {t('hideAllLayers')}
        </button>
      </div>
    </section>
  );
}
