// Every feature as a button, grouped by layer: the map's content for keyboards and screen readers.
import { useId } from 'react';
import { LAYER_IDS, type LayerId } from '../data/layerIds';
import type { FeatureProperties } from '../data/schema';
import { layerLabel } from '../i18n/dictionaries';
import { useLanguage, useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { revealAndChooseFeature } from './choose';
import { featureColour } from './colours';
import { ColourDot, LayerSwatch } from './LayerSwatch';
import { useAtlas } from './useAtlas';
import { useHoverHighlight } from './useHoverHighlight';

export const FEATURE_LIST_ID = 'feature-list';

function FeatureListItem({
  properties,
  filteredOut,
}: {
  properties: FeatureProperties;
  filteredOut: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  const selected = useAtlasStore((state) => state.selectedId === properties.id);
  const hover = useHoverHighlight(properties.id);
  return (
    <li>
      <button
        type="button"
        className="feature-list-button"
        aria-current={selected ? 'true' : undefined}
        onClick={() => revealAndChooseFeature(properties.id)}
        {...hover}
      >
        <ColourDot colour={featureColour(properties)} />
        <span className="feature-list-name">{properties.name[language]}</span>
        {properties.severity !== undefined && (
          <span className="feature-list-meta">
            {t('severityLabel')} {properties.severity}
            {filteredOut ? ` · ${t('filteredOutNote')}` : ''}
          </span>
        )}
      </button>
    </li>
  );
}

function LayerGroup({ layer, features }: { layer: LayerId; features: readonly FeatureProperties[] }) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const visible = useAtlasStore((state) => state.visibleLayers[layer]);
  const minSeverity = useAtlasStore((state) => state.minSeverity);
  return (
    <section className="feature-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <LayerSwatch layer={layer} />
        {layerLabel(language, layer)}
        {!visible && <span className="feature-group-note"> ({t('hiddenLayerNote')})</span>}
      </h3>
      {features.length === 0 ? (
        <p className="muted">{t('noFeaturesInLayer')}</p>
      ) : (
        <ul className="feature-list">
          {features.map((properties) => (
            <FeatureListItem
              key={properties.id}
              properties={properties}
              filteredOut={(properties.severity ?? 5) < minSeverity}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

export function FeatureList() {
  const t = useT();
  const language = useLanguage();
  const atlas = useAtlas();
  if (!atlas) return null;
  const byLayer = (layer: LayerId) =>
    atlas.features
      .map((feature) => feature.properties)
      .filter((properties) => properties.layer === layer)
      .sort(
        (a, b) =>
          (b.severity ?? 0) - (a.severity ?? 0) || a.name[language].localeCompare(b.name[language], language),
      );
  return (
    <nav className="panel-section feature-nav" aria-label={t('featuresNavLabel')}>
      <h2 id={FEATURE_LIST_ID} tabIndex={-1}>
        {t('featuresHeading')}
      </h2>
      {LAYER_IDS.map((layer) => (
        <LayerGroup key={layer} layer={layer} features={byLayer(layer)} />
      ))}
    </nav>
  );
}
