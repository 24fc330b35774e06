// @vitest-environment jsdom
// The panels the map opens: the overlap picker and "What's here", driven here through the store as the map does.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetAdminLookup, type AdminLookup } from '../../../src/panels/adminLookup';
import { ContextPanel } from '../../../src/panels/ContextPanel';
import { useAtlasStore } from '../../../src/state/store';
import { fixtureAtlas } from './fixtureAtlas';

const store = () => useAtlasStore.getState();

const lookup: AdminLookup = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [45, 37],
            [48, 37],
            [48, 39],
            [45, 39],
            [45, 37],
          ],
        ],
      },
      properties: {
        adm1_code: 'IRN-1',
        name_en: 'Ardabil',
        name_ru: 'Ардебиль',
        adm0_a3: 'IRN',
        country_name_en: 'Iran',
        country_name_ru: 'Иран',
        disputed_id: null,
      },
    },
  ],
};

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  store().setData({ kind: 'ready', atlas: fixtureAtlas() });
  forgetAdminLookup();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(lookup))),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the overlap picker', () => {
  it('lists the features under the click and opens the one picked', async () => {
    render(<ContextPanel />);
    act(() =>
      store().offerPick({ ids: ['xing-astara', 'evac-road', 'risk-north-iran'], lngLat: [48.87, 38.44] }),
    );
    const picker = await screen.findByRole('region', { name: 'Features here' });
    const choices = within(picker).getAllByRole('button', { name: /crossing|road|Iran/ });
    expect(choices.map((button) => button.textContent)).toEqual([
      'Astara crossingSites',
      'Evacuation roadEvacuation routes',
      'Northern IranRisk zones',
    ]);
    fireEvent.click(within(picker).getByRole('button', { name: /Evacuation road/ }));
    expect(store().selectedId).toBe('evac-road');
    expect(store().pickCandidates).toBeNull();
    expect(screen.queryByRole('region', { name: 'Features here' })).toBeNull();
    expect(
      within(screen.getByRole('region', { name: 'Details' })).getByRole('heading', {
        name: 'Evacuation road',
      }),
    );
  });

  it('closes without choosing', async () => {
    render(<ContextPanel />);
    act(() => store().offerPick({ ids: ['xing-astara', 'evac-road'], lngLat: [48.87, 38.44] }));
    fireEvent.click(await screen.findByRole('button', { name: 'Close the list' }));
    expect(store().pickCandidates).toBeNull();
    expect(store().selectedId).toBeNull();
  });
});

describe('what is here', () => {
  it('names the province, the country, the zones and the nearest crossing of a clicked point', async () => {
    render(<ContextPanel />);
    act(() => store().showWhatsHere([46, 38.5]));
    const panel = await screen.findByRole('region', { name: 'What’s here' });
    expect(await within(panel).findByText('Ardabil')).toBeTruthy();
    expect(within(panel).getByText('Iran')).toBeTruthy();
    expect(within(panel).getByText('38.5° N, 46° E')).toBeTruthy();
    const zones = within(panel)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(zones).toContain('War zone');
    expect(zones).toContain('Northern Iran');
    expect(within(panel).getByRole('button', { name: 'Astara crossing' })).toBeTruthy();
    expect(within(panel).getByText(/about \d+ km away/)).toBeTruthy();
    expect(vi.mocked(fetch)).toHaveBeenCalledWith('basemap/admin-lookup.geojson');

    fireEvent.click(within(panel).getByRole('button', { name: 'War zone' }));
    expect(store().selectedId).toBe('risk-war');
    expect(store().whatsHereAt).toBeNull();
  });

  it('says when a point is in no province', async () => {
    render(<ContextPanel />);
    act(() => store().showWhatsHere([51, 41]));
    const panel = await screen.findByRole('region', { name: 'What’s here' });
    expect(await within(panel).findByText(/Outside the mapped provinces/)).toBeTruthy();
    expect(within(panel).getByText('No mapped risk zone covers this point.')).toBeTruthy();
  });
});
