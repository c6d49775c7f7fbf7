import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { mainPipeline } from '../../mocks/account/db';
import { insertIncomingLead } from '../../mocks/account/db-inserts';
import type { ScenarioName } from '../../mocks/scenarios/scenario-names';
import { buildApp, type LiveStack, launchChromium, OUT_DIR, sleep, startLiveStack } from '../bench/stack';
import { buildIncomingLead } from '../support/incoming-lead-drafts';

/**
 * `npm run drill`: the fault drill. The production build runs against the standalone emulator; each scenario
 * breaks the API in one way and checks, as a manager would see it, that the app keeps working and that every
 * action ends done, visibly pending, or failed with Retry — and, against the account itself, that none is lost.
 * Flags: --no-build (reuse bench-results/dist-live), --only=name,name.
 */
const argv = process.argv.slice(2);
const ONLY = argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const log = (text: string) => process.stdout.write(`${text}\n`);
/** `npm start`'s wait for the account, shortened from 30 s so the silent-account scenario takes seconds. */
const DRILL_TIMEOUT_MS = 6_000;

class DrillFailure extends Error {}
function check(condition: boolean, message: string): void {
  if (!condition) throw new DrillFailure(message);
}

interface Drill {
  stack: LiveStack;
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
}

const list = (page: Page) => page.getByRole('list', { name: 'Incoming leads' });
const tray = (page: Page) => page.getByRole('region', { name: 'Pending actions' });
const rowOf = (page: Page, uid: string) => list(page).locator(`a[href*="lead=${uid}"]`);

function stateOf(stack: LiveStack, uid: string): string {
  return stack.emulator.emulator.db.incoming.get(uid)?.state ?? 'missing';
}

/** Opens the inbox; when the API fails the first load, the manager presses Retry, as often as it takes. */
async function openInbox(page: Page, url: string, attempts = 6): Promise<number> {
  await page.goto(url);
  let retries = 0;
  for (;;) {
    const row = list(page).getByRole('link').first();
    const retry = page.getByRole('alert').getByRole('button', { name: 'Retry' });
    await row.or(retry).first().waitFor({ timeout: 60_000 });
    if (await row.isVisible()) return retries;
    check(retries < attempts, `the inbox did not load after ${attempts} retries`);
    retries += 1;
    await retry.click();
    await sleep(500);
  }
}

async function cursorUid(page: Page): Promise<string> {
  const current = list(page).locator('[aria-current="true"]');
  if ((await current.count()) === 0) await page.keyboard.press('j');
  const href = (await current.getByRole('link').getAttribute('href')) ?? '';
  return new URL(href, 'http://x').searchParams.get('lead') ?? '';
}

async function stagesLoaded(page: Page): Promise<void> {
  await list(page)
    .getByText(/^(Sales|Wholesale|Partners)$/)
    .first()
    .waitFor({ timeout: 60_000 });
}

/** Accepts `count` leads with the keyboard, one after another, and returns their uids. */
async function acceptWithKeys(page: Page, count: number): Promise<string[]> {
  const uids: string[] = [];
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (let index = 0; index < count; index++) {
    const uid = await cursorUid(page);
    await page.keyboard.press('a');
    await rowOf(page, uid).waitFor({ state: 'detached', timeout: 5_000 });
    uids.push(uid);
  }
  return uids;
}

/** Ticks `count` rows from the top with x / j / Shift+x and returns their uids. */
async function selectWithKeys(page: Page, count: number): Promise<string[]> {
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('j');
  const uids = [await cursorUid(page)];
  await page.keyboard.press('x');
  for (let index = 1; index < count; index++) {
    await page.keyboard.press('j');
    uids.push(await cursorUid(page));
  }
  await page.keyboard.press('Shift+x');
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByText(`${count} selected`).waitFor();
  return uids;
}

interface Outcome {
  done: number;
  failedWithRetry: number;
  pending: number;
}

/**
 * Where each action stands, from the account and the screen: done in the account, or a line in the tray that is
 * still pending or failed with Retry. Nothing may be neither.
 */
async function outcome(drill: Drill, uids: readonly string[]): Promise<Outcome> {
  const done = uids.filter((uid) => stateOf(drill.stack, uid) === 'accepted').length;
  const region = tray(drill.page);
  const present = (await region.count()) > 0;
  const failedWithRetry = present ? await region.getByRole('button', { name: 'Retry' }).count() : 0;
  const lines = present ? await region.locator('li').count() : 0;
  return { done, failedWithRetry, pending: lines - failedWithRetry };
}

async function waitForSettled(drill: Drill, uids: readonly string[], timeoutMs: number): Promise<Outcome> {
  const deadline = Date.now() + timeoutMs;
  let last = await outcome(drill, uids);
  while (Date.now() < deadline) {
    last = await outcome(drill, uids);
    if (last.done + last.failedWithRetry === uids.length && last.pending === 0) return last;
    await sleep(500);
  }
  return last;
}

function accountedFor(uids: readonly string[], result: Outcome): void {
  check(
    result.done + result.failedWithRetry + result.pending === uids.length,
    `${uids.length} actions but ${result.done} done, ${result.pending} pending, ${result.failedWithRetry} failed with Retry`,
  );
}

async function stillWorking(drill: Drill): Promise<void> {
  check(drill.pageErrors.length === 0, `uncaught error in the page: ${drill.pageErrors[0]}`);
  const text = (await drill.page.locator('body').innerText()).trim();
  check(text.length > 0, 'blank screen');
  check(!/at \S+ \(.*:\d+:\d+\)/.test(text), 'a raw stack trace is on screen');
}

/** Retry on a failed action: the failure notification carries one and so does the tray; either will do. */
async function pressRetry(page: Page): Promise<void> {
  const inNotification = page
    .getByRole('alert')
    // An action's failure, not the page-wide "Could not refresh" banner, which has a Retry of its own.
    .filter({ hasText: /^Could not (accept|decline|link)/ })
    .getByRole('button', { name: 'Retry' });
  if (await inNotification.first().isVisible()) await inNotification.first().click();
  else await tray(page).getByRole('button', { name: 'Retry' }).first().click();
}

type Scenario = (drill: Drill) => Promise<string>;

async function rateLimited(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  stack.emulator.emulator.setScenario('rate-limited');
  const retries = await openInbox(page, `${drill.stack.url}/inbox`);
  // Accept needs the pipelines' stages; at 1 request per second they come a few seconds after the rows.
  await stagesLoaded(page);
  const uids = await acceptWithKeys(page, 3);
  const result = await waitForSettled(drill, uids, 120_000);
  accountedFor(uids, result);
  await stillWorking(drill);
  const tooMany = stack.wire.records.filter((record) => record.status === 429).length;
  const blocked = stack.wire.records.filter((record) => record.status === 403).length;
  check(blocked === 0, `amoCRM blocked the account (${blocked} × 403) after ${tooMany} × 429`);
  check(result.done === uids.length, `${result.done} of ${uids.length} accepted at 1 request per second`);
  return `1 req/s: inbox loaded (${retries} manual retries), ${result.done}/3 accepted, ${tooMany} × 429 waited out, no 403 block`;
}

async function flaky(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  stack.emulator.emulator.setScenario('flaky');
  const retries = await openInbox(page, `${drill.stack.url}/inbox`);
  const uids = await acceptWithKeys(page, 5);
  let result = await waitForSettled(drill, uids, 60_000);
  accountedFor(uids, result);
  let rounds = 0;
  while (result.failedWithRetry > 0 && rounds < 10) {
    rounds += 1;
    await pressRetry(page);
    result = await waitForSettled(drill, uids, 30_000);
    accountedFor(uids, result);
  }
  await stillWorking(drill);
  check(result.done === uids.length, `${result.done} of ${uids.length} accepted after ${rounds} Retry clicks`);
  const failures = stack.wire.records.filter((record) => record.status >= 500 || record.status === 0).length;
  return `30 % failing: inbox loaded (${retries} manual retries), 5/5 accepted, ${rounds} Retry clicks, ${failures} failed requests absorbed`;
}

function serverError(shape: 'legacy' | 'kommo'): Scenario {
  return async (drill) => {
    const { page, stack } = drill;
    stack.emulator.emulator.setQuirks({ serverErrorShape: shape });
    await openInbox(page, `${stack.url}/inbox`);
    stack.emulator.emulator.setScenario('server-error');
    const [uid = ''] = await acceptWithKeys(page, 1);
    const failed = tray(page).getByRole('button', { name: 'Retry' });
    await failed.waitFor({ timeout: 30_000 });
    const message = await tray(page).locator('li').first().innerText();
    check(/Could not accept/.test(message), `the tray says "${message}" instead of a failure in words`);
    await rowOf(page, uid).waitFor({ timeout: 5_000 });
    await stillWorking(drill);

    // A fresh visit while amoCRM is down: a message and Retry, never a blank page.
    const second = await drill.context.newPage();
    await second.goto(`${stack.url}/inbox`);
    const alert = second.getByRole('alert').filter({ has: second.getByRole('button', { name: 'Retry' }) });
    await alert.waitFor({ timeout: 60_000 });
    const alertText = (await alert.innerText()).replace(/\s+/g, ' ').slice(0, 160);

    stack.emulator.emulator.setScenario(null);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await list(second).getByRole('link').first().waitFor({ timeout: 30_000 });
    await second.close();
    await pressRetry(page);
    const result = await waitForSettled(drill, [uid], 30_000);
    accountedFor([uid], result);
    check(result.done === 1, 'the retried accept did not reach the account');
    return `500 (${shape} body): lead back in the list with "${message.split('\n')[0]}", Retry; fresh load shows "${alertText}"; after recovery Retry accepted it`;
  };
}

async function expiredToken(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  await openInbox(page, `${stack.url}/inbox`);
  const uids = await acceptWithKeys(page, 2);
  // The token expires during the grace window.
  stack.wire.tokenOverride = 'demo-expired-token';
  const banner = page.getByRole('alert').filter({ hasText: 'amoCRM rejected the session' });
  await banner.waitFor({ timeout: 30_000 });
  const kept = await outcome(drill, uids);
  accountedFor(uids, kept);
  check(kept.done === 0 && kept.pending === 2, `expected 2 kept actions, found ${JSON.stringify(kept)}`);
  for (const uid of uids) check((await rowOf(page, uid).count()) === 0, 'a kept lead came back into the list');
  await stillWorking(drill);

  stack.wire.tokenOverride = null;
  await banner.getByRole('button', { name: 'Try again' }).click();
  const result = await waitForSettled(drill, uids, 30_000);
  accountedFor(uids, result);
  check(result.done === 2, `${result.done} of 2 accepted once the session was back`);

  // A fresh visit with an expired token: a message in words, not a blank screen.
  stack.wire.tokenOverride = 'demo-expired-token';
  const second = await drill.context.newPage();
  await second.goto(`${stack.url}/inbox`);
  const alert = second.getByRole('alert').first();
  await alert.waitFor({ timeout: 30_000 });
  const text = (await alert.innerText()).replace(/\s+/g, ' ').slice(0, 160);
  await second.close();
  stack.wire.tokenOverride = null;
  return `401 mid-grace: banner, 2 actions kept (not lost, not back in the list), sent after "Try again"; fresh load says "${text}"`;
}

async function networkCutMidBulk(drill: Drill): Promise<string> {
  const { page, stack, context } = drill;
  await openInbox(page, `${stack.url}/inbox`);
  const uids = await selectWithKeys(page, 20);
  stack.wire.clear();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Accept 20' }).click();
  const deadline = Date.now() + 30_000;
  const accepted = () => stack.wire.records.filter((record) => record.path.includes('/accept')).length;
  while (accepted() < 6 && Date.now() < deadline) await sleep(50);
  await context.setOffline(true);
  const sentBeforeCut = accepted();
  await sleep(4_000);
  await stillWorking(drill);
  const during = (await page.locator('body').innerText()).match(/(Accepting \d+ of 20|\d+ of 20 sent)/)?.[0] ?? '';
  check(during !== '', 'no progress visible while offline');
  await context.setOffline(false);

  const finished = page.getByRole('dialog', { name: 'Bulk accept finished' });
  const progressHidden = page.getByRole('region', { name: 'Pending actions' });
  await finished.or(progressHidden).first().waitFor({ timeout: 90_000 });
  await finished.waitFor({ timeout: 90_000 });
  const text = await finished.innerText();
  const count = (pattern: RegExp) => Number(text.match(pattern)?.[1] ?? 0);
  const done = count(/(\d+) accepted/);
  const already = count(/(\d+) already handled/);
  const failed = count(/(\d+) failed/);
  const inAccount = uids.filter((uid) => stateOf(stack, uid) === 'accepted').length;
  check(done + already + failed === 20, `results add up to ${done + already + failed}, not 20`);
  check(inAccount === done + already, `${inAccount} accepted in the account, the app says ${done} + ${already}`);
  check(
    failed === 0 || (await finished.getByRole('button', { name: 'Retry failed' }).isVisible()),
    'failed without Retry',
  );
  await stillWorking(drill);
  return `cut after ${sentBeforeCut} of 20 for 4 s ("${during}" shown): ${done} accepted, ${already} already handled, ${failed} failed; account agrees`;
}

async function reloadInGrace(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  await openInbox(page, `${stack.url}/inbox`);
  const uids = await acceptWithKeys(page, 3);
  for (const uid of uids) check(stateOf(stack, uid) === 'pending', 'an action left before its grace window ended');
  await page.reload();
  await tray(page).or(list(page).getByRole('link').first()).first().waitFor({ timeout: 30_000 });
  const afterReload = await outcome(drill, uids);
  await list(page).getByRole('link').first().waitFor({ timeout: 30_000 });
  accountedFor(uids, afterReload);
  for (const uid of uids)
    check((await rowOf(page, uid).count()) === 0, 'a pending lead is back in the list after reload');
  const result = await waitForSettled(drill, uids, 30_000);
  accountedFor(uids, result);
  check(result.done === 3, `${result.done} of 3 accepted after the reload`);
  await stillWorking(drill);
  return `reload inside the 5 s window: ${afterReload.pending} shown pending and ${afterReload.done} already sent at first paint, none back in the list, 3/3 accepted`;
}

/** A lead with an impossible arrival time (left by a broken integration) sits among the others. */
async function malformedLead(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  const db = stack.emulator.emulator.db;
  const uid = insertIncomingLead(
    db,
    buildIncomingLead({ category: 'mail', created_at: 9_000_000_000_000, pipeline_id: mainPipeline(db).id }),
  ).uid;
  await openInbox(page, `${stack.url}/inbox`);
  const row = rowOf(page, uid);
  await row.waitFor({ timeout: 30_000 });
  const name = (await row.getAttribute('aria-label')) ?? '';
  check(/waiting for an unknown time$/.test(name), `the malformed lead reads "${name}"`);
  const rows = await list(page).getByRole('link').count();
  check(rows > 1, `only ${rows} row shown next to the malformed lead`);
  await row.click();
  await page.getByRole('dialog').getByRole('heading', { name: 'E-mail details' }).waitFor({ timeout: 15_000 });
  await stillWorking(drill);
  return `created_at 9e12: its row reads "…waiting for an unknown time", ${rows} rows shown, its drawer opens`;
}

/** localStorage refuses every write (full, or blocked): actions live in the tab, and the manager is told. */
async function storageThrows(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  // As text: a function would be shipped as compiled here, with helpers the page does not have.
  await page.addInitScript({
    content: `{
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        original.call(this, key, value);
      };
    }`,
  });
  await openInbox(page, `${stack.url}/inbox`);
  const uids = await acceptWithKeys(page, 2);
  const notice = await tray(page).getByRole('status').innerText();
  check(/cannot store pending actions/.test(notice), `the tray says "${notice}" instead of warning`);
  const result = await waitForSettled(drill, uids, 30_000);
  accountedFor(uids, result);
  check(result.done === uids.length, `${result.done} of ${uids.length} accepted without storage`);
  await stillWorking(drill);
  return `setItem throws: the tray warns to keep the tab open, ${result.done}/2 accepted`;
}

/** Accept requests for this lead that reached the account. */
function acceptsReaching(stack: LiveStack, uid: string): number {
  return stack.wire.records.filter(
    (record) => record.method === 'POST' && record.path.includes(`/${uid}/accept`) && record.status !== 0,
  ).length;
}

/** Waits until the account has every lead accepted; false after `timeoutMs`. */
async function acceptedInAccount(stack: LiveStack, uids: readonly string[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (uids.every((uid) => stateOf(stack, uid) === 'accepted')) return true;
    await sleep(250);
  }
  return false;
}

/** After the manager's own action, "sorted by someone else" would be wrong. */
async function sawNoStranger(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  check(
    !/already sorted by someone else/.test(text),
    'the app says "already sorted by someone else" of its own action',
  );
}

/** Every action sent exactly once, and the tray of `page` empty, with no failure. */
async function exactlyOnce(drill: Drill, page: Page, uids: readonly string[]): Promise<void> {
  const { stack } = drill;
  check(
    await acceptedInAccount(stack, uids, 30_000),
    `not every lead is accepted: ${uids.map((uid) => stateOf(stack, uid))}`,
  );
  await tray(page).waitFor({ state: 'detached', timeout: 15_000 });
  const sent = uids.map((uid) => acceptsReaching(stack, uid));
  check(
    sent.every((count) => count === 1),
    `accept requests per lead reaching the account: ${sent.join(', ')}`,
  );
  await sawNoStranger(page);
}

/** Two tabs each take an action inside the undo window; then the first is reloaded or closed. */
function twoTabs(how: 'reload' | 'close'): Scenario {
  return async (drill) => {
    const { page, stack, context } = drill;
    const second = await context.newPage();
    second.on('pageerror', (error) => drill.pageErrors.push(error.message));
    for (const tab of [page, second]) {
      await openInbox(tab, `${stack.url}/inbox`);
      // Accepting needs the pipelines' stages, which come just after the rows.
      await stagesLoaded(tab);
    }
    const started = Date.now();
    const [x = ''] = await acceptWithKeys(page, 1);
    const [y = ''] = await acceptWithKeys(second, 1);
    check(x !== y, 'the second tab offered the lead the first tab had just accepted');
    const elapsed = Date.now() - started;
    await tray(page).locator('li').nth(1).waitFor({ timeout: 5_000 });
    await tray(second).locator('li').nth(1).waitFor({ timeout: 5_000 });
    check(stateOf(stack, x) === 'pending' && stateOf(stack, y) === 'pending', 'sent before the undo window ended');
    const survivor = how === 'reload' ? page : second;
    if (how === 'reload') await page.reload();
    else await page.close();
    await exactlyOnce(drill, survivor, [x, y]);
    if (how === 'reload') await exactlyOnce(drill, second, [x, y]);
    await stillWorking({ ...drill, page: survivor });
    return `both actions in both trays within ${(elapsed / 1000).toFixed(1)} s, tab ${how === 'reload' ? 'reloaded' : 'closed'} in the window: each lead accepted once, no "someone else"`;
  };
}

/** Accepts one lead whose request reaches the account while the answer is held back for 8 s. */
async function acceptLandedUnanswered(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  stack.wire.rules = [
    {
      delayMs: 8_000,
      holdAnswer: true,
      times: 1,
      matches: (method, path) => method === 'POST' && path.includes('/accept'),
    },
  ];
  await openInbox(page, `${stack.url}/inbox`);
  const [uid = ''] = await acceptWithKeys(page, 1);
  check(await acceptedInAccount(stack, [uid], 15_000), 'the accept never reached the account');
  return uid;
}

/** The accept reaches the account but its answer is held; the manager reloads before it comes back. */
async function reloadMidSend(drill: Drill): Promise<string> {
  const { page } = drill;
  const uid = await acceptLandedUnanswered(drill);
  await page.reload();
  await exactlyOnce(drill, page, [uid]);
  await stillWorking(drill);
  return 'reloaded with the accept landed but unanswered: checked with the account, shown done, not sent again';
}

/** `npm start`'s server goes away while an accept is in flight, and comes back 3 s later. */
async function appServerRestarted(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  const uid = await acceptLandedUnanswered(drill);
  await stack.restartApp(3_000);
  const retry = tray(page).getByRole('button', { name: 'Retry' });
  await retry
    .or(tray(page))
    .first()
    .waitFor({ state: 'attached', timeout: 15_000 })
    .catch(() => undefined);
  const failedFirst = await retry.isVisible().catch(() => false);
  if (failedFirst) await pressRetry(page);
  await exactlyOnce(drill, page, [uid]);
  await stillWorking(drill);
  return `server restarted mid-send: ${failedFirst ? 'failed with Retry, Retry checked first' : 'settled on its own'}, accepted once`;
}

/** The account cannot be reached (502) during the undo window; then it is back. */
async function accountUnreachable(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  await openInbox(page, `${stack.url}/inbox`);
  const uids = await acceptWithKeys(page, 2);
  stack.wire.down = true;
  const retry = tray(page).getByRole('button', { name: 'Retry' });
  await retry.nth(1).waitFor({ timeout: 30_000 });
  for (const uid of uids) await rowOf(page, uid).waitFor({ timeout: 5_000 });
  const message = (await tray(page).locator('li').first().innerText()).split('\n')[0] ?? '';
  await stillWorking(drill);
  stack.wire.down = false;
  await pressRetry(page);
  await pressRetry(page);
  await exactlyOnce(drill, page, uids);
  return `502 for 2 accepts: both back in the list with "${message}" and Retry; after Retry accepted once each`;
}

/** The account takes the accept but answers after the server's timeout (504): it landed, and is shown done. */
async function accountSilent(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  stack.wire.rules = [
    {
      delayMs: DRILL_TIMEOUT_MS + 3_000,
      holdAnswer: true,
      times: 1,
      matches: (method, path) => method === 'POST' && path.includes('/accept'),
    },
  ];
  await openInbox(page, `${stack.url}/inbox`);
  const [uid = ''] = await acceptWithKeys(page, 1);
  await exactlyOnce(drill, page, [uid]);
  await stillWorking(drill);
  const timeouts = stack.wire.records.filter((record) => record.path.includes('/accept')).length;
  return `504 after ${DRILL_TIMEOUT_MS / 1000} s with the accept landed: checked, shown done, ${timeouts} request reached the account`;
}

/** The account restarts (fresh, seeded the same) while actions wait in the undo window. */
async function emulatorRestarted(drill: Drill): Promise<string> {
  const { page, stack } = drill;
  await openInbox(page, `${stack.url}/inbox`);
  const uids = await acceptWithKeys(page, 2);
  await stack.restartEmulator(4_000);
  let result = await waitForSettled(drill, uids, 30_000);
  let rounds = 0;
  while (result.failedWithRetry > 0 && rounds < 4) {
    rounds += 1;
    await pressRetry(page);
    result = await waitForSettled(drill, uids, 30_000);
  }
  accountedFor(uids, result);
  check(result.done === uids.length, `${result.done} of ${uids.length} accepted in the restarted account`);
  await openInbox(page, `${stack.url}/inbox`);
  await stillWorking(drill);
  return `account down 4 s in the window: ${rounds} Retry rounds, ${result.done}/2 accepted in the restarted account, inbox loads`;
}

const SCENARIOS: [string, Scenario][] = [
  ['rate-limited', rateLimited],
  ['flaky', flaky],
  ['server-error (problem+json)', serverError('legacy')],
  ['server-error (Kommo 500 shape)', serverError('kommo')],
  ['expired-token', expiredToken],
  ['network cut mid-bulk', networkCutMidBulk],
  ['reload in the grace window', reloadInGrace],
  ['malformed lead in the list', malformedLead],
  ['storage that throws', storageThrows],
  ['two tabs, one reloaded in the undo window', twoTabs('reload')],
  ['two tabs, one closed in the undo window', twoTabs('close')],
  ['reload while a request is in flight', reloadMidSend],
  ['npm start killed mid-send and restarted', appServerRestarted],
  ['account unreachable (502)', accountUnreachable],
  ['account silent past the timeout (504)', accountSilent],
  ['account (emulator) restarted', emulatorRestarted],
];

async function run(browser: Browser, stack: LiveStack, name: string, scenario: Scenario): Promise<boolean> {
  stack.emulator.emulator.reset();
  stack.emulator.emulator.setScenario(null as ScenarioName | null);
  stack.wire.rules = [];
  stack.wire.tokenOverride = null;
  stack.wire.down = false;
  stack.wire.clear();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const started = Date.now();
  try {
    const details = await scenario({ stack, context, page, pageErrors });
    log(`PASS ${name} — ${details} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    log(`FAIL ${name} — ${message}`);
    const shot = join(OUT_DIR, `drill-${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    if (process.env.DRILL_DEBUG)
      log(`  wire: ${stack.wire.records.map((r) => `${r.status} ${r.method} ${r.path.slice(0, 60)}`).join('\n  ')}`);
    return false;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!argv.includes('--no-build')) {
    log('Building the production build…');
    buildApp('live');
  }
  const browser = await launchChromium();
  const stack = await startLiveStack({ timeoutMs: DRILL_TIMEOUT_MS });
  let passed = 0;
  let total = 0;
  try {
    for (const [name, scenario] of SCENARIOS) {
      if (ONLY && !ONLY.some((part) => name.startsWith(part))) continue;
      total += 1;
      if (await run(browser, stack, name, scenario)) passed += 1;
    }
  } finally {
    await stack.close();
    await browser.close();
  }
  log(`\n${passed} of ${total} scenarios passed`);
  if (passed < total) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
