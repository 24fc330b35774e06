// The SVG icons (OCHA-style pictograms) ship inside the bundle and become map images on first use,
// so symbols never wait on a network request.
const svgSources = import.meta.glob<string>('./icons/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Icons drawn at twice their CSS size so they stay sharp on high-density screens. */
export const ICON_PIXEL_RATIO = 2;

const svgById = new Map(
  Object.entries(svgSources).map(([path, svg]) => [path.replace(/^.*\/(.+)\.svg$/, '$1'), svg] as const),
);

export const BUNDLED_ICON_IDS: readonly string[] = [...svgById.keys()];

export async function decodeIcon(id: string): Promise<HTMLImageElement | undefined> {
  const svg = svgById.get(id);
  if (svg === undefined) return undefined;
  const scaled = svg.replace(/width="(\d+)" height="(\d+)"/, (_match, width: string, height: string) => {
    return `width="${Number(width) * ICON_PIXEL_RATIO}" height="${Number(height) * ICON_PIXEL_RATIO}"`;
  });
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(scaled)}`;
  await image.decode();
  return image;
}
