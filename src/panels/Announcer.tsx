// A polite live region that tells screen-reader users what a choice changed elsewhere on the page.
import { useLanguage, useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { useAtlas } from './useAtlas';

export function Announcer() {
  const t = useT();
  const language = useLanguage();
  const atlas = useAtlas();
  const selectedId = useAtlasStore((state) => state.selectedId);
  let message = '';
  if (atlas && selectedId !== null) {
    const name =
      atlas.features.find((feature) => feature.properties.id === selectedId)?.properties.name ??
      atlas.notMapped.find((risk) => risk.id === selectedId)?.name;
    if (name) message = t('detailsShown', { name: name[language] });
  }
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
