// "What's here" at a point: the risk zones covering it, the nearest border crossing, the province and country.
// Pure: the atlas and the province table are passed in.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { Atlas, LocalizedText } from '../data/schema';
import type { AdminLookup } from './adminLookup';

export type LngLat = [lng: number, lat: number];

export type WhatsHere = {
  point: LngLat;
  /** Risk zones containing the point, most severe first. */
  riskZones: Array<{ id: string; name: LocalizedText; severity: number }>;
  nearestCrossing: { id: string; name: LocalizedText; distanceKm: number } | null;
  /** null when the point is in no province (the sea, or outside the table); undefined when no table was given. */
  province: { code: string; name: LocalizedText; disputedId: string | null } | null | undefined;
  country: { code: string; name: LocalizedText } | null | undefined;
};

export function whatsHere(point: LngLat, atlas: Atlas, adminLookup: AdminLookup | null): WhatsHere {
  const riskZones: WhatsHere['riskZones'] = [];
  let nearestCrossing: WhatsHere['nearestCrossing'] = null;

  for (const feature of atlas.features) {
    const { properties: p, geometry } = feature;
    if (p.layer === 'risk' && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
      if (booleanPointInPolygon(point, geometry))
        riskZones.push({ id: p.id, name: p.name, severity: p.severity ?? 1 });
    }
    if (p.kind === 'border_crossing' && geometry.type === 'Point') {
      const km = distance(point, geometry.coordinates, { units: 'kilometers' });
      if (!nearestCrossing || km < nearestCrossing.distanceKm)
        nearestCrossing = { id: p.id, name: p.name, distanceKm: km };
    }
  }
  riskZones.sort((a, b) => b.severity - a.severity);
  if (nearestCrossing) nearestCrossing.distanceKm = Math.round(nearestCrossing.distanceKm);

  if (!adminLookup) return { point, riskZones, nearestCrossing, province: undefined, country: undefined };
  const hit = adminLookup.features.find((province) => booleanPointInPolygon(point, province.geometry));
  if (!hit) return { point, riskZones, nearestCrossing, province: null, country: null };
  const a = hit.properties;
  return {
    point,
    riskZones,
    nearestCrossing,
    province: { code: a.adm1_code, name: { en: a.name_en, ru: a.name_ru }, disputedId: a.disputed_id },
    country: { code: a.adm0_a3, name: { en: a.country_name_en, ru: a.country_name_ru } },
  };
}
