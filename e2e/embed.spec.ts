import { expect, test, type FrameLocator, type Page } from './fixtures';

type Probe = Window & { errors: string[] };

const ALL_PANELS = 'regions,curves,surface,parameters,spectrum,data,margin,slowmotion,numerics,sigmoid';
const ALL_CONTROLS = 'play,step,reset,spf,opt,lr,l2,param,k,data,shift';
const stepCounter = (frame: FrameLocator | Page) => frame.getByText(/^Step \d+$/);

test.beforeEach(async ({ page }) => {
  // In every frame, before its own code: uncaught errors are recorded where Playwright's page events may not reach.
  await page.addInitScript(() => {
    const errors: string[] = [];
    (window as unknown as Probe).errors = errors;
    window.addEventListener('error', (event) => errors.push(String(event.message)));
    window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  });
});

/** 200 messages of the wrong shape, drawn in the host page from a fixed seed, posted to the embed. */
async function postJunk(page: Page): Promise<number> {
  return page.evaluate(() => {
    let seed = 20261124;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
    const huge = 'x'.repeat(200_000);
    const values: unknown[] = [null, undefined, 0, -1, 2.5, NaN, Infinity, '', huge, [], [1, 2], {}, true, 'play', { type: 'Play' }];
    const badSettings = () =>
      pick<unknown>([
        null,
        'lr=1',
        [1],
        huge,
        { optimizer: { learningRate: pick([-1, 0, 'fast', NaN, Infinity]) } },
        { optimizer: 'adam' },
        { classes: pick([0, 1, 99, 2.5, '4']) },
        { points: pick<unknown>(['all', [null], [{ x1: 'a' }], [{ x1: 1e308, x2: 0, label: 7 }], huge]) },
        { '<img src=x onerror="window.pwned=1">': 1 },
        { model: { l2: -3, parametrization: '<b>' } },
        { training: { stepsPerFrame: 1e9 } },
      ]);
    const shapes: (() => unknown)[] = [
      () => pick(values),
      () => ({ type: pick<unknown>(['STEP', 'jump', '__proto__', 'constructor', 'ready', 'height', 42, null, huge]), n: pick(values), settings: pick(values) }),
      () => ({ type: 'step', n: pick<unknown>([0, -5, 10_001, 2.5, '3', null, 1e9, NaN, [5]]) }),
      () => ({ type: 'set', settings: badSettings() }),
      () => ({ source: 'softmax-lab', type: 'state', step: 1e9, loss: -1, status: 'converged' }),
      () => [{ type: 'step', n: 5 }],
    ];
    const lab = (document.getElementById('lab') as HTMLIFrameElement).contentWindow!;
    for (let i = 0; i < 200; i++) lab.postMessage(pick(shapes)(), '*');
    return 200;
  });
}

test('an embed in the example host page reports ready and its height, obeys step and set, and ignores junk', async ({ page }) => {
  await page.goto('embed-example.html');
  const lab = page.frameLocator('#lab');
  await expect(page.locator('#ready')).toHaveText('yes');
  await expect(page.locator('#height')).toHaveText(/^\d+ px$/);
  // The host sized the frame to the height the embed reported (which changes while the panels lay out): no
  // scroll bar inside it.
  const reportedAndFrame = async () => [Number((await page.locator('#height').textContent())!.replace(' px', '')), Number(await page.locator('#lab').getAttribute('height'))];
  await expect.poll(async () => {
    const [reported, frame] = await reportedAndFrame();
    return reported > 300 && reported === frame;
  }).toBe(true);
  await expect(lab.getByRole('region', { name: 'Decision regions' })).toBeVisible();
  await expect(stepCounter(lab)).toHaveText('Step 0');

  await page.getByLabel('Steps').fill('25');
  await page.getByRole('button', { name: 'Take the steps' }).click();
  await expect(stepCounter(lab)).toHaveText('Step 25');
  await expect(page.locator('#state')).toHaveText(/^step 25, loss \d/);

  await page.getByLabel('Learning rate').fill('0.05');
  await page.getByRole('button', { name: 'Set the learning rate' }).click();
  await expect(lab.getByLabel('Learning rate')).toHaveValue('0.05');
  await expect(stepCounter(lab)).toHaveText('Step 25');

  expect(await postJunk(page)).toBe(200);
  // A command of a known type with a bad field is answered, and the answer shown as text.
  await expect(page.getByRole('list', { name: 'Replies from the embed' }).getByText(/^Refused: step: n must be a whole number from 1 to 10000\.$/).first()).toBeVisible();
  await page.getByLabel('Steps').fill('5');
  await page.getByRole('button', { name: 'Take the steps' }).click();
  // Nothing in the junk moved the run or changed a setting; the embed still answers.
  await expect(stepCounter(lab)).toHaveText('Step 30');
  await expect(lab.getByLabel('Learning rate')).toHaveValue('0.05');
  await expect(lab.getByRole('region', { name: 'Decision regions' })).toBeVisible();
  await expect(lab.getByRole('region', { name: 'Training curves' })).toBeVisible();

  const frame = page.frame({ url: /embed=1/ })!;
  expect(await frame.evaluate(() => ({ errors: (window as unknown as Probe).errors, pwned: 'pwned' in window, images: document.querySelectorAll('img').length }))).toEqual({
    errors: [],
    pwned: false,
    images: 0,
  });
  // An embed never keeps the visitor's session: the full app on the same site keeps its own.
  expect(await frame.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as Probe).errors)).toEqual([]);
});

test('negative control: the same commands from a window other than the parent are not obeyed', async ({ page }) => {
  await page.goto('embed-example.html');
  await expect(page.locator('#ready')).toHaveText('yes');
  const lab = page.frameLocator('#lab');
  // A second frame on the host page (a sibling, not the parent) posts a valid command.
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');
    document.body.append(sibling);
    const target = (document.getElementById('lab') as HTMLIFrameElement).contentWindow!;
    const siblingWindow = sibling.contentWindow as Window & { target: Window; eval(code: string): unknown };
    siblingWindow.target = target;
    // Code run in the sibling's own realm, so that the message's source is the sibling (the host page has no CSP).
    siblingWindow.eval("target.postMessage({ type: 'step', n: 7 }, '*')");
    target.postMessage({ type: 'step', n: 3 }, '*');
  });
  await expect(stepCounter(lab)).toHaveText('Step 3');
});

test('the embed shows only the listed panels and controls, starts playing with autoplay, and links to the full app', async ({ page }) => {
  await page.goto('./?v=1&lr=0.3&embed=1&panels=surface,curves&controls=play,lr&autoplay=1');
  // No page header: only a heading for screen readers (axe page-has-heading-one), not shown.
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toHaveClass(/sr-only/);
  await expect(page.getByRole('region', { name: /./ }).and(page.locator('.panel'))).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Loss surface' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Training curves' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Step' })).toHaveCount(0);
  await expect(page.getByLabel('Learning rate')).toHaveValue('0.3');
  await expect(page.getByLabel('Optimizer')).toHaveCount(0);
  await expect.poll(async () => Number((await stepCounter(page).textContent())!.replace('Step ', ''))).toBeGreaterThan(0);

  await page.getByLabel('Learning rate').fill('0.2');
  await page.getByLabel('Learning rate').press('Enter');
  const link = page.getByRole('link', { name: 'Open in Softmax Lab' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  await expect(link).toHaveAttribute('href', /[?&]lr=0\.2(&|$)/);
  expect(await link.getAttribute('href')).not.toMatch(/embed|panels|autoplay/);
  // The embed keeps its own options in its address as its settings change.
  await expect.poll(() => page.url()).toMatch(/lr=0\.2.*embed=1&panels=surface%2Ccurves&controls=play%2Clr&autoplay=1/);
});

for (const width of [320, 800]) {
  test(`every panel and control fits a ${width} px frame without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./?embed=1&panels=${ALL_PANELS}&controls=${ALL_CONTROLS}`);
    await expect(page.getByRole('region', { name: 'Hessian spectrum' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // As a host that sizes the frame to the reported height shows it: every panel on screen (off-screen ones wait).
    await page.setViewportSize({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
    await expect(page.getByRole('region', { name: 'Hessian spectrum' }).getByText(/zero eigenvalues/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Max margin' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'One step in slow motion' }).getByRole('button', { name: 'Next part' })).toBeVisible();
    await page.screenshot({ path: `test-results/embed-${width}-all.png` });
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?embed=1');
    await expect(page.getByRole('region', { name: 'Decision regions' })).toBeVisible();
    await page.screenshot({ path: `test-results/embed-${width}-default.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test('the Embed dialog builds the snippet of the chosen panels and controls, with a live preview', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?v=1&lr=0.3');
  await page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this lab' });
  await expect(dialog).toBeVisible();
  const panels = dialog.getByRole('group', { name: 'Panels' });
  const controls = dialog.getByRole('group', { name: 'Controls' });
  await panels.getByRole('checkbox', { name: 'Training curves' }).uncheck();
  await panels.getByRole('checkbox', { name: 'Loss surface' }).check();
  await controls.getByRole('checkbox', { name: 'Learning rate' }).check();
  await dialog.getByRole('checkbox', { name: 'Start playing when shown' }).check();
  await dialog.getByLabel('Height (pixels)').fill('500');
  await dialog.getByLabel('Height (pixels)').press('Enter');

  const code = dialog.getByLabel('HTML to paste');
  await expect(code).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?v=1&amp;lr=0\.3&amp;embed=1&amp;panels=regions%2Csurface&amp;controls=play%2Cstep%2Creset%2Clr&amp;autoplay=1" title="Softmax Lab" width="100%" height="500"/);
  const preview = dialog.frameLocator('iframe[title="Preview of the embedded lab"]');
  await expect(preview.getByRole('region', { name: 'Loss surface' })).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Training curves' })).toHaveCount(0);
  await expect(preview.getByLabel('Learning rate')).toHaveValue('0.3');
  await page.screenshot({ path: 'test-results/embed-dialog-1280.png' });

  await dialog.getByRole('button', { name: 'Copy HTML' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed…' })).toBeFocused();
});

test('the Embed dialog offers the open lesson, whose snippet is in view without scrolling the dialog', async ({ page }) => {
  await page.goto('./?lesson=4');
  await page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this lab' });
  await expect(dialog.getByRole('radio', { name: 'Lesson 4: its card and panels' })).toBeChecked();
  const code = dialog.getByLabel('HTML to paste');
  await expect(code).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;lesson=4" title="Softmax Lab"/);
  // The snippet sits inside the dialog's visible box: nothing to scroll to reach it.
  const [dialogBox, codeBox] = [await dialog.boundingBox(), await code.boundingBox()];
  expect(codeBox!.y + codeBox!.height).toBeLessThanOrEqual(dialogBox!.y + dialogBox!.height);
  expect(await dialog.evaluate((element) => element.scrollTop)).toBe(0);
  const preview = dialog.frameLocator('iframe[title="Preview of the embedded lab"]');
  await expect(preview.getByRole('heading', { level: 1, name: 'Lesson 4: Gradients sum to zero' })).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByRole('region', { name: 'Parameters' })).toBeVisible({ timeout: 30_000 });
  // The lab as it is now: the panel choices return, and the lesson leaves the address.
  await dialog.getByRole('radio', { name: 'The lab as it is now' }).check();
  await expect(dialog.getByRole('group', { name: 'Panels' })).toBeVisible();
  await expect(code).not.toHaveValue(/lesson=/);
});
