// The iframe code a host page pastes to embed the current view.
export const EMBED_DEFAULT_SIZE = { width: 800, height: 500 } as const;
export const EMBED_SIZE_LIMITS = { min: 200, max: 4000 } as const;

/** A width or height as typed: whole pixels within the limits, the default for anything unusable. */
export function embedDimension(typed: string, fallback: number): number {
  const value = Number(typed);
  if (!Number.isFinite(value) || typed.trim() === '') return fallback;
  return Math.min(Math.max(Math.round(value), EMBED_SIZE_LIMITS.min), EMBED_SIZE_LIMITS.max);
}

/** Attribute values are escaped: the link carries '&' and the title is free text. */
function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

export function embedCode(options: { link: string; width: number; height: number; title: string }): string {
  const { link, width, height, title } = options;
  return (
    `<iframe src="${attribute(link)}" width="${width}" height="${height}" title="${attribute(title)}"` +
    ` style="border:0" loading="lazy" allowfullscreen></iframe>`
  );
}
