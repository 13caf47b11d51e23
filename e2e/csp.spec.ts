import { expect, test, type Page } from './fixtures';
import { racePanel, trainingPanel } from './locators';

type Probe = Window & { cspViolations: string[]; injected?: boolean };

const violations = (page: Page) => page.evaluate(() => (window as unknown as Probe).cspViolations);

test.beforeEach(async ({ page }) => {
  // Runs before the page's own code: every violation of the page's policy is recorded from the start.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as Probe).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
});

test('the built page carries a strict policy: inline only what the build wrote, by hash; no eval, no inline style attribute', async ({ page }) => {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(policy!.split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }));
  // The boot script, and the first screen's style sheets, are written into index.html so that nothing holds the
  // first paint: one hash each, and nothing else inline.
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src])')].length,
    styles: [...document.querySelectorAll('head style')].length,
  }));
  expect(inline.scripts).toBe(1);
  expect(inline.styles).toBeGreaterThan(0);
  const hashes = (sources: readonly string[]) => sources.filter((source) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(source)).length;
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')![0]).toBe("'self'");
  expect(hashes(directives.get('script-src')!)).toBe(inline.scripts);
  expect(directives.get('script-src')).toHaveLength(1 + inline.scripts);
  expect(directives.get('style-src')![0]).toBe("'self'");
  expect(hashes(directives.get('style-src')!)).toBe(inline.styles);
  expect(directives.get('style-src')).toHaveLength(1 + inline.styles);
  expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
});

test('training, the lab and the race run without a single policy violation', async ({ page }) => {
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  await expect(trainingPanel(page).getByText(/^Step \d+$/)).not.toHaveText('Step 0');
  await trainingPanel(page).getByRole('button', { name: 'Pause' }).click();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Race' }).click();
  await racePanel(page).getByRole('button', { name: 'Play race' }).click();
  await expect.poll(async () => Number((await racePanel(page).getByText(/^Race step \d+$/).textContent())?.replace('Race step ', ''))).toBeGreaterThan(5);
  // The race may finish between the check and the click, which then finds only Play: that is fine too.
  await racePanel(page).getByRole('button', { name: 'Pause race' }).click({ timeout: 2_000 }).catch(() => undefined);

  expect(await violations(page)).toEqual([]);
});

test.describe('where the page logs errors on purpose', () => {
  // The blocked inline script, eval and style are reported on the console.
  test.use({ allowConsoleErrors: true });

  test('negative control: injected inline script, eval and inline style are blocked and reported', async ({ page }) => {
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      // Playwright's own evaluation may run eval; the page's code, here a later task, may not.
      const evalRan = await new Promise<boolean>((resolve) =>
        setTimeout(() => {
          try {
            resolve(new Function('return true')() === true);
          } catch {
            resolve(false);
          }
        }),
      );
      const styled = document.createElement('div');
      styled.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(styled);
      const color = getComputedStyle(styled).color;
      styled.remove();
      return { injected: (window as unknown as Probe).injected === true, evalRan, color };
    });
    expect(outcome.injected).toBe(false);
    expect(outcome.evalRan).toBe(false);
    expect(outcome.color).not.toBe('rgb(255, 0, 0)');
    await expect.poll(() => violations(page)).toEqual(['script-src-elem inline', 'script-src eval', 'style-src-attr inline']);
  });
});
