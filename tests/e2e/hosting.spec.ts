// The build on a plain static host: one that answers range requests (most hosts and CDNs) and one that
// ignores them. Either way the map draws its tiles and nothing alarming is said.
import { expect, test } from '@playwright/test';
import { waitForFirstIdle, watchPage } from './support/atlas';
import { serveFolder } from './support/staticServer';

const DIST = process.env['E2E_DIST'] ?? 'dist';

for (const host of [
  { name: 'answers range requests', ranges: true, archiveStatus: 206 },
  { name: 'ignores range requests', ranges: false, archiveStatus: 200 },
]) {
  test(`on a static host that ${host.name}, the map draws its tiles and says nothing alarming`, async ({
    page,
  }) => {
    const server = await serveFolder(DIST, { ranges: host.ranges });
    try {
      const watch = watchPage(page, server.origin);
      const archiveAnswers: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/tiles/basemap.pmtiles')) archiveAnswers.push(response.status());
      });
      await page.goto(`${server.origin}/`);
      await waitForFirstIdle(page);
      const land = await page.evaluate(
        () => window.riskAtlas?.map.queryRenderedFeatures({ layers: ['land'] }).length ?? 0,
      );
      expect(land).toBeGreaterThan(0);
      await expect(page.getByRole('status', { name: 'Notices' })).toHaveText('');
      expect(watch.consoleErrors).toEqual([]);
      expect(archiveAnswers.length).toBeGreaterThan(0);
      expect(new Set(archiveAnswers)).toEqual(new Set([host.archiveStatus]));
      // A host that ignores ranges costs one whole download, not one per tile.
      if (!host.ranges) expect(archiveAnswers).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
}
