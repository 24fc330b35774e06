import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: s.vp, deviceScaleFactor: 1, isMobile: !!s.mobile, hasTouch: !!s.mobile, locale: s.locale ?? 'en-US' });
  const page = await ctx.newPage();
  page.on('pageerror', e => console.log('PAGEERROR', s.name, e.message));
  page.on('console', m => { if (m.type()==='error' || m.type()==='warning') console.log('CONSOLE', s.name, m.type(), m.text().slice(0,200)); });
  await page.goto('http://127.0.0.1:4199/' + s.url);
  await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(1500);
  for (const a of s.actions ?? []) {
    if (a.click) await page.getByRole(a.click.role, { name: a.click.name, exact: a.click.exact }).first().click();
    if (a.press) await page.keyboard.press(a.press);
    if (a.fill) await page.getByLabel(a.fill.label, { exact: true }).fill(a.fill.value);
    if (a.wait) await page.waitForTimeout(a.wait);
    if (a.eval) console.log('EVAL', s.name, await page.evaluate(a.eval));
  }
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/tour/${s.name}.png` });
  await ctx.close();
}
await browser.close();
