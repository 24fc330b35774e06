// What an embedded map shows over itself: a compact legend that opens and closes, the details of what the
// reader clicks in a small panel, and a link to the full view in Risk Atlas (a new tab, never the embed).
import { useId, useState } from 'react';
import { LAYER_IDS } from '../data/layerIds';
import { layerLabel, severityFloorLabel } from '../i18n/dictionaries';
import { useShareT } from '../i18n/shareStrings';
import { useLanguage } from '../i18n/useT';
import { ContextPanel } from '../panels/ContextPanel';
import { LayerSwatch } from '../panels/LayerSwatch';
import { useAtlasStore } from '../state/store';
import { currentLink } from '../state/urlSync';
import './embed.css';

function CompactLegend() {
  const t = useShareT();
  const language = useLanguage();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const visibleLayers = useAtlasStore((state) => state.visibleLayers);
  const minSeverity = useAtlasStore((state) => state.minSeverity);
  const shown = LAYER_IDS.filter((layer) => visibleLayers[layer]);
  return (
    <div className="embed-legend">
      <button type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {t('legendHeading')}
      </button>
      <ul id={listId} hidden={!open}>
        {shown.map((layer) => (
          <li key={layer}>
            <LayerSwatch layer={layer} />
            {layerLabel(language, layer)}
            {layer === 'risk' && minSeverity > 1 && (
              <span className="embed-legend-note"> ({severityFloorLabel(language, minSeverity)})</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function EmbedOverlay({ contentShown }: { contentShown: boolean }) {
  const t = useShareT();
  // The link a reader would share: the full app at this view, never the embed's layout.
  const link = useAtlasStore((state) => currentLink(state, window.location));
  return (
    <>
      <CompactLegend />
      <a className="embed-open" href={link} target="_blank" rel="noopener">
        {t('openInAtlas')}
      </a>
      {contentShown && (
        <div className="embed-details">
          <ContextPanel />
        </div>
      )}
    </>
  );
}
