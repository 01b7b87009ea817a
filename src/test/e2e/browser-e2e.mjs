// Drives Debian's headless Chromium through the Neo4j Browser the service serves: opens /browser/, connects with the
// password, goes to the guide's first query slide, clicks the query into the editor, runs it, and checks that the
// graph view draws the expected actors and relationship types in the style sheet's colours. Run by BrowserE2EIT;
// prints one JSON line with what it saw and exits non-zero with a message when a step fails.
// Environment: REALPOLITIK_URL, NEO4J_PASSWORD, SCREENSHOT (PNG path), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.env.REALPOLITIK_URL;
const password = process.env.NEO4J_PASSWORD;
const screenshot = process.env.SCREENSHOT;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!base || !password || !screenshot) {
  console.error('REALPOLITIK_URL, NEO4J_PASSWORD and SCREENSHOT must be set');
  process.exit(2);
}

const userDataDir = mkdtempSync(join(tmpdir(), 'realpolitik-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: { width: 1400, height: 1000 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let step = 'open /browser/';
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${base}/browser/`);

  step = 'connect';
  await page.locator('[data-testid="password"]').fill(password);
  await page.locator('[data-testid="connect"]').click();
  await page.getByText('You are connected as user').waitFor();

  step = 'open the guide\'s first query';
  const guide = page.locator('[data-testid="frame"]', { has: page.locator('[data-testid="carousel"]') });
  await guide.getByText('who recognised, armed, sanctioned').waitFor();
  await guide.locator('[data-testid="carousel"]').waitFor();
  await guide.locator('[data-testid="nextSlide"]').click(); // only the current slide is rendered
  await guide.getByText('1. Who recognised the Taliban?').waitFor();
  const runnable = guide.locator('pre.runnable', { hasText: 'Guide: who recognised the Taliban' });
  await runnable.click();

  step = 'run the query';
  const editor = page.locator('[data-testid="activeEditor"]');
  await editor.getByText('Guide: who recognised the Taliban').waitFor();
  await page.locator('[data-testid="editor-Run"]').click();

  step = 'read the graph view';
  const result = page.locator('[data-testid="frame"]', { hasText: 'Guide: who recognised the Taliban' }).first();
  await result.locator('svg g.node').first().waitFor();
  await page.waitForTimeout(3000); // let the force layout settle before reading positions and taking the picture
  const seen = await result.evaluate(frame => ({
    nodes: [...frame.querySelectorAll('svg g.node')].map(n => n.textContent.trim()),
    relationships: [...frame.querySelectorAll('svg g.relationship')].map(r => ({
      type: r.textContent.trim(),
      color: [...r.querySelectorAll('path')].map(p => p.getAttribute('fill')).find(f => f && f !== 'none') ?? null,
    })),
    nodeLabels: [...frame.querySelectorAll('[data-testid^="property-details-overview-node-label-"]')]
      .map(e => e.getAttribute('data-testid').replace('property-details-overview-node-label-', '')),
    relationshipTypes: [...frame.querySelectorAll('[data-testid^="property-details-overview-relationship-type-"]')]
      .map(e => e.getAttribute('data-testid').replace('property-details-overview-relationship-type-', '')),
    error: frame.querySelector('[data-testid="cypherFrameErrorMessage"]')?.textContent ?? null,
  }));
  await page.screenshot({ path: screenshot });
  console.log(JSON.stringify(seen));
}
catch (e) {
  console.error(`step "${step}" failed: ${e.message.split('\n')[0]}`);
  process.exitCode = 1;
}
finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
