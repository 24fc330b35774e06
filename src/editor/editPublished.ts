// A published feature taken into the drafts to edit: as its overlay file holds it (with its build recipe),
// once; a second time selects the draft already made. The index has no geometries or long texts: the
// published ones load from their chunk first.
import { describeLoadProblem } from '../data/loadProblem';
import { loadWholeFeatures } from '../data/onDemand';
import { useAtlasStore } from '../state/store';
import type { IndexedFeature } from '../data/schema';
import { draftFromFeature, type AuthoredCorpus } from './corpusFiles';
import { change, say, useEditorStore } from './editorStore';

export async function editPublishedFeature(
  feature: IndexedFeature,
  authored: AuthoredCorpus,
  articleId: string | null = null,
): Promise<void> {
  const cite = articleId === null ? {} : { articleId };
  const existing = useEditorStore
    .getState()
    .history.present.features.find((d) => d.form.id === feature.properties.id);
  if (existing) return useEditorStore.setState({ selectedKey: existing.key, ...cite });
  const loaded = await loadWholeFeatures([feature]);
  const whole = loaded.ok ? loaded.value[0] : undefined;
  if (!whole)
    return say(loaded.ok ? null : describeLoadProblem(useAtlasStore.getState().language, loaded.problem));
  const { geometry } = whole;
  const { history } = useEditorStore.getState();
  const layer = feature.properties.layer;
  const raw =
    authored.overlays[layer]?.features.find((f) => f.properties['id'] === feature.properties.id) ??
    ({ geometry, properties: whole.properties } as unknown as {
      geometry: unknown;
      properties: Record<string, unknown>;
    });
  const key = `d${history.present.nextKey}`;
  change((doc) => ({
    ...doc,
    nextKey: doc.nextKey + 1,
    features: [...doc.features, draftFromFeature(key, raw, layer, geometry)],
  }));
  useEditorStore.setState({ selectedKey: key, ...cite });
}
