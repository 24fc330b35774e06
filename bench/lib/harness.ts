// What the diagnosis scripts (profile.ts, scale.ts) share: calling the injected probe, writing a synthetic
// corpus into a build, launching the Chromium the tests use, and failing loudly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
// @ts-expect-error: plain ESM helper shared with the scripts, no type declarations
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';
import type { Article, CompiledAtlas } from '../../src/data/schema';
import type { BenchProbe } from '../page/probe';
import {
  generateSyntheticAtlas,
  syntheticDataFiles,
  syntheticFolder,
  type SyntheticSize,
} from '../synthetic/generate';

/** Calls one of the probe's helpers in the page (see bench/page/probe.ts). */
export const callProbe = <K extends keyof BenchProbe>(
  page: Page,
  name: K,
  ...args: Parameters<BenchProbe[K]>
) =>
  page.evaluate(
    ([method, rest]) =>
      ((window.__riskAtlasBench as BenchProbe)[method] as (...a: unknown[]) => unknown)(
        ...(rest as unknown[]),
      ),
    [name, args] as const,
  );

/** Generates a synthetic corpus and writes it where the build serves `?data=<syntheticFolder(size)>`. */
export function writeSyntheticCorpus(outDir: string, size: SyntheticSize, article: Article): CompiledAtlas {
  const atlas = generateSyntheticAtlas({ featureCount: size.features, article, articleCount: size.articles });
  for (const file of syntheticDataFiles(atlas)) {
    const path = join(outDir, syntheticFolder(size), file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return atlas;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: (findChromium as () => string | undefined)() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS as string[],
  });
}

export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
