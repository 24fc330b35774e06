import { expect, test } from '@playwright/test';
import { openAtlas, waitForFirstIdle, waitForMapIdle } from './support/atlas';

const layerFile = '**/data/layers/evacuation.geojson';

for (const failure of [
  { name: 'is missing (404)', fulfil: { status: 404, body: 'Not found' } },
  { name: 'fails on the server (500)', fulfil: { status: 500, body: 'Internal error' } },
  { name: 'is truncated', fulfil: { status: 200, body: '{"type":"FeatureCollection","features":[{"type":' } },
  { name: 'is not JSON', fulfil: { status: 200, body: '<html>oops</html>' } },
]) {
  test(`a map layer file that ${failure.name} is named, can be retried, and the rest keeps working`, async ({
    page,
  }) => {
    let failing = true;
    await page.route(layerFile, (route) =>
      failing ? route.fulfill({ ...failure.fulfil, contentType: 'application/json' }) : route.fallback(),
    );
    await page.goto('/');
    await waitForFirstIdle(page);
    const notice = page.getByRole('status', { name: 'Notices' });
    await expect(notice).toContainText('could not load evacuation.geojson');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risk Atlas');
    const aidFeatures = await page.evaluate(
      () => window.riskAtlas?.map.querySourceFeatures('aid').length ?? 0,
    );
    expect(aidFeatures).toBeGreaterThan(0);

    failing = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText('could not load evacuation.geojson')).toHaveCount(0);
    await expect
      .poll(() => page.evaluate(() => window.riskAtlas?.map.querySourceFeatures('evacuation').length ?? 0))
      .toBeGreaterThan(0);
  });
}

test('a lost WebGL context is explained and the map comes back when it is restored', async ({ page }) => {
  await openAtlas(page);
  await page.evaluate(() => {
    const canvas = window.riskAtlas?.map.getCanvas();
    const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
    const extension = gl?.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('WEBGL_lose_context is not available');
    (window as unknown as { loseContext: WEBGL_lose_context }).loseContext = extension;
    extension.loseContext();
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('graphics context was lost');

  await page.evaluate(() =>
    (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext(),
  );
  await expect(alert).toHaveCount(0);
  await waitForMapIdle(page);
  const drawn = await page.evaluate(() => window.riskAtlas?.map.queryRenderedFeatures().length ?? 0);
  expect(drawn).toBeGreaterThan(0);
});
