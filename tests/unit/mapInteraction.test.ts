// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/dictionaries';
import { bindInteraction, featuresAt, resolveClick } from '../../src/map/interaction';
import { claimMapPointer } from '../../src/map/mapInstance';
import { useAtlasStore } from '../../src/state/store';
import { pointerMap } from './support/pointerMap';

describe('hovering the map', () => {
  beforeEach(() => useAtlasStore.setState(useAtlasStore.getInitialState(), true));

  it('asks what is under the pointer wherever it comes to rest', () => {
    const { map, move, queries } = pointerMap();
    const unbind = bindInteraction(map, useAtlasStore);
    move(0, { x: 10, y: 10 });
    move(0, { x: 14, y: 10 });
    expect(queries()).toBe(2);
    unbind();
  });

  it('answers a click where the pointer rests from the hover, unless anything that decides the answer changed', () => {
    const { map, move, click, fire, queries } = pointerMap();
    const unbind = bindInteraction(map, useAtlasStore);
    move(0);
    click();
    expect(queries()).toBe(1);
    // Elsewhere: asked afresh.
    click({ x: 30, y: 10 });
    expect(queries()).toBe(2);

    const afresh = (change: () => void) => {
      move(0);
      const before = queries();
      change();
      click();
      return queries() - before;
    };
    // The camera, a tile or the style, the map's size, the pointer leaving the map.
    for (const type of ['move', 'data', 'resize', 'mouseout', 'movestart'])
      expect(
        afresh(() => fire(type)),
        type,
      ).toBe(1);
    // The store's layers, filters and data.
    const store = useAtlasStore.getState();
    expect(afresh(() => store.setLayerVisible('sites', false))).toBe(1);
    expect(afresh(() => store.setMinSeverity(3))).toBe(1);
    expect(afresh(() => store.setData({ kind: 'loading' }))).toBe(1);
    // A hover highlight, a selection: nothing under the pointer changes.
    expect(afresh(() => store.setHovered('some-feature'))).toBe(0);
    unbind();
  });

  it('asks nothing while the map is dragged or still moving, and drops the hover', () => {
    let moving = false;
    const { map, move, queries } = pointerMap({ moving: () => moving });
    const unbind = bindInteraction(map, useAtlasStore);
    useAtlasStore.getState().setHovered('some-feature');
    move(1);
    expect(queries()).toBe(0);
    expect(useAtlasStore.getState().hoveredId).toBeNull();
    moving = true;
    move(0);
    expect(queries()).toBe(0);
    moving = false;
    move(0);
    expect(queries()).toBe(1);
    unbind();
  });

  it("leaves clicks, hovers and Enter to the editor's drawing while it has the pointer", () => {
    const { map, move, click, queries } = pointerMap();
    const container = map.getCanvasContainer();
    const unbind = bindInteraction(map, useAtlasStore);
    let drawing = true;
    const release = claimMapPointer(() => drawing);
    try {
      useAtlasStore.getState().setHovered('some-feature');
      map.getCanvas().style.cursor = 'crosshair';
      move(0);
      click();
      container.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      expect(queries()).toBe(0);
      // The cursor is the drawing's.
      expect(map.getCanvas().style.cursor).toBe('crosshair');
      expect(useAtlasStore.getState().hoveredId).toBeNull();
      expect(useAtlasStore.getState().whatsHereAt).toBeNull();
      // A finished shape no longer being edited gives the pointer back, and so does closing the editor.
      drawing = false;
      click();
      expect(useAtlasStore.getState().whatsHereAt).not.toBeNull();
      drawing = true;
    } finally {
      release();
    }
    click({ x: 30, y: 10 });
    expect(queries()).toBe(2);
    unbind();
  });

  it('drops the hover when the map starts moving under a resting pointer', () => {
    const { map, fire } = pointerMap();
    const unbind = bindInteraction(map, useAtlasStore);
    useAtlasStore.getState().setHovered('some-feature');
    fire('movestart');
    expect(useAtlasStore.getState().hoveredId).toBeNull();
    unbind();
  });
});

describe('a collapsed point (a count of features, not a feature)', () => {
  beforeEach(() => useAtlasStore.setState(useAtlasStore.getInitialState(), true));

  /** A layer's collapsed point as MapLibre answers it: its count and the bounds of what it counts. */
  const collapsedPointOf = (layer: string, count: number, [west, south, east, north]: number[]) => ({
    layer: { id: `${layer}-collapsed` },
    sourceLayer: `${layer}-collapsed`,
    properties: { id: `collapsed:${layer}:3/40/20`, layer, count, west, south, east, north },
  });
  const collapsedPoint = collapsedPointOf('sites', 1234, [44.1, 39.5, 46.2, 41]);
  const crossing = {
    layer: { id: 'sites-icons' },
    sourceLayer: 'sites',
    properties: { id: 'site-xing-astara', name_en: 'Astara crossing', name_ru: 'Астара' },
  };

  /** A map with the collapsed point over a real feature under the pointer and at its centre. */
  const mapWithCollapsedPoint = (underPointer: readonly object[] = [crossing, collapsedPoint]) =>
    pointerMap({ underPointer });

  it('zooms to the features it counts on click, selecting nothing', () => {
    const { map, click } = mapWithCollapsedPoint();
    const unbind = bindInteraction(map, useAtlasStore);
    click();
    const state = useAtlasStore.getState();
    expect(state.cameraRequest).toMatchObject({ kind: 'fit', bounds: [44.1, 39.5, 46.2, 41] });
    expect(state.selectedId).toBeNull();
    expect(state.whatsHereAt).toBeNull();
    unbind();
  });

  it('zooms in on Enter at the map centre, the keyboard path', () => {
    const { map } = mapWithCollapsedPoint();
    const unbind = bindInteraction(map, useAtlasStore);
    map.getCanvasContainer().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(useAtlasStore.getState().cameraRequest).toMatchObject({ kind: 'fit' });
    expect(useAtlasStore.getState().selectedId).toBeNull();
    unbind();
  });

  it('says how many features it stands for on hover, and highlights no feature', () => {
    const { map, move, label } = mapWithCollapsedPoint();
    const unbind = bindInteraction(map, useAtlasStore);
    move();
    expect(label()).toBe('Sites: 1,234 here, too close together to draw at this zoom (click to zoom in)');
    expect(useAtlasStore.getState().hoveredId).toBeNull();
    unbind();
  });

  it('says its count is over all dates and severities once the reader narrows either', () => {
    const { map, move, label } = mapWithCollapsedPoint();
    const unbind = bindInteraction(map, useAtlasStore);
    useAtlasStore.setState({ dateRange: { from: '2026-03-07', to: null } });
    move();
    expect(label()).toBe(
      'Sites: 1,234 here over all dates and severities, too close together to draw at this zoom (click to zoom in)',
    );
    useAtlasStore.setState({ dateRange: { from: null, to: null }, minSeverity: 4 });
    move();
    expect(label()).toContain('over all dates and severities');
    useAtlasStore.setState({ minSeverity: 1 });
    move();
    expect(label()).toBe('Sites: 1,234 here, too close together to draw at this zoom (click to zoom in)');
    unbind();
  });

  it("names every layer's count where the layers' points lie on top of each other, and zooms to them all", async () => {
    await loadLanguage('ru');
    const riskPoint = collapsedPointOf('risk', 56, [43, 40, 45, 42.5]);
    // MapLibre's own order is not the drawing order here: the label still reads from the top down.
    const { map, move, click, label } = mapWithCollapsedPoint([riskPoint, crossing, collapsedPoint]);
    const unbind = bindInteraction(map, useAtlasStore);
    move();
    expect(label()).toBe(
      'Sites: 1,234, Risk zones: 56 here, too close together to draw at this zoom (click to zoom in)',
    );
    useAtlasStore.getState().setLanguage('ru');
    move();
    expect(label()).toMatch(/^Объекты: 1\s234, Зоны риска: 56 здесь/);
    expect(featuresAt(map, { x: 10, y: 10 }).map((hit) => hit.id)).toEqual([
      'collapsed:sites:3/40/20',
      'site-xing-astara',
    ]);
    click();
    expect(useAtlasStore.getState().cameraRequest).toMatchObject({
      kind: 'fit',
      bounds: [43, 39.5, 46.2, 42.5],
    });
    unbind();
  });

  it('is never offered as "Also here" beside a feature', () => {
    const hits = featuresAt(mapWithCollapsedPoint().map, { x: 10, y: 10 });
    expect(hits.map((hit) => hit.id)).toEqual(['collapsed:sites:3/40/20', 'site-xing-astara']);
    // Should a feature ever be on top of one, the collapsed point is still not offered beside it.
    const [collapsed, feature] = hits;
    resolveClick(useAtlasStore, [feature!, collapsed!], [45, 40]);
    expect(useAtlasStore.getState().selectedId).toBe('site-xing-astara');
    expect(useAtlasStore.getState().featuresUnderPointer).toEqual(['site-xing-astara']);
  });
});
