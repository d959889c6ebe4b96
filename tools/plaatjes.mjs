// Renders every BPMN model in processes/ to an SVG picture in docs/processen/, with bpmn-js in
// Debian's headless chromium.   npm run plaatjes                 (write the pictures)
//                               npm run plaatjes -- --controleer  (fail when a picture is out of date)
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import puppeteer from 'puppeteer-core';

const controleer = process.argv.includes('--controleer');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const modellen = 'processes';
const doel = join('docs', 'processen');
const viewer = join('node_modules', 'bpmn-js', 'dist', 'bpmn-viewer.production.min.js');

if (!existsSync(chromium)) {
  console.error(`Chromium niet gevonden op ${chromium} (apt-get install chromium, of zet CHROMIUM).`);
  process.exit(2);
}
mkdirSync(doel, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']
});

const verouderd = [];
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
  await page.addScriptTag({ path: viewer });

  for (const bestand of readdirSync(modellen).filter(f => f.endsWith('.bpmn')).sort()) {
    const xml = readFileSync(join(modellen, bestand), 'utf8');
    const svg = await page.evaluate(async (xml) => {
      const container = document.getElementById('canvas');
      container.innerHTML = '';
      const viewer = new BpmnJS({ container });
      const { warnings } = await viewer.importXML(xml);
      if (warnings.length) {
        throw new Error(warnings.map(w => w.message).join('; '));
      }
      const { svg } = await viewer.saveSVG();
      viewer.destroy();
      return svg;
    }, xml);
    // bpmn-js gives arrow markers random ids: number them in order, so a picture only changes with its model.
    let stabiel = svg;
    [...new Set([...svg.matchAll(/<marker id="([^"]+)"/g)].map(m => m[1]))]
      .forEach((id, i) => { stabiel = stabiel.split(id).join(`pijl-${i + 1}`); });
    stabiel += '\n';
    const uit = join(doel, basename(bestand, '.bpmn') + '.svg');
    if (controleer) {
      if (!existsSync(uit) || readFileSync(uit, 'utf8') !== stabiel) {
        verouderd.push(uit);
      }
    } else {
      writeFileSync(uit, stabiel);
      console.log(`${uit} geschreven`);
    }
  }
} finally {
  await browser.close();
}

if (verouderd.length) {
  console.error(`Verouderde procesplaatjes: ${verouderd.join(', ')}. Maak ze opnieuw met: npm run plaatjes`);
  process.exit(1);
}
if (controleer) {
  console.log('Procesplaatjes zijn bij.');
}
