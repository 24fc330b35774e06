// Well-known text (OGC Simple Features) for the geometries an atlas feature can have.
import type { Geometry, Position } from '../data/schema';

const position = ([lng, lat]: Position) => `${lng} ${lat}`;
const ring = (positions: readonly Position[]) => `(${positions.map(position).join(', ')})`;
const rings = (list: readonly (readonly Position[])[]) => `(${list.map(ring).join(', ')})`;

export function geometryToWkt(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return `POINT (${position(geometry.coordinates)})`;
    case 'LineString':
      return geometry.coordinates.length === 0
        ? 'LINESTRING EMPTY'
        : `LINESTRING ${ring(geometry.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING ${rings(geometry.coordinates)}`;
    case 'Polygon':
      return `POLYGON ${rings(geometry.coordinates)}`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${geometry.coordinates.map(rings).join(', ')})`;
  }
}
