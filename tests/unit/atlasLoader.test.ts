import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAtlasIntoStore } from '../../src/app/useAtlasLoader';
import { useAtlasStore } from '../../src/state/store';

const atlasText = readFileSync('public/data/index.json', 'utf8');

describe('loading the atlas into the store', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    useAtlasStore.getState().setMapStatus({ kind: 'loading' });
  });

  it('does not download while the map is still loading, and loads once it is drawn', async () => {
    const fetchSpy = vi.fn(async () => new Response(atlasText));
    vi.stubGlobal('fetch', fetchSpy);
    useAtlasStore.getState().setMapStatus({ kind: 'loading' });
    const loaded = loadAtlasIntoStore();
    expect(useAtlasStore.getState().data.kind).toBe('loading');
    useAtlasStore.getState().reportMapLoadActivity();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchSpy).not.toHaveBeenCalled();
    useAtlasStore.getState().setMapStatus({ kind: 'ready' });
    await loaded;
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(useAtlasStore.getState().data.kind).toBe('ready');
  });

  it('loads at once when the map cannot be drawn', async () => {
    const fetchSpy = vi.fn(async () => new Response(atlasText));
    vi.stubGlobal('fetch', fetchSpy);
    useAtlasStore.getState().setMapStatus({ kind: 'no-webgl', detail: 'none' });
    await loadAtlasIntoStore();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(useAtlasStore.getState().data.kind).toBe('ready');
  });
});
