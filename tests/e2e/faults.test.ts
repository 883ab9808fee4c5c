import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldRecords } from '@/lib/history/aggregate';
import { addDays, localDayKey } from '@/lib/history/days';
import { parseHistory } from '@/lib/history/parse';
import { readableRecords } from '@/lib/history/today';
import { PAUSE_CHOICES } from '@/lib/session/schedule';
import type { BreakRecord, EngineState, Phase, Session } from '@/lib/session/state';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/lib/settings/schema';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import {
  armStop,
  countReminders,
  faultSeed,
  Random,
  type StopAt,
  type StopReport,
  stopReport,
  stopWorker,
  until,
} from './support/faults';
import { Probe } from './support/probe';

/**
 * Limber's own fault suite (issue 14), in one real Chromium: what a hostile tester did, with the
 * invariants checked after each case. The service worker is stopped at exact moments of its work
 * (right after each state write, and at random points of whole reminder cycles); the clock is
 * moved back and far forward; years of history are seeded, and history saved under a clock far
 * ahead; malformed messages are sent from an extension page; and every stored key is corrupted
 * with wrong-typed and out-of-range values.
 *
 * Invariants: no console error and no uncaught exception (failOnConsoleErrors); an alarm is
 * scheduled whenever anything can change by itself; exactly one reminder per due break; no
 * record lost or doubled, and the daily totals hold each record once; the user's valid settings
 * untouched; every page (popup, options, break, history) renders with nothing absurd in it.
 *
 * Random choices come from one seeded generator: the seed is printed, and LIMBER_FAULT_SEED=<seed>
 * replays the same run. Stops fall at a chosen browser call of the worker rather than at a
 * chosen millisecond, so a seed replays the same stops.
 *
 * Chromium's clock cannot be moved for the service worker, so "the clock moved" is played the
 * other way round, as the unit tests do: the stored state is dated ahead of the clock (as if it
 * were set back) or far behind it (as if it jumped forward), and deadlines to come are brought
 * near by shifting the stored times rather than by waiting.
 */

const SECOND = 1000;
const MIN = 60 * SECOND;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** The largest time a Date can hold: the far-future value of issue 14, cause 3. */
const MAX_DATE = 8.64e15;

const SEED = faultSeed();
const random = new Random(SEED);
console.log(`fault suite seed ${SEED} (replay with LIMBER_FAULT_SEED=${SEED})`);

/** Valid settings a user chose, in sync storage with this version's mark: never to change. */
const USER: Settings = {
  ...DEFAULT_SETTINGS,
  sitMinutes: 40,
  breakMinutes: 3,
  longBreakEvery: 3,
  longBreakMinutes: 7,
  idleSeconds: 300,
  snoozeMinutes: 10,
  maxSnoozes: 4,
  workingHours: { enabled: false, days: [1, 2, 3, 4, 5, 6], start: 8 * 60, end: 18 * 60 },
  notificationSilent: true,
  breakSound: true,
  excludedCategories: ['eyes'],
  region: 'GB',
};

/**
 * Known failure, found by this suite and reported (the background is being reworked by another
 * change, so it is not fixed here): a stop at this moment breaks an invariant. Its test below is
 * marked `fails` and asserts the invariant as it should hold; the random stops step over this
 * moment (`avoidKnown`). Once fixed, the test fails: make it an ordinary test, and drop the moment
 * from `armStop`.
 */
const KNOWN = {
  /** The reminder is shown, then its delivery saved: a stop in between shows it again. */
  shownThenSaved: 'reminder shown twice: the redo does not look for the reminder on screen',
};

// ---------------------------------------------------------------------------------------------
// Engine states, dated relative to now

function sessionFrom(startedAt: number, satMs = 0): Session {
  return { startedAt, satMs, activeSince: startedAt + satMs, awaySince: null };
}

function engine(phase: Phase, lastSeen: number, more: Partial<EngineState> = {}): EngineState {
  return {
    version: 1,
    phase,
    lastSeen,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
    ...more,
  };
}

/** Sitting, present, with the break due `dueInMs` from now under `settings` (negative: overdue). */
function sittingDueIn(now: number, dueInMs: number, settings: Settings = USER): EngineState {
  const startedAt = now - (settings.sitMinutes * MIN - dueInMs);
  return engine({ kind: 'sitting', session: sessionFrom(startedAt) }, now);
}

// ---------------------------------------------------------------------------------------------

interface Snapshot {
  state: EngineState;
  records: unknown[];
  history: unknown;
  shown: number;
  notifications: string[];
  breakPages: number;
}

interface Outcome {
  phase: Phase['kind'];
  /** The types of the records the step adds, in order. */
  added: BreakRecord['type'][];
  /** Reminders the step shows. */
  shown: number;
  /** Break pages open after the step (unchanged when absent). */
  breakPages?: number;
}

describe(`fault suite (seed ${SEED})`, () => {
  let ext: LoadedExtension;
  let probe: Probe;
  let reminders: () => Promise<number>;
  const stops: string[] = [];
  const rendered: Page[] = [];
  let worker: Worker;

  beforeAll(async () => {
    ext = await launchExtension();
    // One target for the extension's worker, whichever run of it is current.
    worker = await ext.serviceWorker();
    probe = await Probe.open(ext);
    reminders = await countReminders(probe.page);
    await putSettings(USER);
    await probe.send({ type: 'getStatus' });
  });

  afterAll(async () => {
    console.log(`fault suite: ${stops.length} worker stops (seed ${SEED})`);
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  // -------------------------------------------------------------------------------------------
  // Storage and the worker

  async function putSettings(settings: unknown): Promise<void> {
    await probe.page.evaluate(
      ([value, v]) => chrome.storage.sync.set({ settings: value, settings$: { v } }),
      [settings, SETTINGS_VERSION] as const,
    );
  }

  const local = (key: string) =>
    probe.page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

  async function raw(area: 'local' | 'sync' | 'session', values: Record<string, unknown>) {
    await probe.page.evaluate(([a, v]) => chrome.storage[a].set(v), [area, values] as const);
  }

  async function remove(area: 'local' | 'sync' | 'session', keys: string[]) {
    await probe.page.evaluate(([a, k]) => chrome.storage[a].remove(k), [area, keys] as const);
  }

  /** Asks the background for its status as the popup does on opening (this wakes it). */
  async function status(): Promise<{ state: EngineState; settings: Settings; now: number }> {
    const reply = (await probe.send({ type: 'getStatus' })) as {
      ok: boolean;
      state: EngineState;
      settings: Settings;
      now: number;
    };
    expect(reply?.ok, `getStatus answered ${JSON.stringify(reply)}`).toBe(true);
    return reply;
  }

  /** Sends an intent without waiting: a stopped worker never answers it. */
  async function fire(message: Record<string, unknown>): Promise<void> {
    await probe.page.evaluate((m) => {
      chrome.runtime.sendMessage(m).catch(() => undefined);
    }, message);
  }

  /**
   * Stores an engine state and has the background take it up (and set its alarm from it). A
   * run already under way may save over it, so it is written again until it holds.
   */
  async function put(state: EngineState): Promise<void> {
    // The reminder of the state put aside goes with it.
    if (state.phase.kind !== 'due') {
      await probe.page.evaluate(() => chrome.notifications.clear('limber-break'));
    }
    const same = (s: EngineState) => JSON.stringify(s.phase) === JSON.stringify(state.phase);
    for (let attempt = 0; attempt < 5; attempt++) {
      await probe.setEngineState(state);
      await status();
      const held = await probe.engineState();
      if (same(held) || held.phase.kind !== state.phase.kind || attempt === 4) return;
    }
  }

  async function stop(why: string): Promise<void> {
    await stopWorker(ext, probe.page);
    stops.push(why);
  }

  const breakPages = () => ext.context.pages().filter((p) => p.url().endsWith('/break.html'));

  /**
   * Closes the break pages (closing the one the background opened ends its break), and waits
   * until the background has done with that, so it cannot save over what a test stores next.
   */
  async function closeBreakPages(): Promise<void> {
    const pages = breakPages();
    const breakTab = () =>
      probe.page.evaluate(async () => (await chrome.storage.session.get('breakTab')).breakTab);
    const tab = await breakTab();
    const ids = await Promise.all(
      pages.map((page) => page.evaluate(async () => (await chrome.tabs.getCurrent())?.id)),
    );
    // The pages kept for rendering go too, if the break page was one of them.
    const all = pages.some((page) => rendered.includes(page)) ? [...rendered.splice(0)] : [];
    for (const page of new Set([...pages, ...all])) await page.close();
    if (ids.includes(tab as number)) await until(breakTab, (id) => id === undefined);
    await status();
  }

  async function snapshot(): Promise<Snapshot> {
    const stored = await probe.page.evaluate(async () => {
      const { engine, records, history } = await chrome.storage.local.get([
        'engine',
        'records',
        'history',
      ]);
      return { engine, records, history, notifications: await chrome.notifications.getAll() };
    });
    return {
      state: stored.engine as EngineState,
      records: Array.isArray(stored.records) ? stored.records : [],
      history: stored.history,
      shown: await reminders(),
      notifications: Object.keys(stored.notifications),
      breakPages: breakPages().length,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Invariants

  /** An alarm is set whenever anything can change by itself, never absurdly far. */
  async function expectAlarm(label: string): Promise<void> {
    const state = await probe.engineState();
    const alarm = await probe.alarmAt();
    const now = Date.now();
    const open =
      (state.phase.kind === 'paused' || state.phase.kind === 'offHours') &&
      state.phase.until === null;
    if (open) return;
    expect(alarm, `${label}: an alarm is scheduled (${state.phase.kind})`).not.toBeNull();
    expect(alarm as number, `${label}: the alarm is within 8 days`).toBeLessThanOrEqual(
      now + 8 * DAY,
    );
    const session = 'session' in state.phase ? state.phase.session : null;
    if (session?.activeSince != null) {
      // While the user sits the worker wakes at least once a minute.
      expect(alarm as number, `${label}: a sitting user's heartbeat`).toBeLessThanOrEqual(
        now + MIN + SECOND,
      );
    }
  }

  /**
   * Waits for the step to settle into `outcome`, then checks it against the snapshot taken
   * before it: the phase, the records added (nothing lost or doubled), the daily totals holding
   * each added record once, the reminders shown, the break pages, and an alarm.
   */
  async function expectOutcome(label: string, before: Snapshot, outcome: Outcome): Promise<void> {
    const added = (s: Snapshot) => s.records.slice(before.records.length) as BreakRecord[];
    const done = (s: Snapshot) =>
      s.state?.phase.kind === outcome.phase &&
      s.state.owed === undefined &&
      s.records.length >= before.records.length + outcome.added.length &&
      s.shown >= before.shown + outcome.shown &&
      (outcome.breakPages === undefined || s.breakPages >= outcome.breakPages);
    const after = await until(snapshot, done);
    const where = `${label} [seed ${SEED}]`;
    expect(after.state.phase.kind, `${where}: phase`).toBe(outcome.phase);
    expect(after.state.owed, `${where}: nothing left owed`).toBeUndefined();
    expect(after.records.slice(0, before.records.length), `${where}: earlier records`).toEqual(
      before.records,
    );
    expect(
      added(after).map((r) => r.type),
      `${where}: records added`,
    ).toEqual(outcome.added);
    expect(after.history, `${where}: the daily totals hold each added record once`).toEqual(
      added(after).length === 0
        ? before.history
        : foldRecords(parseHistory(before.history), added(after), Date.now()),
    );
    expect(after.shown - before.shown, `${where}: reminders shown`).toBe(outcome.shown);
    expect(after.notifications, `${where}: a reminder on screen only while due`).toEqual(
      after.state.phase.kind === 'due' && after.state.phase.notifiedAt !== null
        ? ['limber-break']
        : [],
    );
    if (outcome.breakPages !== undefined) {
      expect(after.breakPages, `${where}: break pages open`).toBe(outcome.breakPages);
    }
    await expectAlarm(where);
    expect(await probe.settings(), `${where}: the user's settings`).toEqual(USER);
  }

  const PAGES = [
    { path: 'popup.html', heading: 'Limber', ready: 'Breaks taken' },
    { path: 'options.html', heading: 'Limber settings', ready: 'Break schedule' },
    { path: 'break.html', heading: /./, ready: null },
    { path: 'history.html', heading: 'Your history', ready: 'Breaks taken' },
  ] as const;
  /** What no page may ever show: the issue's "Invalid Date", NaN, a 2-billion-hour countdown. */
  const ABSURD = /Invalid Date|NaN|Infinity|undefined|\[object |\d{7,}/;

  /** Every page renders, with nothing absurd in it (reloaded in place, all at once). */
  async function expectPagesRender(label: string): Promise<void> {
    if (rendered.length === 0) {
      for (const { path } of PAGES) {
        // The break page the background opened, if there is one: a second would be a fault.
        const open = path === 'break.html' ? breakPages()[0] : undefined;
        rendered.push(open ?? (await ext.openPage(path)));
      }
    } else {
      await Promise.all(rendered.map((page) => page.reload()));
    }
    await Promise.all(
      PAGES.map(async ({ heading, ready }, i) => {
        const page = rendered[i] as Page;
        await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
        // Visible only: a page may also carry the words in a closed menu (the options' section menu).
        if (ready) {
          await page.getByText(ready, { exact: true }).filter({ visible: true }).first().waitFor();
        }
        // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, with breaks between blocks (textContent runs numbers together)
        const text = await page.locator('body').innerText();
        expect(text, `${label}: ${page.url()} shows nothing absurd`).not.toMatch(ABSURD);
      }),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Stopping the worker at an exact moment

  /**
   * Arms the worker to stop at `at`, starts the step, and stops the worker once it reached that
   * moment (or finished first); then wakes it as opening the popup does. Returns what the worker
   * had done.
   */
  async function stopDuring(
    why: string,
    at: StopAt,
    start: () => Promise<void>,
    finished: () => Promise<boolean>,
  ): Promise<StopReport> {
    const token = await armStop(worker, at);
    await start();
    const report = await until(
      async () => ({ report: await stopReport(worker), finished: await finished() }),
      (r) => r.report.stalled || r.finished,
    );
    // Read again: the work may have gone on while `finished` was read.
    const final = report.report.stalled ? report.report : await stopReport(worker);
    expect(final.token, `${why}: the worker armed is the one that ran`).toBe(token);
    await stop(why);
    await status();
    return final;
  }

  /**
   * An intent whose run was stopped before it saved anything is lost with the worker, and the
   * page that sent it got no answer (it says so): the user asks again, and it takes effect once.
   */
  async function resend(
    intent: Record<string, unknown> | undefined,
    report: StopReport,
  ): Promise<void> {
    const saved = report.calls.some(
      (call) =>
        call.startsWith('storage.local.set:') && call.slice(18).split(',').includes('engine'),
    );
    if (intent && !saved) {
      const reply = (await probe.send(intent)) as { ok?: boolean } | undefined;
      expect(reply?.ok, `${String(intent.type)} sent again`).toBe(true);
    }
  }

  // -------------------------------------------------------------------------------------------

  describe('the worker stopped right after each write', () => {
    interface Transition {
      name: string;
      /** Sets the scene, and returns how to start the step. */
      prepare: () => Promise<() => Promise<void>>;
      outcome: Outcome;
      /** The user's intent, sent again if a stop lost it before anything was saved. */
      intent?: Record<string, unknown>;
      points: { after: string; key?: string; occurrence?: number; known?: string }[];
    }

    /**
     * Right after the state is written, after the records it brought, and after the daily
     * totals they fold into: one moment when they are written together, three when apart.
     */
    const WRITES = [
      { after: 'storage.local.set', key: 'engine' },
      { after: 'storage.local.set', key: 'records' },
      { after: 'storage.local.set', key: 'history' },
    ];

    /** A break due and its reminder shown, for real. */
    async function dueAndShown(): Promise<void> {
      await put(sittingDueIn(Date.now(), -SECOND));
      await until(
        () => probe.engineState(),
        (s) => s.phase.kind === 'due' && s.owed === undefined,
      );
    }

    const TRANSITIONS: Transition[] = [
      {
        name: 'a break falls due',
        prepare: async () => {
          await status();
          await probe.setEngineState(sittingDueIn(Date.now(), -SECOND));
          return () => fire({ type: 'getStatus' });
        },
        outcome: { phase: 'due', added: ['due'], shown: 1 },
        points: [
          { after: 'alarms.create' },
          ...WRITES,
          { after: 'notifications.clear' },
          { after: 'notifications.create', known: KNOWN.shownThenSaved },
          { after: 'storage.local.set', key: 'engine', occurrence: 2 },
        ],
      },
      {
        name: 'a snooze',
        prepare: async () => {
          await dueAndShown();
          return () => fire({ type: 'snooze' });
        },
        intent: { type: 'snooze' },
        outcome: { phase: 'snoozed', added: ['snoozed'], shown: 0 },
        points: [
          { after: 'alarms.create' },
          ...WRITES,
          { after: 'notifications.clear' },
          { after: 'storage.local.set', key: 'engine', occurrence: 2 },
        ],
      },
      {
        name: 'a break started',
        prepare: async () => {
          await dueAndShown();
          return () => fire({ type: 'startBreak' });
        },
        intent: { type: 'startBreak' },
        outcome: { phase: 'onBreak', added: ['sat', 'started'], shown: 0, breakPages: 1 },
        points: [
          // First, while no break page is open: the page is opened, not brought forward.
          { after: 'tabs.create' },
          { after: 'alarms.create' },
          ...WRITES,
          { after: 'notifications.clear' },
          { after: 'storage.session.set', key: 'breakTab' },
          { after: 'tabs.update' },
          { after: 'storage.local.set', key: 'engine', occurrence: 2 },
        ],
      },
      {
        name: 'a break that ended on time',
        prepare: async () => {
          // An open break page would answer the stored break's end itself, before the step.
          await closeBreakPages();
          const now = Date.now();
          await probe.setEngineState(
            engine(
              { kind: 'onBreak', startedAt: now - 3 * MIN, endsAt: now - SECOND, long: false },
              now - 2 * SECOND,
            ),
          );
          return () => fire({ type: 'getStatus' });
        },
        outcome: { phase: 'sitting', added: ['completed'], shown: 0 },
        points: [{ after: 'alarms.create' }, ...WRITES, { after: 'action.setBadgeText' }],
      },
    ];

    const isPoint = (call: string, { after, key }: { after: string; key?: string }) =>
      call.startsWith(after) && (!key || (call.split(':')[1] ?? '').split(',').includes(key));

    for (const transition of TRANSITIONS) {
      for (const point of transition.points) {
        const name = `${transition.name}: stopped right after ${point.after}${
          point.key ? ` of ${point.key}` : ''
        }${point.occurrence ? ` (#${point.occurrence})` : ''}${
          point.known ? ` (known: ${point.known})` : ''
        }`;
        (point.known ? it.fails : it)(name, async () => {
          const start = await transition.prepare();
          const before = await snapshot();
          const outcome = transition.outcome;
          const report = await stopDuring(
            name,
            { after: point.after, key: point.key, occurrence: point.occurrence },
            start,
            async () => {
              const s = await probe.engineState();
              return s.phase.kind === outcome.phase && s.owed === undefined;
            },
          );
          // The stop fell right after the named call (or after the step, if it was the last).
          const named = report.calls.filter((call) => isPoint(call, point));
          expect(named.length, `${name}: calls made ${report.calls}`).toBeGreaterThanOrEqual(
            point.occurrence ?? 1,
          );
          if (report.stalled) {
            expect(isPoint(report.calls.at(-1) ?? '', point), `stopped after ${report.calls}`).toBe(
              true,
            );
          }
          await resend(transition.intent, report);
          await expectOutcome(name, before, outcome);
        });
      }
    }
  });

  describe('the worker stopped at random moments through whole reminder cycles', () => {
    const CYCLES = 3;
    /** How soon a step the clock drives falls due, once its stored deadline is brought near. */
    const LEAD = 700;

    interface Step {
      name: string;
      /** Sets the scene and returns how the step starts (nothing: its own alarm starts it). */
      prepare: () => Promise<() => Promise<void>>;
      intent?: Record<string, unknown>;
      outcome: Outcome;
    }

    /** Brings the stored deadline of the current phase to `LEAD` from now. */
    async function nearDeadline(): Promise<() => Promise<void>> {
      const state = await probe.engineState();
      const at = Date.now() + LEAD;
      const phase = state.phase;
      if (phase.kind === 'snoozed') await put({ ...state, phase: { ...phase, until: at } });
      else if (phase.kind === 'onBreak') await put({ ...state, phase: { ...phase, endsAt: at } });
      else throw new Error(`no deadline to bring near in ${phase.kind}`);
      return async () => undefined;
    }

    const STEPS: Step[] = [
      {
        name: 'the break falls due',
        prepare: async () => {
          await put(sittingDueIn(Date.now(), LEAD));
          return async () => undefined;
        },
        outcome: { phase: 'due', added: ['due'], shown: 1 },
      },
      {
        name: 'a snooze',
        prepare: async () => () => fire({ type: 'snooze' }),
        intent: { type: 'snooze' },
        outcome: { phase: 'snoozed', added: ['snoozed'], shown: 0 },
      },
      {
        name: 'the snooze ends',
        prepare: nearDeadline,
        outcome: { phase: 'due', added: [], shown: 1 },
      },
      {
        name: 'a break started',
        prepare: async () => () => fire({ type: 'startBreak' }),
        intent: { type: 'startBreak' },
        outcome: { phase: 'onBreak', added: ['sat', 'started'], shown: 0, breakPages: 1 },
      },
      {
        name: 'the break ends',
        prepare: nearDeadline,
        outcome: { phase: 'sitting', added: ['completed'], shown: 0 },
      },
    ];

    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      it(`cycle ${cycle}: two stops in each of its ${STEPS.length} steps`, async () => {
        const before = stops.length;
        for (const step of STEPS) {
          const start = await step.prepare();
          const snap = await snapshot();
          const label = `cycle ${cycle}, ${step.name}`;
          // Stopped while idle (the step's alarm or intent starts it again), or during its work.
          if (random.next() < 0.3) {
            await stop(`${label}: idle before it`);
            await start();
          } else {
            const afterCalls = random.int(0, 14);
            const report = await stopDuring(
              `${label}: after ${afterCalls} calls`,
              { afterCalls, avoidKnown: true },
              start,
              async () => {
                const s = await probe.engineState();
                return s.phase.kind === step.outcome.phase && s.owed === undefined;
              },
            );
            await resend(step.intent, report);
          }
          await expectOutcome(label, snap, step.outcome);
          // Stopped again once done: the next start redoes nothing.
          const done = await snapshot();
          await stop(`${label}: after it`);
          await status();
          await expectOutcome(`${label}, stopped after it`, done, {
            ...step.outcome,
            added: [],
            shown: 0,
          });
        }
        expect(stops.length - before).toBe(2 * STEPS.length);
        await expectPagesRender(`after cycle ${cycle}`);
      });
    }
  });

  // -------------------------------------------------------------------------------------------
  // The invariants for a case whose outcome is not known step by step

  /**
   * After any case: no reminder on screen unless a break is due, an alarm, the records and the
   * daily totals well formed, the settings as expected (the user's, unless the case changed
   * them), and every page rendering. Returns the state read.
   */
  async function expectHealthy(
    label: string,
    settings: Settings = USER,
    { render = true } = {},
  ): Promise<EngineState> {
    const where = `${label} [seed ${SEED}]`;
    const after = await until(snapshot, (s) => s.state?.owed === undefined);
    expect(after.state?.owed, `${where}: nothing left owed`).toBeUndefined();
    if (after.notifications.length > 0) {
      expect(after.notifications, `${where}: only Limber's one reminder`).toEqual(['limber-break']);
      expect(after.state.phase.kind, `${where}: a reminder on screen only while due`).toBe('due');
    }
    expect(after.breakPages, `${where}: never two break pages`).toBeLessThanOrEqual(1);
    await expectAlarm(where);
    expect((await status()).settings, `${where}: the settings in use`).toEqual(settings);
    if (settings === USER) expect(await probe.settings(), `${where}: stored`).toEqual(USER);
    if (render) await expectPagesRender(where);
    return after.state;
  }

  /**
   * A break falls due, for real, after the case: exactly one reminder, the one record it brings
   * added to what was kept, and the daily totals holding it once.
   */
  async function expectSave(label: string, settings: Settings = USER): Promise<BreakRecord[]> {
    const where = `${label}, then a break falls due [seed ${SEED}]`;
    const before = await snapshot();
    await put(sittingDueIn(Date.now(), -SECOND, settings));
    const after = await until(
      snapshot,
      (s) => s.state.phase.kind === 'due' && s.state.owed === undefined,
    );
    expect(after.state.phase.kind, `${where}: phase`).toBe('due');
    expect(after.shown - before.shown, `${where}: reminders shown`).toBe(1);
    expect(after.notifications, `${where}: on screen`).toEqual(['limber-break']);
    const records = after.records as BreakRecord[];
    expect(records.at(-1)?.type, `${where}: the due break recorded`).toBe('due');
    expect(
      records.filter((r) => r.at > Date.now() + 14 * DAY),
      `${where}: no record left far ahead`,
    ).toEqual([]);
    expect(after.history, `${where}: the daily totals hold the new record once`).toEqual(
      foldRecords(parseHistory(before.history), records.slice(-1), Date.now()),
    );
    await expectAlarm(where);
    return records.slice(0, -1);
  }

  describe('the clock moved back, or far forward', () => {
    interface ClockCase {
      name: string;
      /** The state as saved at `at` (ahead of the clock: set back; behind: jumped forward). */
      state: (now: number) => EngineState;
      /** What the background makes of it. */
      check: (state: EngineState, now: number) => void;
      added?: BreakRecord['type'][];
      shown?: number;
    }

    /** Saved by a clock 2 hours ahead of this one: the clock was set back 2 hours. */
    const BACK = 2 * HOUR;
    const between = (value: number, low: number, high: number, what: string) => {
      expect(value, `${what} at least`).toBeGreaterThanOrEqual(low);
      expect(value, `${what} at most`).toBeLessThanOrEqual(high);
    };

    const CASES: ClockCase[] = [
      {
        name: 'set back 2 hours during a snooze with 7 minutes left: it ends in 7, not 127',
        state: (now) => {
          const at = now + BACK;
          const session = sessionFrom(at - 45 * MIN, 40 * MIN);
          return engine({ kind: 'snoozed', session, until: at + 7 * MIN, snoozes: 1 }, at);
        },
        check: (s, now) => {
          expect(s.phase.kind).toBe('snoozed');
          if (s.phase.kind !== 'snoozed') return;
          between(s.phase.until - now, 7 * MIN - 10 * SECOND, 7 * MIN, 'the snooze’s end');
        },
      },
      {
        name: 'set back 2 hours during a 30-minute pause: it ends in 30 minutes, not 150',
        state: (now) => {
          const at = now + BACK;
          return engine({ kind: 'paused', since: at, until: at + 30 * MIN }, at);
        },
        check: (s, now) => {
          expect(s.phase.kind).toBe('paused');
          if (s.phase.kind !== 'paused') return;
          between((s.phase.until ?? 0) - now, 30 * MIN - 10 * SECOND, 30 * MIN, 'the pause’s end');
        },
      },
      {
        name: 'set back 2 hours with a reminder shown a minute ago: the second comes 4 minutes on',
        state: (now) => {
          const at = now + BACK;
          const session = sessionFrom(at - 41 * MIN, 40 * MIN);
          return engine(
            {
              kind: 'due',
              session,
              dueAt: at - MIN,
              notifiedAt: at - MIN,
              reminded: false,
              snoozes: 0,
            },
            at,
          );
        },
        check: (s, now) => {
          expect(s.phase.kind).toBe('due');
          if (s.phase.kind !== 'due') return;
          between((s.phase.notifiedAt ?? 0) - now, -MIN - 10 * SECOND, -MIN, 'when it was shown');
        },
      },
      {
        name: 'set back 2 hours during a 3-minute break with 2 left: it ends in 2 minutes',
        state: (now) => {
          const at = now + BACK;
          return engine(
            { kind: 'onBreak', startedAt: at - MIN, endsAt: at + 2 * MIN, long: false },
            at,
          );
        },
        check: (s, now) => {
          expect(s.phase.kind).toBe('onBreak');
          if (s.phase.kind !== 'onBreak') return;
          between(s.phase.endsAt - now, 2 * MIN - 10 * SECOND, 2 * MIN, 'the break’s end');
        },
      },
      {
        name: 'set back 2 hours while sitting: a fresh session, as the README promises',
        state: (now) => {
          const at = now + BACK;
          return engine({ kind: 'sitting', session: sessionFrom(at - 20 * MIN) }, at);
        },
        check: (s, now) => {
          expect(s.phase.kind).toBe('sitting');
          if (s.phase.kind !== 'sitting') return;
          between(s.phase.session.startedAt - now, -10 * SECOND, 0, 'the session’s start');
          expect(s.phase.session.satMs).toBe(0);
        },
      },
      {
        name: 'set back 3 days with a reminder shown: past the slack, it is shown again, once',
        state: (now) => {
          const at = now + 3 * DAY;
          const session = sessionFrom(at - 41 * MIN, 40 * MIN);
          return engine(
            {
              kind: 'due',
              session,
              dueAt: at - MIN,
              notifiedAt: at - MIN,
              reminded: false,
              snoozes: 0,
            },
            at,
          );
        },
        check: (s, now) => {
          expect(s.phase.kind).toBe('due');
          if (s.phase.kind !== 'due') return;
          between(s.phase.notifiedAt ?? 0, now - 10 * SECOND, now, 'when it was shown');
          between(s.lastSeen, now - 10 * SECOND, now, 'the last run');
        },
        shown: 1,
      },
      {
        name: 'a month ahead while sitting: the month away is a break, and a fresh session starts',
        state: (now) =>
          engine(
            { kind: 'sitting', session: sessionFrom(now - 30 * DAY - 20 * MIN) },
            now - 30 * DAY,
          ),
        check: (s, now) => {
          expect(s.phase.kind).toBe('sitting');
          if (s.phase.kind === 'sitting')
            between(s.phase.session.startedAt - now, -10 * SECOND, 0, 'the start');
        },
        added: ['sat', 'natural'],
      },
      {
        name: 'a month ahead during a snooze: no stale reminder, a fresh session',
        state: (now) => {
          const at = now - 30 * DAY;
          const session = sessionFrom(at - 45 * MIN, 40 * MIN);
          return engine({ kind: 'snoozed', session, until: at + 5 * MIN, snoozes: 1 }, at);
        },
        check: (s) => expect(s.phase.kind).toBe('sitting'),
        added: ['sat', 'natural'],
      },
      {
        name: 'a month ahead during a break: it ended, on its own time',
        state: (now) => {
          const at = now - 30 * DAY;
          return engine({ kind: 'onBreak', startedAt: at, endsAt: at + 3 * MIN, long: false }, at);
        },
        check: (s) => expect(s.phase.kind).toBe('sitting'),
        added: ['completed'],
      },
      {
        name: 'two years ahead while sitting: older than anything kept, a fresh start',
        state: (now) =>
          engine({ kind: 'sitting', session: sessionFrom(now - 730 * DAY) }, now - 730 * DAY),
        check: (s, now) => {
          expect(s.phase.kind).toBe('sitting');
          if (s.phase.kind === 'sitting')
            between(s.phase.session.startedAt - now, -10 * SECOND, 0, 'the start');
        },
      },
    ];

    for (const c of CASES) {
      it(c.name, async () => {
        // The reminder of the state this case puts aside goes with it.
        await probe.page.evaluate(() => chrome.notifications.clear('limber-break'));
        const before = await snapshot();
        const now = Date.now();
        await stop(`clock: ${c.name}`);
        await probe.setEngineState(c.state(now));
        await status();
        const state = await expectHealthy(c.name);
        c.check(state, Date.now());
        const after = await snapshot();
        expect(after.shown - before.shown, 'reminders shown').toBe(c.shown ?? 0);
        expect(after.records.slice(0, before.records.length), 'earlier records').toEqual(
          before.records,
        );
        expect(
          (after.records.slice(before.records.length) as BreakRecord[]).map((r) => r.type),
          'records added',
        ).toEqual(c.added ?? []);
      });
    }
  });

  describe('years of history, and history saved under a clock far ahead', () => {
    const totals = (n: number) => ({
      due: 6 * n,
      dueTaken: 5 * n,
      completed: 4 * n,
      natural: n,
      snoozed: 2 * n,
      skipped: n,
      satMs: 5 * HOUR * n,
      longestSatMs: 50 * MIN,
    });

    /** Records of the last two weeks, a few a day, as the engine writes them. */
    function fortnight(now: number): BreakRecord[] {
      const records: BreakRecord[] = [];
      for (let day = 13; day >= 0; day--) {
        for (let k = 4; k >= 1; k--) {
          const at = now - day * DAY - k * HOUR;
          records.push({ type: 'due', at, long: false });
          records.push({ type: 'sat', at: at + MIN, startedAt: at - 40 * MIN, satMs: 40 * MIN });
          records.push({ type: 'completed', at: at + 3 * MIN, long: false, durationMs: 2 * MIN });
        }
      }
      return records;
    }

    beforeAll(async () => {
      await closeBreakPages();
    });

    it('three years of days: the pages render, and a save keeps a year of them and every record', async () => {
      const now = Date.now();
      const today = localDayKey(now);
      const days: Record<string, ReturnType<typeof totals>> = {};
      for (let offset = 3 * 365; offset >= 0; offset--) days[addDays(today, -offset)] = totals(1);
      const records = fortnight(now);
      await raw('local', { history: { days, openDue: null }, records });
      await expectPagesRender('three years of history');
      const kept = await expectSave('three years of history');
      expect(kept, 'every record kept').toEqual(records);
      const history = parseHistory(await local('history'));
      const keys = Object.keys(history.days).sort();
      // A year before the data's own present (its 30th newest day), and nothing older.
      const present = addDays(today, -29);
      expect(keys[0], 'the oldest day kept').toBe(
        keys.find((key) => key >= addDays(present, -366)),
      );
      expect(keys.length).toBeGreaterThanOrEqual(365 + 29);
      expect(keys.length).toBeLessThanOrEqual(366 + 30);
      // Stored in the form before standing was counted: each day reads back with none stood.
      for (const key of keys.slice(0, -1)) {
        expect(history.days[key]).toEqual({ ...totals(1), stoodMs: 0 });
      }
      expect(history.days[today]?.due).toBe(7);
      await expectHealthy('three years of history, after a save');
    });

    it('days and records saved 400 days ahead: a save loses none, and brings them back to today', async () => {
      const now = Date.now();
      const today = localDayKey(now);
      const days: Record<string, ReturnType<typeof totals>> = {};
      for (let offset = 299; offset >= 0; offset--) days[addDays(today, -offset)] = totals(1);
      days[addDays(today, 400)] = totals(5);
      const ahead: BreakRecord[] = [0, 1, 2].map((k) => ({
        type: 'completed',
        at: now + 400 * DAY + k * MIN,
        long: false,
        durationMs: 2 * MIN,
      }));
      const records = [...fortnight(now), ...ahead];
      await raw('local', { history: { days, openDue: null }, records });
      await expectPagesRender('history saved 400 days ahead');
      const kept = await expectSave('history saved 400 days ahead');
      expect(kept.length, 'no record lost').toBe(records.length);
      expect(kept.slice(0, -3), 'the records dated right, as they were').toEqual(
        records.slice(0, -3),
      );
      const history = parseHistory(await local('history'));
      const keys = Object.keys(history.days).sort();
      expect(keys.length, 'the day ahead joins today').toBe(300);
      expect(keys.at(-1)).toBe(today);
      const sum = (field: keyof ReturnType<typeof totals>) =>
        Object.values(history.days).reduce((n, day) => n + day[field], 0);
      expect(sum('due'), 'every due break counted once').toBe(6 * 300 + 6 * 5 + 1);
      expect(sum('completed')).toBe(4 * 300 + 4 * 5);
      await expectHealthy('history saved 400 days ahead, after a save');
    });
  });

  describe('malformed messages from an extension page', () => {
    const MALFORMED: unknown[] = [
      null,
      0,
      42,
      true,
      'getStatus',
      [],
      [{ type: 'getStatus' }],
      {},
      { type: null },
      { type: 42 },
      { type: ['startBreak'] },
      { type: { type: 'startBreak' } },
      { type: 'GETSTATUS' },
      { type: 'nope' },
      { type: '__proto__' },
      { type: 'constructor' },
      { type: 'toString' },
      { type: 'hasOwnProperty' },
      { type: 'pause' },
      { type: 'pause', choice: 'forever' },
      { type: 'pause', choice: 30 },
      { type: 'pause', choice: { choice: '30m' } },
      { type: 'startBreak'.padEnd(100_000, 'x') },
      { type: 'getStatus '.repeat(100_000) },
    ];

    it(`${MALFORMED.length + 1} malformed messages are ignored and change nothing`, async () => {
      await put(sittingDueIn(Date.now(), 20 * MIN));
      const before = await snapshot();
      for (const message of MALFORMED) {
        const reply = await probe.page.evaluate(
          (m) => chrome.runtime.sendMessage(m).then((r) => r ?? null),
          message,
        );
        expect(reply, `no answer to ${JSON.stringify(message)?.slice(0, 80)}`).toBeNull();
      }
      // Nested 200 deep, built in the page (too deep for the test driver to pass in).
      const deep = await probe.page.evaluate(() => {
        let message: unknown = 'getStatus';
        for (let i = 0; i < 200; i++) message = { type: message };
        return chrome.runtime.sendMessage(message).then((r) => r ?? null);
      });
      expect(deep, 'no answer to a message nested 200 deep').toBeNull();
      const after = await snapshot();
      expect(after.state.phase, 'the session as it was').toEqual(before.state.phase);
      expect(after.records).toEqual(before.records);
      expect(after.shown).toBe(before.shown);
      // A well-formed intent with more fields than it needs is still understood.
      const reply = (await probe.send({ type: 'getStatus', extra: { a: 1 } })) as { ok: boolean };
      expect(reply.ok).toBe(true);
      await expectHealthy('after malformed messages');
    });

    it('40 well-formed intents at once, in a random order, are taken one at a time', async () => {
      const INTENTS = [
        { type: 'getStatus' },
        { type: 'startBreak' },
        { type: 'endBreak' },
        { type: 'skipBreak' },
        { type: 'snooze' },
        { type: 'resume' },
        ...PAUSE_CHOICES.map((choice) => ({ type: 'pause', choice })),
      ];
      await put(sittingDueIn(Date.now(), -SECOND));
      const before = await snapshot();
      const storm = Array.from({ length: 40 }, () => random.pick(INTENTS));
      const replies = await probe.page.evaluate(
        (all) => Promise.all(all.map((m) => chrome.runtime.sendMessage(m))),
        storm,
      );
      for (const reply of replies) expect(reply).toMatchObject({ ok: true });
      await status();
      const after = await snapshot();
      const added = after.records.slice(before.records.length) as BreakRecord[];
      expect(after.records.slice(0, before.records.length)).toEqual(before.records);
      expect(readableRecords(added), 'every record well formed').toEqual(added);
      expect(after.history, 'the daily totals hold each record once').toEqual(
        foldRecords(parseHistory(before.history), added, Date.now()),
      );
      // Every break started ended (finished, skipped or paused) before another could start.
      const started = added.filter((r) => r.type === 'started').length;
      const open = after.state.phase.kind === 'onBreak' ? 1 : 0;
      expect(started, `intents ${storm.map((m) => m.type).join(' ')}`).toBeGreaterThanOrEqual(
        added.filter((r) => r.type === 'completed').length,
      );
      expect(started - open).toBeGreaterThanOrEqual(0);
      await expectHealthy('after 40 intents at once');
      await probe.send({ type: 'resume' });
      await closeBreakPages();
    });
  });
  describe('each stored key corrupted, with wrong-typed and out-of-range values', () => {
    const now = Date.now();
    /** Valid records on three days: the data's own present is the records', not a stray's. */
    const VALID: BreakRecord[] = [
      { type: 'due', at: now - 2 * DAY, long: false },
      { type: 'sat', at: now - DAY, startedAt: now - DAY - HOUR, satMs: 50 * MIN },
      { type: 'completed', at: now - HOUR + 3 * MIN, long: false, durationMs: 2 * MIN },
    ];
    const sitting = (more: Partial<EngineState> = {}) =>
      engine({ kind: 'sitting', session: sessionFrom(now - 10 * MIN) }, now, more);
    const valid = (phase: Phase) => engine(phase, now);
    const session = sessionFrom(now - 45 * MIN, 40 * MIN);
    const today = localDayKey(now);
    const day = {
      due: 2,
      dueTaken: 1,
      completed: 1,
      natural: 0,
      snoozed: 1,
      skipped: 0,
      satMs: HOUR,
      longestSatMs: HOUR,
    };

    interface Corruption {
      name: string;
      area: 'local' | 'sync' | 'session';
      values: Record<string, unknown>;
      /** The settings the background then uses (the user's unless said). */
      settings?: Settings;
      /** The records left of the corrupt value after the next save: exactly these. */
      keep?: BreakRecord[];
      /** Or at least these, in this order (what cannot be told apart from a record may stay). */
      keepAtLeast?: BreakRecord[];
      /** Whether the next save reads or writes what was corrupted (else it is not made). */
      save?: boolean;
      /** A break running while the pages render (the break page then reads what it stores). */
      onBreak?: boolean;
    }

    const settingsFrom = (value: unknown) => parseSettings(value).settings;
    const BAD_FIELDS = {
      ...USER,
      sitMinutes: -5,
      breakMinutes: 'two',
      idleSeconds: 1e300,
      workingHours: { enabled: 'yes', days: 'mon', start: -1, end: MAX_DATE },
      excludedCategories: ['nope', 5],
      region: 42,
      future: { x: 1 },
    };

    const CORRUPTIONS: Corruption[] = [
      // The engine state: what the worker reads on every wake, and the pages show.
      ...(
        [
          ['a string', 'garbage'],
          ['another version', { ...sitting(), version: 2 }],
          [
            'the largest date everywhere',
            engine(
              {
                kind: 'sitting',
                session: { startedAt: MAX_DATE, satMs: 0, activeSince: MAX_DATE, awaySince: null },
              },
              MAX_DATE,
            ),
          ],
          [
            '1e300 sat',
            valid({ kind: 'sitting', session: { ...sessionFrom(now - 10 * MIN), satMs: 1e300 } }),
          ],
          [
            'a snooze to the largest date',
            valid({ kind: 'snoozed', session, until: MAX_DATE, snoozes: 1e9 }),
          ],
          [
            'a pause from before 1970 to the largest date',
            valid({ kind: 'paused', since: -1, until: MAX_DATE }),
          ],
          [
            'a break ending at 1e300',
            {
              ...sitting(),
              phase: { kind: 'onBreak', startedAt: now - MIN, endsAt: 1e300, long: 'yes' },
            },
          ],
          [
            'a due break with wrong-typed times and counts',
            {
              ...sitting(),
              phase: {
                kind: 'due',
                session,
                dueAt: 'yesterday',
                notifiedAt: MAX_DATE,
                reminded: 'no',
                snoozes: -4,
              },
            },
          ],
          [
            'working hours ending at the largest date',
            valid({ kind: 'offHours', until: MAX_DATE }),
          ],
          [
            'wrong-typed fields, huge counts and lists, a session both away and present',
            {
              ...valid({
                kind: 'sitting',
                session: { startedAt: -1e12, satMs: -5, activeSince: now, awaySince: now },
              }),
              presence: 'asleep',
              fullscreen: 'yes',
              breaksSinceLong: 1e9,
              shownTips: [
                ...Array.from({ length: 3000 }, (_, i) => `t${i}`),
                1,
                null,
                'x'.repeat(10_000),
              ],
            },
          ],
          [
            'a phase that is a string, and no list of tips',
            {
              ...sitting(),
              phase: 'sitting',
              lastSeen: 'now',
              shownTips: 'tip',
              breaksSinceLong: -3,
            },
          ],
          [
            'a malformed debt to the browser',
            {
              ...sitting(),
              owed: {
                notification: { kind: 'due', breakMinutes: 1e9, tipId: 5 },
                breakPage: 'yes',
              },
            },
          ],
        ] as const
      ).map(
        ([what, value]): Corruption => ({
          name: `engine: ${what}`,
          area: 'local',
          values: { engine: value },
        }),
      ),
      // The raw records: the popup's today, the history's detail.
      { name: 'records: a string', area: 'local', values: { records: 'garbage' }, keep: [] },
      {
        name: 'records: wrong-typed entries among valid ones',
        area: 'local',
        values: {
          records: [
            null,
            1,
            'x',
            [],
            { type: 5, at: now },
            { type: 'due', at: 'now' },
            { type: 'due', at: -5 },
            ...VALID,
          ],
        },
        keep: VALID,
      },
      {
        name: 'records: out-of-range times and sitting',
        area: 'local',
        values: {
          records: [
            ...VALID,
            { type: 'sat', at: now, startedAt: -1e12, satMs: 1e300 },
            { type: 'completed', at: now - MIN, long: false, durationMs: 1e300 },
          ],
        },
        keepAtLeast: VALID,
      },
      {
        name: 'records: dated at the largest date',
        area: 'local',
        values: { records: [...VALID, { type: 'due', at: MAX_DATE, long: false }] },
        keepAtLeast: VALID,
      },
      {
        name: 'records: 5010 of them, over the cap',
        area: 'local',
        values: {
          records: Array.from(
            { length: 5_010 },
            (_, i): BreakRecord => ({ type: 'snoozed', at: now - HOUR + i }),
          ),
        },
      },
      // The daily totals: the history page.
      { name: 'history: a string', area: 'local', values: { history: 'garbage' } },
      {
        name: 'history: wrong-typed days',
        area: 'local',
        values: { history: { days: 'x', openDue: 5 } },
      },
      {
        name: 'history: impossible days and out-of-range totals',
        area: 'local',
        values: {
          history: {
            days: {
              '2026-13-45': day,
              yesterday: day,
              [addDays(today, -1)]: {
                due: -1,
                completed: 'x',
                satMs: 1e300,
                longestSatMs: MAX_DATE,
              },
              [today]: day,
            },
            openDue: { day: 'nope', stage: 'lost' },
          },
        },
      },
      {
        name: 'history: a day in the year 2999',
        area: 'local',
        values: { history: { days: { '2999-01-01': day, [today]: day }, openDue: null } },
      },
      {
        name: 'history: marked as from a newer version',
        area: 'local',
        values: { history: { days: { [today]: day }, openDue: null }, history$: { v: 99 } },
      },
      {
        name: 'settings: a string',
        area: 'sync',
        values: { settings: 'garbage' },
        settings: DEFAULT_SETTINGS,
      },
      {
        name: 'settings: wrong-typed and out-of-range fields among valid ones',
        area: 'sync',
        values: { settings: BAD_FIELDS },
        settings: settingsFrom(BAD_FIELDS),
      },
      { name: 'settings: a version mark below 1', area: 'sync', values: { settings$: { v: -1 } } },
      {
        name: 'settings: marked as from a far newer version',
        area: 'sync',
        values: { settings$: { v: 1e300 } },
      },
      {
        name: 'settings: kept on this computer, the local copy a string',
        area: 'local',
        values: { settingsPlace: { area: 'local', reason: 'quota' }, settings: 'garbage' },
      },
      {
        name: 'settings: kept on this computer, the local copy missing',
        area: 'local',
        values: { settingsPlace: { area: 'local', reason: 'unavailable' } },
      },
      ...([['an unknown area and reason', { area: 'mars', reason: 5 }]] as const).map(
        ([what, place]): Corruption => ({
          name: `settingsPlace: ${what}`,
          area: 'local',
          values: { settingsPlace: place },
        }),
      ),
      // The popup's last open section.
      ...([['100 000 characters', 'x'.repeat(100_000)]] as const).map(
        ([what, value]): Corruption => ({
          name: `popupSection: ${what}`,
          area: 'local',
          values: { popupSection: value },
          save: false,
        }),
      ),
      // The moves shown lately, read by the break page during a break.
      ...(
        [
          ['wrong-typed entries', [{ id: 5, at: 'y' }, null, 'neck-tilt']],
          ['shown at the largest date', [{ id: 'neck-tilt', at: MAX_DATE }]],
          [
            '3000 entries',
            Array.from({ length: 3000 }, (_, i) => ({ id: `move-${i}`, at: now - i })),
          ],
        ] as const
      ).map(
        ([what, value]): Corruption => ({
          name: `recentExercises: ${what}`,
          area: 'local',
          values: { recentExercises: value },
          onBreak: true,
          save: false,
        }),
      ),
      // The break page's tab, in session storage.
      ...(
        [
          ['a string', 'tab'],
          ['1e300', 1e300],
        ] as const
      ).map(
        ([what, value]): Corruption => ({
          name: `breakTab: ${what}`,
          area: 'session',
          values: { breakTab: value },
          save: false,
        }),
      ),
    ];

    beforeAll(async () => {
      await closeBreakPages();
      await remove('local', ['records', 'history']);
    });

    for (const c of CORRUPTIONS) {
      it(c.name, async () => {
        const settings = c.settings ?? USER;
        if (c.onBreak) {
          const start = Date.now();
          await put(
            valid({ kind: 'onBreak', startedAt: start, endsAt: start + 3 * MIN, long: false }),
          );
        } else {
          await put(sittingDueIn(Date.now(), 20 * MIN));
        }
        const before = await snapshot();
        // The worker stopped, then the corrupt value stored, and every page opened on it: the
        // write (when the worker listens for it) or the popup's opening starts the worker afresh
        // on it. Stopped first, not after: a stop while it answers the write would cut its calls
        // short, which the browser reports as errors.
        await stop(c.name);
        await raw(c.area, c.values);
        await expectPagesRender(`${c.name}, as stored`);
        const state = await expectHealthy(c.name, settings, { render: false });
        expect(
          (await snapshot()).shown - before.shown,
          'at most the one reminder a due break owes',
        ).toBeLessThanOrEqual(state.phase.kind === 'due' ? 1 : 0);
        if (c.save !== false) {
          const kept = await expectSave(c.name, settings);
          if (c.keep) expect(kept, 'the records kept').toEqual(c.keep);
          if (c.keepAtLeast) {
            // Storage hands objects back with their keys in its own order.
            const canon = (r: object) => JSON.stringify(Object.entries(r).sort());
            const wanted = c.keepAtLeast.map(canon);
            expect(
              kept.filter((r) => wanted.includes(canon(r))),
              'the valid records kept, in order',
            ).toEqual(c.keepAtLeast);
          }
          if (!('records' in c.values)) {
            expect(kept.slice(0, before.records.length), 'earlier records').toEqual(before.records);
          }
          expect(kept.length, 'within the cap').toBeLessThan(5_000);
        }
        // Put back as the user had it, for the next case.
        await remove(c.area, Object.keys(c.values));
        if (c.area === 'sync' || 'settingsPlace' in c.values) await putSettings(USER);
      });
    }
  });
});
