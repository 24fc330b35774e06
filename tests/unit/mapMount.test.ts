// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Without a WebGL context MapLibre's constructor throws: the path a browser without WebGL takes.
async function freshMapMount() {
  vi.resetModules();
  const { startMap, placeMap } = await import('../../src/map/mapMount');
  const { useAtlasStore } = await import('../../src/state/store');
  return { startMap, placeMap, store: useAtlasStore };
}

describe('starting and placing the map', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    // What a browser without WebGL answers (jsdom would log that it has no canvas at all).
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it('says the map cannot be drawn when MapLibre finds no WebGL', async () => {
    const { startMap, store } = await freshMapMount();
    const shell = document.createElement('div');
    document.body.append(shell);
    startMap(shell);
    const status = store.getState().mapStatus;
    expect(status.kind).toBe('no-webgl');
    expect(status.kind === 'no-webgl' && status.detail.length).toBeGreaterThan(0);
  });

  it('moves the container it started the map in into the host React gives it', async () => {
    const { startMap, placeMap } = await freshMapMount();
    const shell = document.createElement('section');
    const container = document.createElement('div');
    shell.append(container);
    document.body.append(shell);
    startMap(container);
    const host = document.createElement('div');
    document.body.append(host);
    placeMap(host);
    expect(container.parentElement).toBe(host);
    expect(shell.children).toHaveLength(0);
    placeMap(host);
    expect(host.children).toHaveLength(1);
  });

  it('starts one map per page', async () => {
    const { startMap, placeMap } = await freshMapMount();
    const first = document.createElement('div');
    const second = document.createElement('div');
    startMap(first);
    startMap(second);
    const host = document.createElement('div');
    placeMap(host);
    expect(host.firstElementChild).toBe(first);
  });
});
