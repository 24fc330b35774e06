// MapLibre compiles a shader program for each layer type and each mix of paint properties that are the
// same for every feature, vary by feature, or vary by feature and zoom. With software WebGL every program
// stops the page while it compiles (tens of milliseconds each, at the first frame that needs it), so the
// overlay layers of one type keep one mix: a property that happens to be the same for every feature of a
// layer is still written as one that varies by feature. tests/unit/shaderPrograms.test.ts counts them.
import type { ExpressionSpecification } from 'maplibre-gl';

/** A property no feature has: the value below is what every feature gets. */
const NEVER_SET = 'risk-atlas:unset';

/** `value` for every feature, as a property that varies by feature. */
export function perFeature(value: number | string): ExpressionSpecification {
  return ['coalesce', ['get', NEVER_SET], value];
}

/** A by-feature `value` (fixed, or an expression of the feature) as a property of feature and zoom. */
export function perFeatureAndZoom(value: number | ExpressionSpecification): ExpressionSpecification {
  const byFeature = typeof value === 'number' ? perFeature(value) : value;
  return ['interpolate', ['linear'], ['zoom'], 0, byFeature, 22, byFeature];
}

/** A width that follows the zoom through `stops` ([zoom, value] pairs), as a property of feature and zoom. */
export function perFeatureByZoom(stops: ReadonlyArray<readonly [number, number]>): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flatMap(([zoom, value]) => [zoom, perFeature(value)]),
  ] as ExpressionSpecification;
}

/** The by-feature colour, opacity and blur every line layer of the map shares (dashed ones leave out the opacity). */
export function sharedLinePaint(colour: string, options: { dashed?: boolean } = {}) {
  return {
    'line-color': perFeature(colour),
    'line-blur': perFeature(0),
    ...(options.dashed ? {} : { 'line-opacity': perFeature(1) }),
  };
}
