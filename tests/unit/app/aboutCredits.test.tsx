// @vitest-environment jsdom
// The About dialog's credits: each source for what it gave, in the interface language.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import AboutDialog from '../../../src/app/AboutDialog';
import { loadLanguage } from '../../../src/i18n/dictionaries';
import { useAtlasStore } from '../../../src/state/store';

const credits = () => [...document.querySelectorAll('.about-dialog li')].map((item) => item.textContent);

describe('the credits in About', () => {
  beforeAll(async () => {
    await loadLanguage('ru');
    // jsdom draws no dialogs: opening one only has to mark it open.
    HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  });
  beforeEach(() => useAtlasStore.setState(useAtlasStore.getInitialState(), true));
  afterEach(cleanup);

  it('name each source for what it gave: lakes from GSHHG, and GeoNames, whose licence asks for credit', () => {
    render(<AboutDialog opens={1} />);
    expect(screen.getByRole('heading', { name: 'About this map' })).toBeTruthy();
    expect(credits()).toEqual([
      'Natural Earth (public domain): countries, borders, provinces.',
      'GSHHG / WDBII (Wessel & Smith), LGPL-3: rivers, lakes.',
      'GeoNames (CC BY 4.0): the towns routes are drawn through, and place names the editor proposes.',
      'Noto Sans (SIL Open Font License 1.1): labels.',
    ]);
  });

  it('speak Russian in the Russian interface', () => {
    render(<AboutDialog opens={1} />);
    act(() => useAtlasStore.getState().setLanguage('ru'));
    expect(credits()).toContain('GSHHG / WDBII (Wessel & Smith), LGPL-3: реки, озёра.');
    expect(credits().every((line) => !/borders|labels|rivers/.test(line ?? ''))).toBe(true);
  });
});
