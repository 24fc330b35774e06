// When a map click hits several features: a short list to pick the one meant.
import { useId } from 'react';
import { useLanguage, useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { featureColour } from './colours';
import { ColourDot } from './LayerSwatch';
import { useAtlasIndex } from './useAtlas';
import { layerLabel } from '../i18n/dictionaries';

export default function PickList() {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const index = useAtlasIndex();
  const candidates = useAtlasStore((state) => state.pickCandidates);
  const selectFeature = useAtlasStore((state) => state.selectFeature);
  const offerPick = useAtlasStore((state) => state.offerPick);
  if (!candidates || !index) return null;
  const features = candidates.ids.flatMap((id) => {
    const feature = index.featuresById.get(id);
    return feature ? [feature.properties] : [];
  });
  return (
    <section className="panel-section pick-list" aria-label={t('pickRegion')}>
      <div className="details-header">
        <h2 id={headingId}>{t('pickHeading')}</h2>
        <button
          type="button"
          className="close-button"
          aria-label={t('closePick')}
          title={t('closePick')}
          onClick={() => offerPick(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="muted">{t('pickIntro')}</p>
      <ul className="plain-list" aria-labelledby={headingId}>
        {features.map((properties) => (
          <li key={properties.id}>
            <button
              type="button"
              className="feature-list-button"
              onClick={() => selectFeature(properties.id)}
            >
              <ColourDot colour={featureColour(properties)} />
              <span className="feature-list-name">{properties.name[language]}</span>
              <span className="feature-list-meta">{layerLabel(language, properties.layer)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
