// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HoverLabel, LABEL_OFFSET, placeLabel } from '../../src/map/hoverLabel';

describe('placing the hover label', () => {
  it('centres it above the pointer', () => {
    expect(placeLabel({ x: 300, y: 200 }, 100, 800)).toEqual({
      left: 300,
      top: 200 - LABEL_OFFSET,
      below: false,
    });
  });

  it('puts it below the pointer near the top edge', () => {
    expect(placeLabel({ x: 300, y: 10 }, 100, 800)).toEqual({
      left: 300,
      top: 10 + LABEL_OFFSET,
      below: true,
    });
  });

  it('pulls it in from the side edges so it is not cut off', () => {
    expect(placeLabel({ x: 5, y: 200 }, 100, 800).left).toBe(54);
    expect(placeLabel({ x: 795, y: 200 }, 100, 800).left).toBe(746);
  });

  it('centres a label wider than the map', () => {
    expect(placeLabel({ x: 20, y: 200 }, 900, 800).left).toBe(400);
  });
});

describe('the hover label', () => {
  it('shows the text as text, in the map, and goes away', () => {
    const host = document.createElement('div');
    const label = new HoverLabel(host);
    expect(label.shown).toBe(false);
    label.show({ x: 40, y: 100 }, '<b>Aktau</b>');
    const element = host.querySelector('.map-tooltip');
    expect(element?.textContent).toBe('<b>Aktau</b>');
    expect(element?.children).toHaveLength(0);
    expect(element?.getAttribute('aria-hidden')).toBe('true');
    expect(label.shown).toBe(true);
    label.hide();
    expect(host.querySelector('.map-tooltip')).toBeNull();
    expect(label.shown).toBe(false);
  });

  it('flips below the pointer near the top edge', () => {
    const host = document.createElement('div');
    const label = new HoverLabel(host);
    label.show({ x: 40, y: 5 }, 'Baku');
    expect(host.querySelector('.map-tooltip')?.classList.contains('map-tooltip-below')).toBe(true);
    label.show({ x: 40, y: 300 }, 'Baku');
    expect(host.querySelector('.map-tooltip')?.classList.contains('map-tooltip-below')).toBe(false);
  });
});

describe('measuring the hover label', () => {
  it('measures a name once, not on every pointer move', () => {
    const host = document.createElement('div');
    const label = new HoverLabel(host);
    let measured = 0;
    label.show({ x: 40, y: 100 }, 'Baku');
    const element = host.querySelector('.map-tooltip') as HTMLElement;
    Object.defineProperty(element, 'offsetWidth', {
      get: () => {
        measured += 1;
        return 80;
      },
    });
    label.show({ x: 41, y: 100 }, 'Aktau');
    label.show({ x: 42, y: 100 }, 'Aktau');
    label.show({ x: 43, y: 100 }, 'Aktau');
    expect(measured).toBe(1);
    label.show({ x: 44, y: 100 }, 'Baku');
    expect(measured).toBe(2);
  });
});
