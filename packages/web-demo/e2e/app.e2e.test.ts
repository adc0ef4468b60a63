/**
 * End-to-end tests of the built demo in real Chromium (Debian's, driven by playwright-core).
 * Run by `pnpm --filter @rapport/web-demo test:e2e`, which builds the app first.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type StaticServer, serve } from './server';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SUMMARY = /^(Well done|Session finished)/;

let browser: Browser;
let server: StaticServer;

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made, in order. */
  readonly requests: string[];
  readonly errors: string[];
  readonly dialogs: string[];
  close(): Promise<void>;
}

before(async () => {
  server = await serve(join(pkg, 'dist'));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright starts Chromium on a fresh, empty --user-data-dir of its own.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  options: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return {
    context,
    page,
    requests,
    errors,
    dialogs,
    close: async () => {
      await context.close();
      assert.deepEqual(errors, [], 'no errors in the page');
      assert.deepEqual(dialogs, [], 'no dialogs (alert/confirm) were opened');
      const outside = requests.filter((u) => !u.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(u));
      assert.deepEqual(outside, [], 'no request left the origin');
    },
  };
}

/** The first scenario offered (the pack's order puts a beginner one first). */
async function firstScenarioTitle(page: Page): Promise<string> {
  return ((await page.locator('.card-title').first().textContent()) ?? '').trim();
}

async function startFirst(page: Page): Promise<string> {
  const title = await firstScenarioTitle(page);
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('log').waitFor();
  return title;
}

async function summaryShown(page: Page): Promise<boolean> {
  return page.getByRole('heading', { level: 1, name: SUMMARY }).isVisible();
}

/** Type and send a reply; wait until it shows in the log (or the session ends). */
async function reply(page: Page, text: string): Promise<void> {
  const learnerBefore = await page.locator('[role="log"] .bubble.from-learner').count();
  await page.getByRole('textbox', { name: 'Your reply' }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('[role="log"] .bubble.from-learner').length > n ||
      document.querySelector('#summary-title, #safety-title') !== null,
    learnerBefore,
  );
}

/** Reveal the whole hint ladder and return its last rung (the model reply). */
async function modelReply(page: Page): Promise<string> {
  const hint = page.getByRole('button', { name: 'Hint', exact: true });
  for (let i = 0; i < 3; i++) await hint.click();
  const items = page.getByRole('region', { name: 'Hints' }).locator('.hint-text');
  await items.first().waitFor();
  return ((await items.last().textContent()) ?? '').trim();
}

async function playToEnd(page: Page): Promise<number> {
  for (let turn = 0; turn < 20; turn++) {
    if (await summaryShown(page)) return turn;
    await reply(page, await modelReply(page));
  }
  assert.fail('the scenario did not end within 20 replies of its own model hints');
}

async function axe(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: object,
        ) => Promise<{
          violations: { id: string; impact: string; help: string; nodes: { target: unknown }[] }[];
        }>;
      };
    };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  assert.deepEqual(violations, [], `axe on ${label}`);
}

describe('web demo in Chromium', () => {
  test('first render on localhost is under a second', async (t) => {
    // The browser's own first start is not the app's: warm it up once, then time three fresh loads.
    await (await open()).close();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await open();
      // The paint entry can land a moment after the heading is in the DOM.
      await s.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      times.push(
        await s.page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        ),
      );
      await s.close();
    }
    const median = [...times].sort((x, y) => x - y)[1] ?? Number.NaN;
    t.diagnostic(
      `first contentful paint: ${times.map(Math.round).join(', ')} ms (median ${Math.round(median)} ms)`,
    );
    assert.ok(median < 1000, `median first contentful paint ${median} ms`);
  });

  test('plays a scenario to its end through hint and try again; saves the play screenshot', async () => {
    // Reduced motion, so the screenshot shows meters at rest rather than mid-transition.
    const s = await open({ width: 1200, height: 860, reducedMotion: 'reduce' });
    const { page } = s;
    await startFirst(page);

    // A weak reply gets feedback that quotes it; "Try again" takes it back.
    const weak = 'You should just stop worrying about it.';
    await reply(page, weak);
    const feedback = page.getByRole('region', { name: 'Feedback' });
    assert.equal(await feedback.getAttribute('aria-live'), 'polite');
    await feedback.locator('li').first().waitFor();
    assert.match((await feedback.textContent()) ?? '', /Why:/);
    if (!(await summaryShown(page))) {
      await page.getByRole('button', { name: 'Try again', exact: true }).click();
      await page.waitForFunction(
        (t) =>
          ![...document.querySelectorAll('[role="log"] .bubble.from-learner p')].some(
            (p) => p.textContent === t,
          ),
        weak,
      );
      // The taken-back words wait in the box to be rephrased.
      assert.equal(await page.getByRole('textbox', { name: 'Your reply' }).inputValue(), weak);
    }

    // The hint ladder climbs; the model reply moves the conversation on.
    const model = await modelReply(page);
    assert.ok(model.length > 0);
    assert.equal(await page.getByRole('region', { name: 'Hints' }).locator('li').count(), 3);
    await reply(page, model);
    if (!(await summaryShown(page))) {
      await page.getByRole('region', { name: 'Feedback' }).locator('li').first().waitFor();
      mkdirSync(join(pkg, 'docs'), { recursive: true });
      await page.screenshot({ path: join(pkg, 'docs', 'screenshot-play.png'), fullPage: true });
    }

    await playToEnd(page);
    assert.ok(await page.locator('.chart svg rect.chart-bar').count(), 'a per-skill chart is drawn');
    await page.getByRole('heading', { name: 'Strengths' }).waitFor();
    await page.getByRole('heading', { name: 'Room to grow' }).waitFor();
    await page.getByRole('heading', { name: 'What to practise next' }).waitFor();

    // The finished session is in the history.
    await page.getByRole('button', { name: 'My data', exact: true }).click();
    assert.equal(await page.locator('table.history tbody tr').count(), 1);
    await s.close();
  });

  test('reloads mid-session and resumes where it was', async () => {
    const s = await open();
    const { page } = s;
    const title = await startFirst(page);
    const text = 'That sounds like a really hard day.';
    await reply(page, text);
    if (await summaryShown(page)) return s.close();
    const linesBefore = await page.locator('[role="log"] .bubble').allInnerTexts();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.deepEqual(await page.locator('[role="log"] .bubble').allInnerTexts(), linesBefore);
    // …and the conversation goes on from there.
    await reply(page, await modelReply(page));
    await s.close();
  });

  test('the reply <img src=x onerror=alert(1)> stays inert text', async () => {
    const s = await open();
    const { page } = s;
    await startFirst(page);
    const xss = '<img src=x onerror=alert(1)>';
    await reply(page, xss);
    if (!(await summaryShown(page))) {
      const learner = page.locator('[role="log"] .bubble.from-learner p').last();
      assert.equal(await learner.textContent(), xss);
    }
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length), 0);
    await page.waitForTimeout(200);
    await s.close(); // asserts no dialog opened and no request for "x"
  });

  test('no request leaves the origin across every screen', async () => {
    const s = await open();
    const { page } = s;
    await startFirst(page);
    await reply(page, 'How are you feeling about it?');
    for (const name of ['Check-in', 'Author', 'My data', 'Practise']) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await page.getByRole('button', { name: 'My data', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data (JSON)' }).click();
    assert.match((await download).suggestedFilename(), /^rapport-data-.*\.json$/);
    assert.ok(s.requests.length > 0);
    await s.close();
  });

  test('axe-core finds no serious or critical violations on any screen', async () => {
    const s = await open();
    const { page } = s;
    await axe(page, 'library');
    await startFirst(page);
    await reply(page, 'You should just relax.');
    await modelReply(page);
    await axe(page, 'play with feedback and hints');
    await playToEnd(page);
    await axe(page, 'summary');
    await page.getByRole('button', { name: 'Check-in', exact: true }).click();
    await axe(page, 'check-in');
    await page.getByRole('button', { name: 'Author', exact: true }).click();
    await page.getByRole('textbox', { name: 'Scenario (YAML or JSON)' }).fill('title: [unclosed');
    await page.getByRole('button', { name: 'Check scenario' }).click();
    await page.getByText(/issues? to fix/).waitFor();
    await axe(page, 'author playground with issues');
    await page.getByRole('button', { name: 'My data', exact: true }).click();
    await axe(page, 'my data');
    await s.close();
  });

  test('crisis language shows the calm safety screen, never role-play feedback', async () => {
    const s = await open();
    const { page } = s;
    await startFirst(page);
    await reply(page, 'Honestly I just want to kill myself.');
    await page.getByRole('heading', { level: 1 }).and(page.locator('#safety-title')).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Feedback' }).count(), 0);
    await page.getByRole('heading', { name: 'Where to get help' }).waitFor();
    await axe(page, 'safety screen');
    await s.close();
  });

  test('keyboard only: choose, reply, hint, try again, with visible focus', async () => {
    const s = await open();
    const { page } = s;
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return { name: '', outline: 'none' };
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        const style = getComputedStyle(el);
        return {
          name: (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
    const tabTo = async (name: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (f.name === name) {
          assert.notEqual(f.outline.split(' ')[0], 'none', `focus on "${name}" is visible`);
          return;
        }
      }
      assert.fail(`could not reach "${name}" with Tab`);
    };

    const title = await firstScenarioTitle(page);
    await tabTo(title);
    await page.keyboard.press('Enter');
    await page.getByRole('log').waitFor();
    await tabTo('Your reply');
    await page.keyboard.type('I hear you.');
    await page.keyboard.press('Enter');
    await page.locator('[role="log"] .bubble.from-learner').first().waitFor();
    if (await summaryShown(page)) return s.close();
    // Focus stays in the reply box after sending.
    assert.equal((await focused()).name, 'Your reply');
    await tabTo('Try again');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('[role="log"] .bubble.from-learner').length === 0,
    );
    await tabTo('Hint');
    await page.keyboard.press('Space');
    await page.getByRole('region', { name: 'Hints' }).waitFor();
    // Play on to the end with the keyboard alone.
    for (let turn = 0; turn < 20 && !(await summaryShown(page)); turn++) {
      const hint = page.getByRole('region', { name: 'Hints' }).locator('.hint-text');
      while ((await hint.count()) < 3) {
        await tabTo('Hint');
        await page.keyboard.press('Enter');
        await page.waitForTimeout(30);
      }
      const text = ((await hint.last().textContent()) ?? '').trim();
      await tabTo('Your reply');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(50);
    }
    assert.ok(await summaryShown(page), 'reached the summary with the keyboard alone');
    // Focus moved from the vanished reply box to the summary's heading.
    assert.match((await focused()).name, SUMMARY);
    await s.close();
  });

  test('usable at 375 px wide, and respects reduced motion', async () => {
    const s = await open({ width: 375, height: 740, reducedMotion: 'reduce' });
    const { page } = s;
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow()) <= 0, 'library fits');
    await startFirst(page);
    await reply(page, 'That sounds frustrating. What happened?');
    assert.ok((await overflow()) <= 0, 'play screen fits');
    const send = await page.getByRole('button', { name: 'Send', exact: true }).boundingBox();
    assert.ok(send && send.x + send.width <= 375, 'Send is on screen');
    const animation = await page.evaluate(() => {
      const halo = document.querySelector('.mood-visual .halo');
      return halo ? getComputedStyle(halo).animationName : 'none';
    });
    assert.equal(animation, 'none');
    await s.close();
  });

  test('corrupted and foreign saved data is reported and set aside, nothing else lost', async () => {
    const s = await open();
    const { page } = s;
    await page.evaluate(() => {
      localStorage.setItem('rapport:v1:history', '{oops');
      localStorage.setItem('rapport:v1:checkins', JSON.stringify({ some: 'other app' }));
      localStorage.setItem('rapport:v1:active', JSON.stringify({ version: 1, data: { hello: 1 } }));
      localStorage.setItem('not-ours', 'keep me');
    });
    await page.reload();
    await page.getByRole('alert').waitFor();
    assert.match((await page.getByRole('alert').textContent()) ?? '', /set aside/);
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.ok(keys.includes('not-ours'));
    assert.equal(keys.filter((k) => k.startsWith('rapport:quarantine:')).length, 3);
    assert.ok(!keys.includes('rapport:v1:history'));
    await page.getByRole('heading', { level: 1, name: /Choose a conversation/ }).waitFor();
    // The app carries on: a session can start and is saved.
    await startFirst(page);
    await s.close();
  });
});
