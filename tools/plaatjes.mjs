// Renders every model in processes/ to an SVG picture in docs/processen/: BPMN with bpmn-js in
// Debian's headless chromium, DMN decision tables as a table picture drawn here.   npm run plaatjes                 (write the pictures)
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
    schrijfOfControleer(join(doel, basename(bestand, '.bpmn') + '.svg'), stabiel);
  }
  for (const bestand of readdirSync(modellen).filter(f => f.endsWith('.dmn')).sort()) {
    const svg = beslistabelAlsSvg(readFileSync(join(modellen, bestand), 'utf8')) + '\n';
    schrijfOfControleer(join(doel, basename(bestand, '.dmn') + '.svg'), svg);
  }
} finally {
  await browser.close();
}

function schrijfOfControleer(uit, inhoud) {
  if (controleer) {
    if (!existsSync(uit) || readFileSync(uit, 'utf8') !== inhoud) {
      verouderd.push(uit);
    }
  } else {
    writeFileSync(uit, inhoud);
    console.log(`${uit} geschreven`);
  }
}

// A DMN decision table as an SVG table: one column per input and output, one row per rule, with
// the rule's description. Deterministic, so CI can tell when the picture is out of date.
function beslistabelAlsSvg(xml) {
  const tekst = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const naam = tekst((xml.match(/<decision [^>]*name="([^"]*)"/) || [])[1] || 'Beslissing');
  const beleid = (xml.match(/hitPolicy="([^"]*)"/) || [])[1] || 'UNIQUE';
  const kop = [...xml.matchAll(/<input [^>]*label="([^"]*)"/g)].map(m => 'Als: ' + tekst(m[1]))
    .concat([...xml.matchAll(/<output [^>]*label="([^"]*)"/g)].map(m => 'Dan: ' + tekst(m[1])))
    .concat(['Toelichting']);
  const regels = [...xml.matchAll(/<rule [^>]*>([\s\S]*?)<\/rule>/g)].map(m => {
    const cellen = [...m[1].matchAll(/<(?:inputEntry|outputEntry)[^>]*>\s*<text>([\s\S]*?)<\/text>/g)]
      .map(c => tekst(c[1]) || '-');
    const uitleg = tekst((m[1].match(/<description>([\s\S]*?)<\/description>/) || [])[1] || '');
    return cellen.concat([uitleg]);
  });
  const breedte = kop.map((k, i) => Math.max(k.length, ...regels.map(r => (r[i] || '').length)) * 7 + 16);
  const regelHoogte = 22;
  const totaal = breedte.reduce((a, b) => a + b, 0);
  const hoogte = (regels.length + 2) * regelHoogte + 10;
  const regelSvg = (cellen, y, vet) => {
    let x = 0;
    return cellen.map((c, i) => {
      const t = `<text x="${x + 8}" y="${y + 15}"${vet ? ' font-weight="bold"' : ''}>${esc(c)}</text>`;
      x += breedte[i];
      return t;
    }).join('');
  };
  const lijnen = [];
  for (let i = 1; i <= regels.length + 1; i++) {
    lijnen.push(`<line x1="0" y1="${(i + 1) * regelHoogte}" x2="${totaal}" y2="${(i + 1) * regelHoogte}" stroke="#ccc"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${totaal}" height="${hoogte}" font-family="Arial, sans-serif" font-size="12">`
    + `<rect width="100%" height="100%" fill="white"/>`
    + `<text x="8" y="16" font-weight="bold" font-size="14">${esc(naam)} (${esc(beleid)})</text>`
    + regelSvg(kop, regelHoogte, true) + lijnen.join('')
    + regels.map((r, i) => regelSvg(r, (i + 2) * regelHoogte, false)).join('')
    + '</svg>';
}

if (verouderd.length) {
  console.error(`Verouderde procesplaatjes: ${verouderd.join(', ')}. Maak ze opnieuw met: npm run plaatjes`);
  process.exit(1);
}
if (controleer) {
  console.log('Procesplaatjes zijn bij.');
}
