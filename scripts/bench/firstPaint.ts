import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser';

/** Served beside the app: a page of plain HTML (no script) of about the same size as the app's index.html. */
export const STATIC_PAGE = 'static-reference.html';
/** Drawn points in the static page's picture, like the regions panel's scatter plot. */
const CIRCLES = 300;

/**
 * A JavaScript-free page that paints as soon as its HTML and inline style are parsed: headings, paragraphs and an
 * inline SVG with CIRCLES circles, padded with paragraphs to at least `targetBytes` (the built index.html's size),
 * so that the two pages move the same bytes. Deterministic: the same page for the same size.
 */
export function staticReferencePage(targetBytes: number): string {
  const circles = Array.from({ length: CIRCLES }, (_, i) => {
    const x = 20 + ((i * 73) % 500);
    const y = 20 + ((i * 151) % 340);
    return `<circle cx="${x}" cy="${y}" r="4" fill="hsl(${(i % 5) * 72} 60% 45%)"/>`;
  }).join('');
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Static reference page</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem}' +
    'main{display:grid;grid-template-columns:2fr 1fr;gap:1rem}svg{width:100%;height:auto;border:1px solid #ccc}</style></head><body>' +
    '<header><h1>Static reference page</h1><p>Plain HTML of about the size of the lab\'s page, for first contentful paint.</p></header>' +
    `<main><section><h2>Points</h2><svg viewBox="0 0 540 380" role="img" aria-label="Points">${circles}</svg></section><section><h2>Notes</h2>`;
  const tail = '</section></main></body></html>';
  const paragraph = (i: number) => `<p>Paragraph ${i}: softmax regression assigns each point the class whose score is largest; training moves the scores.</p>`;
  let body = '';
  for (let i = 1; head.length + body.length + tail.length < targetBytes; i++) body += paragraph(i);
  return head + body + tail;
}

/** Writes the static page into the build folder (so `vite preview` serves it); returns both pages' sizes. */
export function writeStaticReferencePage(buildDir: string): { ownBytes: number; staticBytes: number } {
  const ownBytes = readFileSync(join(buildDir, 'index.html')).length;
  const page = staticReferencePage(ownBytes);
  writeFileSync(join(buildDir, STATIC_PAGE), page);
  return { ownBytes, staticBytes: Buffer.byteLength(page) };
}

/** First contentful paint of `url` in a fresh browser (no cache, no warm process), in ms after navigation start. */
export async function firstContentfulPaint(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    // Chromium may record the paint entry a little after load: wait for it (up to 20 s on a loaded machine).
    return await page.evaluate(`new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('no first-contentful-paint within 20 s')), 20000);
      new PerformanceObserver((list, observer) => {
        const paint = list.getEntries().find((e) => e.name === 'first-contentful-paint');
        if (paint) { observer.disconnect(); resolve(paint.startTime); }
      }).observe({ type: 'paint', buffered: true });
    })`);
  } finally {
    await browser.close();
  }
}

/**
 * First contentful paint of the app and of the static page, each in fresh browsers, alternating which goes first
 * so that both see the same drift in the machine's load; medians of `runs` each.
 */
export async function firstPaintBesideStaticPage(appUrl: string, staticUrl: string, runs: number) {
  const own: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      own.push(await firstContentfulPaint(appUrl));
      plain.push(await firstContentfulPaint(staticUrl));
    } else {
      plain.push(await firstContentfulPaint(staticUrl));
      own.push(await firstContentfulPaint(appUrl));
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { firstContentfulPaintMs: median(own), staticPageFirstContentfulPaintMs: median(plain), runsMs: { own, plain } };
}
