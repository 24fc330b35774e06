// @vitest-environment jsdom
// In a file of its own: the Russian dictionary must not have loaded before the first hover, as on a page
// opened in English.
import { beforeEach, describe, expect, it } from 'vitest';
import { isLanguageLoaded, loadLanguage } from '../../src/i18n/dictionaries';
import { bindInteraction } from '../../src/map/interaction';
import { useAtlasStore } from '../../src/state/store';
import { pointerMap } from './support/pointerMap';

const collapsedSites = {
  layer: { id: 'sites-collapsed' },
  sourceLayer: 'sites-collapsed',
  properties: {
    id: 'collapsed:sites:3/40/20',
    layer: 'sites',
    count: 1234,
    west: 44.1,
    south: 39.5,
    east: 46.2,
    north: 41,
  },
};
const crossing = {
  layer: { id: 'sites-icons' },
  sourceLayer: 'sites',
  properties: { id: 'site-xing-astara', name_en: 'Astara crossing', name_ru: 'Пункт пропуска Астара' },
};

/** A map whose pointer rests over `underPointer`. */
function restingPointerMap(underPointer: readonly object[]) {
  const { map, move, fire, label, queries } = pointerMap({ underPointer });
  return { map, hover: () => move(), leave: () => fire('mouseout'), label, queries };
}

describe('the pointer label when the language changes under a resting pointer', () => {
  beforeEach(() => useAtlasStore.setState(useAtlasStore.getInitialState(), true));

  it("says a collapsed point's count in the new language at once, though its dictionary came after the hover", async () => {
    expect(isLanguageLoaded('ru')).toBe(false);
    const { map, hover, label } = restingPointerMap([collapsedSites]);
    const unbind = bindInteraction(map, useAtlasStore);
    hover();
    expect(label()).toBe('Sites: 1,234 here, too close together to draw at this zoom (click to zoom in)');
    await loadLanguage('ru');
    useAtlasStore.getState().setLanguage('ru');
    expect(label()).toMatch(/^Объекты: 1\s234 здесь/);
    useAtlasStore.getState().setLanguage('en');
    expect(label()).toMatch(/^Sites: 1,234 here/);
    unbind();
  });

  it('names a feature in the new language, and leaves the label alone when the language stays', () => {
    const { map, hover, label, queries } = restingPointerMap([crossing]);
    const unbind = bindInteraction(map, useAtlasStore);
    hover();
    expect(label()).toBe('Astara crossing');
    useAtlasStore.getState().setLanguage('ru');
    expect(label()).toBe('Пункт пропуска Астара');
    const asked = queries();
    useAtlasStore.getState().setHovered(null);
    expect(queries()).toBe(asked);
    unbind();
  });

  it('stays away once the pointer has left the map', () => {
    const { map, hover, leave, label } = restingPointerMap([crossing]);
    const unbind = bindInteraction(map, useAtlasStore);
    hover();
    leave();
    useAtlasStore.getState().setLanguage('ru');
    expect(label()).toBeNull();
    unbind();
  });
});
