// Gazetteer places (geo/lib/places.json, sourced coordinates) for snapping a draft to a place by name.
import places from '../../geo/lib/places.json';
import type { Position } from '../data/schema';

export type GazetteerPlace = {
  id: string;
  nameEn: string;
  nameRu: string;
  at: Position;
  precisionKm?: number;
};

export const GAZETTEER: readonly GazetteerPlace[] = places.flatMap((place): GazetteerPlace[] =>
  'lon' in place && 'lat' in place && typeof place.lon === 'number' && typeof place.lat === 'number'
    ? [
        {
          id: place.id,
          nameEn: place.name_en,
          nameRu: place.name_ru,
          at: [place.lon, place.lat],
          ...('precision_km' in place && typeof place.precision_km === 'number'
            ? { precisionKm: place.precision_km }
            : {}),
        },
      ]
    : [],
);

const fold = (text: string) => text.trim().toLocaleLowerCase();

/** A place by its English or Russian name or its id, ignoring case. */
export function findPlace(name: string): GazetteerPlace | undefined {
  const wanted = fold(name);
  if (wanted === '') return undefined;
  return GAZETTEER.find((p) => fold(p.nameEn) === wanted || fold(p.nameRu) === wanted || p.id === wanted);
}
