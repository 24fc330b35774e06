// Tells whether the browser can give MapLibre a WebGL context, before we try to build a map on it.
export type WebglSupport = { supported: true } | { supported: false; reason: string };

export function detectWebgl(): WebglSupport {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!context) return { supported: false, reason: 'The browser returned no WebGL context.' };
    return { supported: true };
  } catch (error) {
    return { supported: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
