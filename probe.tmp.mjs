import { chromium } from '@playwright/test';
const terms = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage();
await p.goto('http://localhost:4398/');
const res = await p.evaluate(async (terms) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const out = {};
  for (const t of terms) {
    const r = await pf.search(t);
    const top = await Promise.all(r.results.slice(0, 3).map(x => x.data()));
    out[t] = top.map(d => d.url);
  }
  return out;
}, terms);
for (const [t, urls] of Object.entries(res)) console.log(t.padEnd(28), urls.join('  '));
await b.close();
