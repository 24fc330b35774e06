// MapLibre compiles one shader program per layer type and mix of paint-property kinds (the same for every
// feature, by feature, by feature and zoom); under software WebGL each costs tens of milliseconds at the
// first frame. This counts the programs the whole style needs, as MapLibre keys them, so a new layer that
// brings a new mix shows here (src/map/sharedPrograms.ts is how layers share one).
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StylePropertySpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { ALL_DATES } from '../../src/data/dateRange';
import { buildAtlasStyle } from '../../src/map/atlasStyle';

type Kind = 'uniform' | 'attribute' | 'composite';

/** How MapLibre binds a paint value: a uniform (constant or by zoom), a vertex attribute, or two (by zoom too). */
function kindOf(value: unknown, name: string, spec: StylePropertySpecification): Kind {
  if (value === undefined || !expression.isExpression(value)) return 'uniform';
  const parsed = expression.createPropertyExpression(value, name, spec);
  if (parsed.result !== 'success') throw new Error(`not a valid expression: ${JSON.stringify(value)}`);
  const kind = parsed.value.kind;
  return kind === 'source' ? 'attribute' : kind === 'composite' ? 'composite' : 'uniform';
}

/** The programs one layer draws with, by name, and the paint properties each binds. */
function programsOf(layer: LayerSpecification): Array<{ name: string; prefix: string }> {
  const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
  const layout = ('layout' in layer ? layer.layout : undefined) as Record<string, unknown> | undefined;
  switch (layer.type) {
    case 'fill': {
      const pattern = paint?.['fill-pattern'] !== undefined;
      const programs = [{ name: pattern ? 'fillPattern' : 'fill', prefix: 'fill-' }];
      if (paint?.['fill-antialias'] !== false)
        programs.push({ name: pattern ? 'fillOutlinePattern' : 'fillOutline', prefix: 'fill-' });
      return programs;
    }
    case 'line':
      return [{ name: paint?.['line-dasharray'] !== undefined ? 'lineSDF' : 'line', prefix: 'line-' }];
    case 'circle':
      return [{ name: 'circle', prefix: 'circle-' }];
    case 'symbol': {
      const programs: Array<{ name: string; prefix: string }> = [];
      if (layout?.['icon-image'] !== undefined) programs.push({ name: 'symbolIcon', prefix: 'icon-' });
      if (layout?.['text-field'] !== undefined) programs.push({ name: 'symbolSDF', prefix: 'text-' });
      return programs;
    }
    default:
      return [{ name: layer.type, prefix: `${layer.type}-` }];
  }
}

function programKeys(layers: readonly LayerSpecification[]): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const layer of layers) {
    const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
      `paint_${layer.type}`
    ];
    const own = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
    // MapLibre draws a fill's edge in the fill's colour when it has no outline colour of its own.
    const paint =
      layer.type === 'fill' && own?.['fill-outline-color'] === undefined
        ? { ...own, 'fill-outline-color': own?.['fill-color'] }
        : own;
    for (const program of programsOf(layer)) {
      const bound = Object.entries(specs ?? {})
        .filter(([name, spec]) => name.startsWith(program.prefix) && spec['property-type'] === 'data-driven')
        .map(([name, spec]) => `${kindOf(paint?.[name], name, spec)}:${name}`)
        .filter((entry) => !entry.startsWith('uniform:'))
        .sort();
      const key = [program.name, ...bound].join(' ');
      keys.set(key, [...(keys.get(key) ?? []), layer.id]);
    }
  }
  return keys;
}

const style = buildAtlasStyle({
  baseUrl: 'http://127.0.0.1/',
  language: 'en',
  visibleLayers: { evacuation: true, aid: true, risk: true, infrastructure: true, sites: true },
  minSeverity: 1,
  dateRange: ALL_DATES,
});

describe('shader programs', () => {
  it('the whole style draws with one program per kind of drawing (9, besides MapLibre’s clipping mask and sky)', () => {
    const keys = programKeys(style.layers);
    const names = [...keys.keys()].map((key) => key.split(' ')[0]);
    // Two programs of one name are two compiles: a layer brought a mix of kinds of its own.
    expect(
      names.filter((name, at) => names.indexOf(name) !== at),
      JSON.stringify([...keys], null, 1),
    ).toEqual([]);
    expect(keys.size).toBe(9);
  });

  it('counts a layer that brings a mix of its own (the check can fail)', () => {
    const extra = {
      id: 'extra-line',
      type: 'line',
      source: 'overlays',
      paint: { 'line-color': '#000000', 'line-width': 2 },
    } as LayerSpecification;
    const names = [...programKeys([...style.layers, extra]).keys()].map((key) => key.split(' ')[0]);
    expect(names.filter((name) => name === 'line')).toHaveLength(2);
  });
});
