// The shape of geo/regions.json, checked at test time.
import * as v from 'valibot';

const longitude = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const latitude = v.pipe(v.number(), v.minValue(-85), v.maxValue(85));

const BoundsSchema = v.pipe(
  v.strictTuple([longitude, latitude, longitude, latitude]),
  v.check(([west, south, east, north]) => west < east && south < north, 'bbox must be west,south,east,north'),
);

export const RegionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: v.strictObject({ en: v.pipe(v.string(), v.minLength(1)), ru: v.pipe(v.string(), v.minLength(1)) }),
  bbox: BoundsSchema,
  note: v.pipe(v.string(), v.minLength(1)),
});
export type Region = v.InferOutput<typeof RegionSchema>;

export const RegionsFileSchema = v.strictObject({ regions: v.pipe(v.array(RegionSchema), v.minLength(1)) });
