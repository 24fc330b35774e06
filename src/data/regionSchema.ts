// The shape of geo/regions.json, checked at test time.
import { z } from 'zod';

const BoundsSchema = z
  .tuple([
    z.number().min(-180).max(180),
    z.number().min(-85).max(85),
    z.number().min(-180).max(180),
    z.number().min(-85).max(85),
  ])
  .refine(([west, south, east, north]) => west < east && south < north, {
    message: 'bbox must be west,south,east,north',
  });

export const RegionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.strictObject({ en: z.string().min(1), ru: z.string().min(1) }),
  bbox: BoundsSchema,
  note: z.string().min(1),
});
export type Region = z.infer<typeof RegionSchema>;

export const RegionsFileSchema = z.strictObject({ regions: z.array(RegionSchema).min(1) });
