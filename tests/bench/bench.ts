import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { startEmulatorServer } from '../../mocks/runtimes/server';
import { FLOOR_FILE, fetchFirstRows, writeFloorPage } from './floor-page';
import { assetsBeforeFirstRow, installProbes, LIST_ITEMS, type Sample, timeToFirstRow } from './probes';
import { atMost, type Budget, type Figure, figure, printTable, toJson, verdict } from './report';
import {
  buildApp,
  DEMO_DIST,
  LIVE_DIST,
  type LiveStack,
  launchChromium,
  OUT_DIR,
  sleep,
  startLiveStack,
  startStaticServer,
  takePort,
} from './stack';

/**
 * `npm run bench`: builds the app, serves it, drives Chromium and prints the medians with their budgets.
 * Flags: --runs=N (default 5), --no-build (reuse bench-results/dist-*), --no-fail (exit 0 even when a budget
 * fails), --only=paint,first-row,scroll,click,requests,bulk.
 */
const argv = process.argv.slice(2);
const flagValue = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Math.max(1, Number(flagValue('runs') ?? 5));
const ONLY = flagValue('only')?.split(',');
const wants = (part: string) => !ONLY || ONLY.includes(part);

const FIRST_PAINT_JS_KB = 170;
const RATE = 7;
const figures: Figure[] = [];
const log = (text: string) => process.stdout.write(`${text}\n`);

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1000;
const ratioBudget: Budget = { text: '≤ 1.5× floor', isMet: (value) => value <= 1.5 };

async function newPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await installProbes(page);
  return { context, page };
}

/** Chunks of the production build that carry chart code (recharts or @mantine/charts). */
function chartChunks(): string[] {
  const assets = join(LIVE_DIST, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .filter((file) =>
      /recharts|mantine-(?:BarChart|LineChart|AreaChart|DonutChart|PieChart)/.test(
        readFileSync(join(assets, file), 'utf8'),
      ),
    )
    .map((file) => `/assets/${file}`);
}

async function measureFirstPaint(browser: Browser, stack: LiveStack): Promise<void> {
  const js: number[] = [];
  const css: number[] = [];
  let loaded: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await newPage(browser);
    await stack.wire.idle(1200);
    await timeToFirstRow(page, `${stack.url}/inbox`);
    loaded = [...new Set(await assetsBeforeFirstRow(page))];
    js.push(
      loaded.filter((path) => path.endsWith('.js')).reduce((sum, path) => sum + gzipKb(join(LIVE_DIST, path)), 0),
    );
    css.push(
      loaded.filter((path) => path.endsWith('.css')).reduce((sum, path) => sum + gzipKb(join(LIVE_DIST, path)), 0),
    );
    await context.close();
  }
  const charts = chartChunks();
  const chartsOnPaint = loaded.filter((path) => charts.includes(path));
  figures.push(
    figure('first-paint-js', 'First paint of /inbox: JavaScript (gzip)', 'KB', js, {
      budget: atMost(FIRST_PAINT_JS_KB, 'KB'),
      note: `${loaded.filter((path) => path.endsWith('.js')).length} files`,
    }),
    figure('first-paint-css', 'First paint of /inbox: CSS (gzip)', 'KB', css),
    figure('chart-code-on-first-paint', 'Chart code among first-paint files', 'files', [chartsOnPaint.length], {
      budget: atMost(0, ''),
      note: charts.length === 0 ? 'no chart chunk in the build yet' : `${charts.length} chart chunk(s) in the build`,
    }),
  );
  log(`  first paint loaded: ${loaded.join(', ')}`);
}

/** Cold: a fresh browser context (empty cache, no service worker). Warm: the same context, navigating again. */
async function firstRowTimes(
  browser: Browser,
  url: string,
  stack: LiveStack,
): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  // Every visit shares the token's 7 requests per second: start each one on a quiet wire, as a user would.
  const settle = async () => {
    await stack.wire.idle(1200);
    await sleep(300);
  };
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await newPage(browser);
    await settle();
    cold.push(await timeToFirstRow(page, url));
    await settle();
    warm.push(await timeToFirstRow(page, url));
    await context.close();
  }
  return { cold, warm };
}

async function measureFirstRow(browser: Browser, stack: LiveStack): Promise<void> {
  await stack.wire.idle(1000);
  // A fresh account and rate window: earlier measurements must not leave this one rate-limited.
  stack.emulator.emulator.reset();
  const demo = await startStaticServer(DEMO_DIST);
  try {
    for (const [name, base] of [
      ['production build + emulator', stack.url],
      ['demo build (emulator in the page)', demo.url],
    ] as const) {
      const floor = await firstRowTimes(browser, `${base}/${FLOOR_FILE}`, stack);
      const app = await firstRowTimes(browser, `${base}/inbox`, stack);
      const key = base === stack.url ? 'live' : 'demo';
      for (const kind of ['cold', 'warm'] as const) {
        const ratios = app[kind].map((value, index) => value / (floor[kind][index] ?? Number.NaN));
        figures.push(
          figure(`first-row-${key}-${kind}`, `First row, ${name}, ${kind}`, 'ms', app[kind]),
          figure(`floor-${key}-${kind}`, `Floor page (static table of 50 rows), ${kind}`, 'ms', floor[kind]),
          figure(`first-row-ratio-${key}-${kind}`, `First row / floor, ${name}, ${kind}`, '×', ratios, {
            budget: ratioBudget,
          }),
        );
      }
    }
  } finally {
    await demo.close();
  }
}

async function scrollerHandle(page: Page) {
  return page.locator('ul[aria-label="Incoming leads"]').locator('xpath=..');
}

async function hasMorePages(page: Page): Promise<boolean> {
  return (await page.locator(`${LIST_ITEMS}[aria-setsize="-1"]`).count()) > 0;
}

async function atBottom(page: Page): Promise<boolean> {
  return (await (
    await scrollerHandle(page)
  ).evaluate((element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 2)) as boolean;
}

/** The 10,000-lead account: requests per page and per drawer, then a scroll to the very end, then the heap. */
async function measureLargeAccount(browser: Browser): Promise<void> {
  const stack = await startLiveStack({ size: 'load' });
  const perPage: number[] = [];
  const perDrawer: number[] = [];
  const maxRows: number[] = [];
  const longTasks: number[] = [];
  const longestTask: number[] = [];
  const worstFrame: number[] = [];
  const heap: number[] = [];
  const scrollSeconds: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const { context, page } = await newPage(browser);
      await timeToFirstRow(page, `${stack.url}/inbox`);
      // The waiting set reads all 10,000 once (40 requests): let it finish before counting.
      await stack.wire.idle(2000, 90_000);

      stack.wire.clear();
      const scroller = await scrollerHandle(page);
      await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await page.waitForFunction(
        `document.querySelectorAll('${LIST_ITEMS}[aria-posinset="251"]').length > 0`,
        undefined,
        {
          timeout: 30_000,
        },
      );
      await stack.wire.idle(1500);
      perPage.push(stack.wire.records.length);

      await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
      await sleep(300);
      const drawerCounts: number[] = [];
      for (let index = 0; index < 3; index++) {
        stack.wire.clear();
        await page
          .locator(`${LIST_ITEMS} a`)
          .nth(index * 2 + 1)
          .click();
        await page.getByRole('dialog').getByRole('heading', { level: 2 }).waitFor({ timeout: 15_000 });
        await stack.wire.idle(1500);
        drawerCounts.push(stack.wire.records.length);
      }
      perDrawer.push(Math.max(...drawerCounts));
      await page.keyboard.press('Escape');

      const box = await scroller.boundingBox();
      await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
      await page.evaluate('window.__bench.startSampling()');
      const started = Date.now();
      while (Date.now() - started < 180_000) {
        await page.mouse.wheel(0, 1200);
        await sleep(40);
        if (!(await hasMorePages(page)) && (await atBottom(page))) break;
      }
      scrollSeconds.push((Date.now() - started) / 1000);
      await sleep(500);
      const sample = (await page.evaluate('window.__bench.stopSampling()')) as Sample;
      maxRows.push(sample.maxRows);
      longTasks.push(sample.longTasks);
      longestTask.push(sample.longestTask);
      worstFrame.push(sample.worstFrame);

      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      heap.push((metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 1e6);
      await context.close();
    }
  } finally {
    await stack.close();
  }
  figures.push(
    figure('requests-per-page', 'Requests per further page of 250 (10,000 account)', '', perPage, {
      budget: atMost(3, ''),
    }),
    figure('requests-per-drawer', 'Requests per opened drawer (most of 3 drawers)', '', perDrawer),
    figure('scroll-seconds', 'Scroll to the end of 10,000 (bound by 7 req/s)', 's', scrollSeconds),
    figure('scroll-max-rows', 'Rows in the DOM while scrolling, most', '', maxRows, { budget: atMost(60, '') }),
    figure('scroll-long-tasks', 'Long tasks while scrolling', '', longTasks),
    figure('scroll-longest-task', 'Longest task while scrolling', 'ms', longestTask, { budget: atMost(100, 'ms') }),
    figure('scroll-worst-frame', 'Worst frame while scrolling', 'ms', worstFrame),
    figure('heap-10000', 'JS heap after loading all 10,000 (after GC)', 'MB', heap),
  );
}

/** Optimistic accept: from the click's timestamp to the row leaving the DOM, with amoCRM taking 2 s to answer. */
async function measureClickToGone(browser: Browser, stack: LiveStack): Promise<void> {
  stack.emulator.emulator.reset();
  stack.wire.rules = [{ delayMs: 2000, matches: (method, path) => method === 'POST' && path.includes('/accept') }];
  const gone: number[] = [];
  const painted: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const { context, page } = await newPage(browser);
      await timeToFirstRow(page, `${stack.url}/inbox`);
      await stack.wire.idle(1000);
      const first = page.locator(`${LIST_ITEMS} a`).first();
      const href = (await first.getAttribute('href')) ?? '';
      const uid = new URL(href, stack.url).searchParams.get('lead') ?? '';
      await first.click();
      const accept = page.getByRole('dialog').getByRole('button', { name: /^Accept/ });
      await accept.waitFor();
      await page.waitForFunction(
        `!document.querySelector('[role="dialog"] button[aria-keyshortcuts="a"]')?.disabled`,
        undefined,
        { timeout: 15_000 },
      );
      await page.evaluate(`window.__bench.watchRemoval('${LIST_ITEMS} a[href*="lead=${uid}"]')`);
      await accept.click();
      await page.waitForFunction('window.__bench.paintedAt !== null', undefined, { timeout: 10_000 });
      const times = (await page.evaluate(
        '({ click: window.__bench.clickAt, gone: window.__bench.goneAt, painted: window.__bench.paintedAt })',
      )) as { click: number; gone: number; painted: number };
      gone.push(times.gone - times.click);
      painted.push(times.painted - times.click);
      await context.close();
    }
  } finally {
    stack.wire.rules = [];
  }
  figures.push(
    figure('click-to-gone', 'Accept click → row gone from the DOM (server answers in 2 s)', 'ms', gone, {
      budget: atMost(50, 'ms'),
    }),
    figure('click-to-next-frame', 'Accept click → next frame without the row', 'ms', painted),
  );
}

const countAccepted = (stack: LiveStack) =>
  [...stack.emulator.emulator.db.incoming.values()].filter((lead) => lead.state === 'accepted').length;

/** Select 100 with the keyboard, Accept 100, and watch the wire: the sending time and every 429. */
async function measureBulk(browser: Browser, stack: LiveStack): Promise<void> {
  const sending: number[] = [];
  const total: number[] = [];
  const tooMany: number[] = [];
  const accepted: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    stack.emulator.emulator.reset();
    const acceptedBefore = countAccepted(stack);
    const { context, page } = await newPage(browser);
    await timeToFirstRow(page, `${stack.url}/inbox`);
    await stack.wire.idle(1000);
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    for (let index = 0; index < 99; index++) await page.keyboard.press('j');
    await page.keyboard.press('Shift+x');
    const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
    await toolbar.getByText('100 selected').waitFor();
    const button = toolbar.getByRole('button', { name: 'Accept 100' });
    await page.waitForFunction(
      `[...document.querySelectorAll('[role="toolbar"] button')].some((b) => b.textContent === 'Accept 100' && !b.disabled)`,
    );
    stack.wire.clear();
    const clickedAt = Date.now();
    await button.click();
    await page.getByRole('dialog', { name: 'Bulk accept finished' }).waitFor({ timeout: 180_000 });
    total.push((Date.now() - clickedAt) / 1000);
    const accepts = stack.wire.records.filter((record) => record.method === 'POST' && record.path.includes('/accept'));
    const firstStart = Math.min(...accepts.map((record) => record.startedAt));
    const lastEnd = Math.max(...accepts.map((record) => record.endedAt));
    sending.push((lastEnd - firstStart) / 1000);
    tooMany.push(stack.wire.records.filter((record) => record.status === 429).length);
    accepted.push(countAccepted(stack) - acceptedBefore);
    await context.close();
  }
  const ideal = 100 / RATE;
  figures.push(
    figure('bulk-100-sending', 'Bulk accept of 100: first request → last answer', 's', sending, {
      budget: { text: `≤ ${(1.2 * ideal).toFixed(1)} s (1.2 × 100/7)`, isMet: (value) => value <= 1.2 * ideal },
    }),
    figure('bulk-100-total', 'Bulk accept of 100: click → results (incl. 5 s undo window)', 's', total),
    figure('bulk-100-429', 'Bulk accept of 100: 429 answers', '', tooMany, { budget: atMost(0, '') }),
    figure('bulk-100-accepted', 'Bulk accept of 100: accepted in the account', '', accepted, {
      budget: { text: '= 100', isMet: (value) => value === 100 },
    }),
  );
}

/**
 * The floor pages go into both builds before any server starts: the static file servers index their folder
 * once, at start-up, and would answer a later file with the app's index.html.
 */
async function writeFloorPages(): Promise<void> {
  const emulator = await startEmulatorServer({ port: takePort() });
  try {
    const rows = await fetchFirstRows(emulator.url);
    writeFloorPage(LIVE_DIST, rows);
    writeFloorPage(DEMO_DIST, rows);
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  if (!argv.includes('--no-build')) {
    log('Building the production and the demo build…');
    buildApp('live');
    buildApp('demo');
  }
  await writeFloorPages();
  const browser = await launchChromium();
  const stack = await startLiveStack();
  try {
    if (wants('paint')) {
      log('First-paint bytes…');
      await measureFirstPaint(browser, stack);
    }
    if (wants('first-row')) {
      log('Time to the first row…');
      await measureFirstRow(browser, stack);
    }
    if (wants('click')) {
      log('Click-to-gone…');
      await measureClickToGone(browser, stack);
    }
    if (wants('bulk')) {
      log('Bulk accept of 100…');
      await measureBulk(browser, stack);
    }
    if (wants('scroll') || wants('requests')) {
      log('The 10,000-lead account…');
      await measureLargeAccount(browser);
    }
  } finally {
    await stack.close();
    await browser.close();
  }
  log('');
  log(printTable(figures));
  const failed = figures.filter((item) => verdict(item) === 'FAIL');
  const result = {
    date: new Date().toISOString(),
    runs: RUNS,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
    budgetsFailed: failed.map((item) => item.id),
    figures: toJson(figures),
  };
  writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  log('');
  log(`${figures.filter((item) => item.budget).length - failed.length} budgets met, ${failed.length} failed`);
  log(`Figures written to ${join(OUT_DIR, 'latest.json')}`);
  if (failed.length > 0 && !argv.includes('--no-fail')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
