import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './fixtures';
import { filesPanel, panel, pointTotal } from './locators';

const exportButton = (page: Page, name: string) => filesPanel(page).getByRole('group', { name: 'Export' }).getByRole('button', { name, exact: true });

const GOOD_CSV = 'x1,x2,label\n0,0,0\n1,0,0\n0,1,1\n1,1,1\n2,2,2\n-1,2,2\n3,-1,0\n';
const BAD_CSV = 'x1,x2,label\n0,0,0\n3,oops,1\n';

/** Chooses a file through the "Import CSV…" button and the browser's file picker. */
async function importByPicker(page: Page, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), filesPanel(page).getByRole('button', { name: 'Import CSV…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

/** Drops a file on the decision-regions plot as a person dragging it from the desktop would. */
async function dropOnPlot(page: Page, name: string, text: string) {
  await page.getByTestId('decision-regions-canvas').evaluate(
    (canvas, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) canvas.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exported(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([button.page().waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The CSS size of the page elements a figure is made of (their joint bounding box, rounded up). */
async function figureSize(page: Page, selectors: string[]): Promise<{ width: number; height: number }> {
  return page.evaluate((parts) => {
    const boxes = parts.flatMap((s) => [...document.querySelectorAll(s)]).map((e) => e.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const top = Math.min(...boxes.map((b) => b.top));
    return { width: Math.ceil(Math.max(...boxes.map((b) => b.right)) - left), height: Math.ceil(Math.max(...boxes.map((b) => b.bottom)) - top) };
  }, selectors);
}

/** How many different colours a 10 × 10 grid of samples over the PNG finds (a blank picture has one). */
async function pngColours(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const colours = new Set<string>();
    for (let i = 1; i <= 10; i++) {
      for (let j = 1; j <= 10; j++) colours.add(context.getImageData((i * image.width) / 11, (j * image.height) / 11, 1, 1).data.join());
    }
    return colours.size;
  }, bytes.toString('base64'));
}

/** Parses an SVG file in the page and counts what it holds. */
async function svgContents(page: Page, text: string, marks: string) {
  return page.evaluate(([source, selector]) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      root: root.nodeName,
      parseError: doc.getElementsByTagName('parsererror').length,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      pngImages: [...doc.getElementsByTagName('image')].filter((image) => (image.getAttribute('href') ?? '').startsWith('data:image/png;base64,')).length,
      marks: doc.querySelectorAll(selector).length,
      texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
      styledByClassOnly: [...doc.querySelectorAll('path, circle')].filter((e) => !e.hasAttribute('fill') && !e.closest('[fill]')).length,
    };
  }, [text, marks]);
}

test('a malformed CSV is refused with its file, line and reason, and the points stay; a good one replaces them', async ({ page }) => {
  await page.goto('./');
  await expect(pointTotal(page, 200)).toBeVisible();

  await importByPicker(page, 'bad.csv', BAD_CSV);
  const alert = filesPanel(page).getByRole('alert');
  await expect(alert).toContainText('Not imported: bad.csv:3: field "x2": "oops" is not a number. The current points are kept.');
  await expect(pointTotal(page, 200)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('.import-export-panel').analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  // Refused like the CLI refuses it: a coordinate whose products would overflow.
  await importByPicker(page, 'huge.csv', 'x1,x2,label\n0,0,0\n1e200,0,1\n');
  await expect(alert).toContainText('huge.csv:3: field "x1": 1.000e200 is beyond ±1e150');
  await expect(pointTotal(page, 200)).toBeVisible();

  await importByPicker(page, 'good.csv', GOOD_CSV);
  await expect(filesPanel(page).getByRole('status').first()).toHaveText(/Loaded 7 points in 3 classes from good\.csv\./);
  await expect(pointTotal(page, 7)).toBeVisible();
  await expect(filesPanel(page).getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('decision-regions-canvas')).toHaveAccessibleName(/3 classes, 7 points/);
});

test('a CSV dropped on the plot replaces the points; a bad one dropped there is refused below the plot', async ({ page }) => {
  await page.goto('./');
  await expect(pointTotal(page, 200)).toBeVisible();

  await dropOnPlot(page, 'dropped-bad.csv', 'x1,x2,label\n0,0,0\n1,1,9\n');
  const notice = page.locator('.points-drop-zone').getByRole('alert');
  await expect(notice).toContainText('dropped-bad.csv:3: field "label": "9" is too large');
  await expect(pointTotal(page, 200)).toBeVisible();

  await dropOnPlot(page, 'dropped.csv', GOOD_CSV);
  await expect(pointTotal(page, 7)).toBeVisible();
  await expect(page.locator('.points-drop-zone').getByRole('status')).toHaveText(/Loaded 7 points in 3 classes from dropped\.csv\./);
});

test('while the reader of a dropped file loads, the plot says it is reading that file; then what became of it', async ({ page }) => {
  // The reader is a chunk of its own, loaded with the first import: held here until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/pointsImport-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(pointTotal(page, 200)).toBeVisible();
  await dropOnPlot(page, 'dropped.csv', GOOD_CSV);
  const notice = page.locator('.points-drop-zone').getByRole('status');
  await expect(notice).toHaveText(/^Reading dropped\.csv…/);
  await expect(pointTotal(page, 200)).toBeVisible();
  release();
  await expect(notice).toHaveText(/^Loaded 7 points in 3 classes from dropped\.csv\./);
  await expect(pointTotal(page, 7)).toBeVisible();
});

test('the points, the run and every figure download as valid CSV, JSON, PNG and SVG files', async ({ page }) => {
  await page.goto('./');
  await importByPicker(page, 'good.csv', GOOD_CSV);
  await expect(pointTotal(page, 7)).toBeVisible();
  const step = panel(page, 'Training').getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < 3; i++) await step.click();
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '4');

  const points = await exported(exportButton(page, 'Export points as CSV'));
  expect(points.name).toBe('softmax-lab-points.csv');
  expect(points.bytes.toString('utf8')).toBe(GOOD_CSV);

  const runCsv = await exported(exportButton(page, 'Export run as CSV'));
  expect(runCsv.name).toBe('softmax-lab-run.csv');
  const [header, ...rows] = runCsv.bytes.toString('utf8').trimEnd().split('\n').map((line) => line.split(','));
  expect(header.slice(0, 4)).toEqual(['step', 'loss', 'accuracy', 'gradNorm']);
  expect(header).toHaveLength(7 + 9);
  expect(rows.map((row) => Number(row[0]))).toEqual([0, 1, 2, 3]);
  expect(rows.every((row) => row.slice(0, 7).every((cell) => Number.isFinite(Number(cell))))).toBe(true);
  // Every sampled step carries the θ it was evaluated at; Step moves θ, so the rows' θ differ.
  expect(rows.every((row) => row.slice(7).every((cell) => cell !== '' && Number.isFinite(Number(cell))))).toBe(true);
  expect(rows[0].slice(7)).not.toEqual(rows[3].slice(7));

  const runJson = await exported(exportButton(page, 'Export run as JSON'));
  expect(runJson.name).toBe('softmax-lab-run.json');
  const run = JSON.parse(runJson.bytes.toString('utf8'));
  expect(run).toMatchObject({ format: 'softmax-lab-run', version: 1, classes: 3, step: 3 });
  expect(run.theta).toHaveLength(3);
  expect(run.samples.every((s: { theta: number[][] }) => s.theta.length === 3)).toBe(true);
  expect(run.samples.map((s: { step: number }) => s.step)).toEqual([0, 1, 2, 3]);
  expect(run.samples[3].loss).toBeLessThan(run.samples[0].loss);

  await expect(page.locator('.slice-panel .slice-chart')).toBeVisible();
  const figures = [
    // The heatmap as an embedded PNG under the points (one path per class) as vectors.
    { id: 'regions', title: 'decision regions', parts: ['.decision-regions-panel .region-plot-frame'], images: 1, marks: '.point-marks path', count: 3, text: 'x₁' },
    // All vectors: contour bands, the current θ, and the legend's colour bar.
    { id: 'surface', title: 'loss surface', parts: ['.slice-panel .slice-chart', '.slice-panel .slice-legend'], images: 0, marks: 'circle.slice-current', count: 1, text: 'J, the loss (darker = lower)' },
    // Two line charts (loss and gradient norm, accuracy), each with its latest-step dots.
    { id: 'curves', title: 'training curves', parts: ['.curves-panel .curves-charts'], images: 0, marks: 'svg.line-chart', count: 2, text: 'Training accuracy' },
  ];
  for (const figure of figures) {
    const size = await figureSize(page, figure.parts);
    const png = await exported(exportButton(page, `Export ${figure.title} as PNG`));
    expect(png.name).toBe(`softmax-lab-${figure.id}.png`);
    expect(pngSize(png.bytes), figure.id).toEqual({ width: 2 * size.width, height: 2 * size.height });
    expect(await pngColours(page, png.bytes), figure.id).toBeGreaterThan(2);

    const svg = await exported(exportButton(page, `Export ${figure.title} as SVG`));
    expect(svg.name).toBe(`softmax-lab-${figure.id}.svg`);
    const contents = await svgContents(page, svg.bytes.toString('utf8'), figure.marks);
    expect(contents, figure.id).toMatchObject({ root: 'svg', parseError: 0, ...size, pngImages: figure.images, marks: figure.count, styledByClassOnly: 0 });
    expect(contents.texts, figure.id).toContain(figure.text);
  }
});
