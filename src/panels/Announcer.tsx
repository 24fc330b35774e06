// A polite live region that tells screen-reader users what a choice changed elsewhere on the page.
import { useLanguage, useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';
import { selectableName } from '../data/atlasIndex';
import { useAtlasIndex } from './useAtlas';

export function Announcer() {
  const t = useT();
  const language = useLanguage();
  const index = useAtlasIndex();
  const selectedId = useAtlasStore((state) => state.selectedId);
  const selected = selectedId !== null ? index?.selectablesById.get(selectedId) : undefined;
  const message = selected ? t('detailsShown', { name: selectableName(selected)[language] }) : '';
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
