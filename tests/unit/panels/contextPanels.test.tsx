// @vitest-environment jsdom
// The panels the map opens: the overlap picker and "What's here", driven here through the store as the map does.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../../../src/i18n/dictionaries';
import { forgetAdminLookup, type AdminLookup } from '../../../src/panels/adminLookup';
import { ContextPanel } from '../../../src/panels/ContextPanel';
import { useAtlasStore } from '../../../src/state/store';
import { fixtureAtlas, fixtureCompiledAtlas, serveFixtureFiles } from './fixtureAtlas';
import { failure } from '../support/loadFailure';

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

// Russian loads on demand in the app; these tests switch to it directly.
beforeAll(() => loadLanguage('ru'));

let served: { requested: string[] } = { requested: [] };

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  store().setData({ kind: 'ready', atlas: fixtureAtlas() });
  served = serveFixtureFiles();
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

describe('features that overlap where the reader clicked', () => {
  it('opens the topmost at once and offers the others as "Also here"', () => {
    render(<ContextPanel />);
    act(() => store().selectFeature('xing-astara', ['xing-astara', 'evac-road', 'risk-north-iran']));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Astara crossing' })).toBeTruthy();
    const alsoHere = within(details).getByRole('navigation', { name: 'Also here' });
    expect(
      within(alsoHere)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Evacuation roadEvacuation routes', 'Northern IranRisk zones']);
    fireEvent.click(within(alsoHere).getByRole('button', { name: /Evacuation road/ }));
    expect(store().selectedId).toBe('evac-road');
    const next = screen.getByRole('region', { name: 'Details' });
    expect(within(next).getByRole('heading', { name: 'Evacuation road' })).toBeTruthy();
    // The crossing it came from is now one of the others.
    expect(
      within(within(next).getByRole('navigation', { name: 'Also here' }))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Astara crossingSites', 'Northern IranRisk zones']);
  });

  it('offers nothing more when the feature was chosen from a list rather than under the pointer', () => {
    render(<ContextPanel />);
    act(() => store().selectFeature('xing-astara', ['xing-astara', 'evac-road']));
    act(() => store().selectFeature('risk-war'));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).queryByRole('navigation', { name: 'Also here' })).toBeNull();
  });
});

describe('where new details start', () => {
  const scrollIntoView = vi.fn();
  beforeEach(() => {
    scrollIntoView.mockReset();
    // jsdom lays nothing out and has no scrollIntoView of its own.
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  /** Scrolls the box as a reader or a script would: its offset changes and a scroll event follows. */
  const scrollTo = (box: HTMLElement, top: number) => {
    Object.defineProperty(box, 'scrollTop', { value: top, configurable: true });
    fireEvent.scroll(box);
  };

  it('leaves a box at its top alone, and brings the start back into view where the box was scrolled', () => {
    render(
      <div data-testid="column">
        <ContextPanel />
      </div>,
    );
    const column = screen.getByTestId('column');
    act(() => store().selectFeature('xing-astara'));
    act(() => store().selectFeature('evac-road'));
    // Nothing to bring into view: asking the browser would lay out the page inside the click.
    expect(scrollIntoView).not.toHaveBeenCalled();

    scrollTo(column, 400);
    act(() => store().selectFeature('risk-war'));
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(column.querySelector('.context-panel'));
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' });

    scrollTo(column, 0);
    act(() => store().selectFeature('xing-samur'));
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
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
    await within(panel).findByRole('button', { name: 'War zone' });
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

  it('loads the geometries of only the zones whose boxes hold the point', async () => {
    render(<ContextPanel />);
    act(() => store().showWhatsHere([46, 38.5]));
    const panel = await screen.findByRole('region', { name: 'What’s here' });
    await within(panel).findByRole('button', { name: 'Northern Iran' });
    expect(served.requested).toEqual(['geometry/risk-0.json']);
  });

  it('says when the zones cannot be looked up, and looks again on Retry', async () => {
    let fail = true;
    const files = fixtureCompiledAtlas();
    serveFixtureFiles(undefined, {
      chunk: async (chunk) => {
        if (fail) return failure(`geometry/${chunk}.json is not valid JSON (truncated or damaged).`);
        const geometries = files.features
          .filter((feature) => feature.properties.layer === 'risk')
          .map((feature) => ({ id: feature.properties.id, geometry: feature.geometry }));
        return { ok: true, value: { chunk, geometries } };
      },
    });
    render(<ContextPanel />);
    act(() => store().showWhatsHere([46, 38.5]));
    const panel = await screen.findByRole('region', { name: 'What’s here' });
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('The risk zones could not be looked up.');
    expect(alert.textContent).toContain('geometry/risk-0.json is not valid JSON');
    act(() => store().setLanguage('ru'));
    expect(within(panel).getByRole('alert').textContent).toContain('Зоны риска не удалось определить.');
    act(() => store().setLanguage('en'));
    fail = false;
    fireEvent.click(within(within(panel).getByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(await within(panel).findByRole('button', { name: 'War zone' })).toBeTruthy();
  });

  it('says when a point is in no province', async () => {
    render(<ContextPanel />);
    act(() => store().showWhatsHere([51, 41]));
    const panel = await screen.findByRole('region', { name: 'What’s here' });
    expect(await within(panel).findByText(/Outside the mapped provinces/)).toBeTruthy();
    expect(within(panel).getByText('No mapped risk zone covers this point.')).toBeTruthy();
  });
});
