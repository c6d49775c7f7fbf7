import type { Page } from '@playwright/test';

/**
 * What the page itself records for the benchmark, installed before any of the app's code runs. Written as plain
 * JavaScript text: it runs in the browser, and a compiled function could carry helpers the page does not have.
 */
export const ROW_SELECTOR = '[aria-label="Incoming leads"] li a, table[data-floor] tbody tr';
export const LIST_ITEMS = '[aria-label="Incoming leads"] > li';

const PROBE = `(() => {
  const bench = { firstRow: null, longTasks: [], maxRows: 0, worstFrame: 0, frames: 0, sampling: false };
  window.__bench = bench;
  const checkRow = () => {
    if (bench.firstRow === null && document.querySelector(${JSON.stringify(ROW_SELECTOR)})) {
      bench.firstRow = performance.now();
      rowObserver.disconnect();
    }
  };
  const rowObserver = new MutationObserver(checkRow);
  rowObserver.observe(document, { childList: true, subtree: true });
  // A small static page can be parsed before the observer sees it: look again when parsing ends.
  checkRow();
  document.addEventListener('DOMContentLoaded', checkRow);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  bench.startSampling = () => {
    bench.sampling = true;
    bench.maxRows = 0;
    bench.worstFrame = 0;
    bench.frames = 0;
    bench.sampleStart = performance.now();
    let last = performance.now();
    const tick = (now) => {
      if (!bench.sampling) return;
      const rows = document.querySelectorAll(${JSON.stringify(LIST_ITEMS)}).length;
      if (rows > bench.maxRows) bench.maxRows = rows;
      if (bench.frames > 0 && now - last > bench.worstFrame) bench.worstFrame = now - last;
      bench.frames += 1;
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopSampling = () => {
    bench.sampling = false;
    const since = bench.sampleStart;
    const tasks = bench.longTasks.filter((task) => task.start >= since);
    return {
      maxRows: bench.maxRows,
      worstFrame: bench.worstFrame,
      frames: bench.frames,
      longTasks: tasks.length,
      longestTask: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
    };
  };
  // Click-to-gone: the click's own timestamp, then the moment the watched row leaves the DOM and the frame after.
  bench.watchRemoval = (selector) => {
    bench.clickAt = null;
    bench.goneAt = null;
    bench.paintedAt = null;
    window.addEventListener('click', (event) => { if (bench.clickAt === null) bench.clickAt = event.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (bench.clickAt !== null && !document.querySelector(selector)) {
        bench.goneAt = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => { bench.paintedAt = performance.now(); });
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  };
})();`;

export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBE });
}

export interface Sample {
  maxRows: number;
  worstFrame: number;
  frames: number;
  longTasks: number;
  longestTask: number;
}

/** Navigates and returns milliseconds from navigation start to the first lead row in the DOM. */
export async function timeToFirstRow(page: Page, url: string, timeoutMs = 30_000): Promise<number> {
  // On this shared machine a navigation now and then never reports its row; one more try, then give up.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction('window.__bench && window.__bench.firstRow !== null', undefined, {
        timeout: timeoutMs,
        polling: 50,
      });
      return (await page.evaluate('window.__bench.firstRow')) as number;
    } catch (error) {
      if (attempt >= 2) throw error;
      process.stdout.write(`  no first row within ${timeoutMs / 1000} s at ${url}; trying again\n`);
    }
  }
}

/** The scripts and styles the page asked for before its first row appeared. */
export async function assetsBeforeFirstRow(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const until = window.__bench.firstRow;
    return performance.getEntriesByType('resource')
      .filter((entry) => entry.startTime <= until && /\\.(js|css)(\\?|$)/.test(new URL(entry.name).pathname))
      .map((entry) => new URL(entry.name).pathname);
  })()`)) as string[];
}
