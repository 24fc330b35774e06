// Turns raw coordinate arrays into tidy RFC 7946 geometries and writes
// FeatureCollections byte for byte the same on every run.

function roundTo(decimals) {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0 so that JSON never prints "-0".
  return (value) => Math.round(value * factor) / factor + 0;
}

function roundPositions(positions, decimals) {
  const round = roundTo(decimals);
  const rounded = [];
  for (const [lon, lat] of positions) {
    const position = [round(lon), round(lat)];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) rounded.push(position);
  }
  return rounded;
}

/** Twice the signed planar area; positive for counter-clockwise rings. */
export function signedArea(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  }
  return sum;
}

function tidyRing(ring, decimals, counterClockwise) {
  const rounded = roundPositions(ring, decimals);
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) rounded.push(first);
  const area = signedArea(rounded);
  if (rounded.length < 4 || area === 0) return null;
  return area > 0 === counterClockwise ? rounded : rounded.reverse();
}

/**
 * Polygons (arrays of rings, exterior first) to a Polygon or MultiPolygon with
 * rounded coordinates and RFC 7946 winding, or null if nothing survives.
 */
export function polygonGeometry(polygons, decimals) {
  const tidy = polygons.flatMap(([exterior, ...holes]) => {
    const outer = tidyRing(exterior, decimals, true);
    if (!outer) return [];
    return [[outer, ...holes.map((hole) => tidyRing(hole, decimals, false)).filter(Boolean)]];
  });
  if (tidy.length === 0) return null;
  return tidy.length === 1
    ? { type: 'Polygon', coordinates: tidy[0] }
    : { type: 'MultiPolygon', coordinates: tidy };
}

/** Polylines to a LineString or MultiLineString with rounded coordinates, or null. */
export function lineGeometry(lines, decimals) {
  const tidy = lines.map((line) => roundPositions(line, decimals)).filter((l) => l.length >= 2);
  if (tidy.length === 0) return null;
  return tidy.length === 1
    ? { type: 'LineString', coordinates: tidy[0] }
    : { type: 'MultiLineString', coordinates: tidy };
}

export function pointGeometry([lon, lat], decimals) {
  const round = roundTo(decimals);
  return { type: 'Point', coordinates: [round(lon), round(lat)] };
}

/** Polygon or MultiPolygon geometry to a list of polygons. */
export function polygonsOf(geometry) {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** LineString or MultiLineString geometry to a list of polylines. */
export function linesOf(geometry) {
  if (!geometry) return [];
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

export function feature(properties, geometry) {
  return { type: 'Feature', properties, geometry };
}

/**
 * One feature per line keeps diffs of the committed files readable at a cost
 * of one byte per feature. Callers sort features and build properties in a
 * fixed key order, so the text depends on the input alone.
 */
export function featureCollectionText(features) {
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
