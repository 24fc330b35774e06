// Printing lays the page out anew at the paper's width, and a WebGL canvas resized for that is blank until
// its next frame: before printing, the map's frame is copied to a plain 2D canvas that prints as it is.
// The printed page also says where it came from and when (print.css writes these out).
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../state/store';
import { currentLink } from '../state/urlSync';

export function keepMapInPrint(map: MaplibreMap): void {
  let copy: HTMLCanvasElement | undefined;
  addEventListener('beforeprint', () => {
    const { dataset } = document.body;
    const state = useAtlasStore.getState();
    dataset['printLink'] = currentLink(state, location);
    dataset['printDate'] = new Date().toLocaleDateString(state.language, { dateStyle: 'long' });
    // Drawn and read in one task, before the browser clears the WebGL drawing buffer.
    map.redraw();
    const source = map.getCanvas();
    copy = document.createElement('canvas');
    copy.className = 'map-print-copy';
    copy.width = source.width;
    copy.height = source.height;
    copy.getContext('2d')?.drawImage(source, 0, 0);
    map.getContainer().append(copy);
  });
  addEventListener('afterprint', () => copy?.remove());
}
