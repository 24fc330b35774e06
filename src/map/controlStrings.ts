// MapLibre's own controls (zoom, full screen, credits, scale) and the map canvas, in the reader's language.
// MapLibre reads these strings from the map's locale when a control is drawn or changes state (the
// full-screen button's label, the scale's unit as the map moves); the locale has no public setter, so a
// new language replaces the table and the controls are drawn again.
import { translate, type Language } from '../i18n/dictionaries';

/** The entries of MapLibre's locale table that the map shows, in `language`. */
export function maplibreLocale(language: Language): Record<string, string> {
  return {
    'Map.Title': translate(language, 'mapCanvasLabel'),
    'NavigationControl.ZoomIn': translate(language, 'mapZoomIn'),
    'NavigationControl.ZoomOut': translate(language, 'mapZoomOut'),
    'FullscreenControl.Enter': translate(language, 'mapFullscreenEnter'),
    'FullscreenControl.Exit': translate(language, 'mapFullscreenExit'),
    'AttributionControl.ToggleAttribution': translate(language, 'mapCreditsToggle'),
    'ScaleControl.Kilometers': translate(language, 'mapScaleKilometres'),
    'ScaleControl.Meters': translate(language, 'mapScaleMetres'),
  };
}
