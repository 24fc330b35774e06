// Tools that act on the view as a whole: jump to a named region, share a link to what is on screen.
import { RegionPicker } from './RegionPicker';
import { ShareButton } from './ShareButton';

export function MapToolbar() {
  return (
    <div className="map-toolbar" role="toolbar" aria-label="View">
      <RegionPicker />
      <ShareButton />
    </div>
  );
}
