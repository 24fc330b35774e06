// A feature's name as a small button in its layer colour: choosing it selects the feature and fits the map.
// Risks the text names without a place get a dashed chip that opens their details but never moves the map.
import type { Selectable } from '../data/atlasIndex';
import { useLanguage, useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { revealAndChooseFeature } from './choose';
import { featureColour, severityColour } from './colours';
import { ColourDot } from './LayerSwatch';
import { useHoverHighlight } from './useHoverHighlight';

export function FeatureChip({ target }: { target: Selectable }) {
  const t = useT();
  const language = useLanguage();
  const id = target.kind === 'feature' ? target.feature.properties.id : target.risk.id;
  const selected = useAtlasStore((state) => state.selectedId === id);
  const selectFeature = useAtlasStore((state) => state.selectFeature);
  const hover = useHoverHighlight(id);

  if (target.kind === 'not-mapped') {
    return (
      <button
        type="button"
        className="chip chip-not-mapped"
        data-selected={selected ? 'true' : undefined}
        onClick={() => selectFeature(id)}
      >
        <ColourDot colour={severityColour(target.risk.severity)} />
        {target.risk.name[language]}
        <span className="chip-note">{t('notMappedChipSuffix')}</span>
      </button>
    );
  }
  const { properties } = target.feature;
  return (
    <button
      type="button"
      className="chip"
      style={{ borderColor: featureColour(properties) }}
      data-selected={selected ? 'true' : undefined}
      onClick={() => revealAndChooseFeature(id)}
      {...hover}
    >
      <ColourDot colour={featureColour(properties)} />
      {properties.name[language]}
    </button>
  );
}
