// @vitest-environment jsdom
// The details rendered once, hidden and off the page, before the first click: rendered for real, but with
// none of their effects (no fetch, no focus) and not kept.
import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import type * as ReactDomClient from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const rendered: string[] = [];
const effects: string[] = [];
/** Every root made while a test runs, with its container and whether it was unmounted. */
const roots: Array<{ container: Node; unmounted: () => boolean }> = [];

vi.mock('react-dom/client', async (importOriginal) => {
  const real = await importOriginal<typeof ReactDomClient>();
  return {
    ...real,
    createRoot: (...args: Parameters<typeof real.createRoot>) => {
      const root = real.createRoot(...args);
      const unmount = root.unmount.bind(root);
      let unmounted = false;
      root.unmount = () => {
        unmounted = true;
        unmount();
      };
      roots.push({ container: args[0], unmounted: () => unmounted });
      return root;
    },
  };
});

vi.mock('../../../src/panels/FeatureDetails', () => ({
  FeatureDetails: ({ id }: { id: string }) => {
    rendered.push(id);
    useEffect(() => {
      effects.push(id);
    }, [id]);
    return <h2>{id}</h2>;
  },
}));

const { warmFeatureDetails, useWarmDetails, forgetWarmDetails, oneFeaturePerLayer } =
  await import('../../../src/panels/warmDetails');
const { useAtlasStore } = await import('../../../src/state/store');
const { fixtureAtlas } = await import('./fixtureAtlas');

function Warmer() {
  useWarmDetails();
  return null;
}

/** Runs React's idle-priority work and the timers the warm-up waits on, as an idle page would. */
async function letThePageIdle() {
  for (let round = 0; round < 5; round += 1)
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500);
    });
}

beforeEach(() => {
  vi.useFakeTimers();
  rendered.length = 0;
  effects.length = 0;
  roots.length = 0;
  forgetWarmDetails();
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('warming the details', () => {
  it('renders them hidden, off the page, runs none of their effects, and lets the root go', async () => {
    warmFeatureDetails(['xing-astara', 'evac-road']);
    await letThePageIdle();
    expect(rendered).toEqual(['xing-astara', 'evac-road']);
    expect(effects).toEqual([]);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.container.isConnected).toBe(false);
    expect(roots[0]?.unmounted()).toBe(true);
    expect(roots[0]?.container.childNodes).toHaveLength(0);
  });

  it('warms the first feature once the atlas is loaded and nothing is selected, and only once a page', async () => {
    render(<Warmer />);
    await letThePageIdle();
    expect(rendered).toEqual([]);
    act(() => useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() }));
    await letThePageIdle();
    // Not while the map is still loading its first view: the warm-up would delay it.
    expect(rendered).toEqual([]);
    act(() => useAtlasStore.getState().setMapStatus({ kind: 'ready' }));
    await letThePageIdle();
    expect(new Set(rendered)).toEqual(new Set(oneFeaturePerLayer(fixtureAtlas())));
    expect(effects).toEqual([]);

    rendered.length = 0;
    cleanup();
    render(<Warmer />);
    await letThePageIdle();
    expect(rendered).toEqual([]);
  });

  it('picks the first feature of each layer', () => {
    const atlas = fixtureAtlas();
    const picked = oneFeaturePerLayer(atlas);
    const layers = new Set(atlas.features.map((feature) => feature.properties.layer));
    expect(picked).toHaveLength(layers.size);
    for (const layer of layers)
      expect(picked).toContain(
        atlas.features.find((feature) => feature.properties.layer === layer)?.properties.id,
      );
  });

  it('leaves a page opened on a selection alone', async () => {
    useAtlasStore.getState().setMapStatus({ kind: 'ready' });
    useAtlasStore.getState().selectFeature('risk-war');
    useAtlasStore.getState().setData({ kind: 'ready', atlas: fixtureAtlas() });
    render(<Warmer />);
    await letThePageIdle();
    expect(rendered).toEqual([]);
  });
});
