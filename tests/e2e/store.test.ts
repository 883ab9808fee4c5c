import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { dayKey, sittingState } from './support/seed';

/** The size both stores take for screenshots. */
const STORE = { width: 1280, height: 800 } as const;
const STORE_ROOT = resolve(import.meta.dirname, '../../.output/store');

const MIN = 60_000;
const catalogs = readCatalogs();

/** The line beside the popup in its store picture: store copy, so it lives here, not in the app. */
const PITCH: Record<Locale, { headline: string; text: string; alt: string }> = {
  en: {
    headline: 'Get up before your back tells you to',
    text: 'Limber counts only the time you really sit, reminds you to move every 30 minutes, and counts time away as a break.',
    alt: 'The Limber popup',
  },
  es: {
    headline: 'Levántate antes de que tu espalda te lo pida',
    text: 'Limber cuenta solo el tiempo que pasas sentado de verdad, te recuerda moverte cada 30 minutos y cuenta el tiempo fuera como una pausa.',
    alt: 'La ventana de Limber',
  },
  de: {
    headline: 'Stehen Sie auf, bevor Ihr Rücken es verlangt',
    text: 'Limber zählt nur die Zeit, die Sie wirklich sitzen, erinnert Sie alle 30 Minuten an Bewegung und zählt Zeit weg vom Computer als Pause.',
    alt: 'Das Limber-Fenster',
  },
  fr: {
    headline: 'Levez-vous avant que votre dos ne vous le demande',
    text: 'Limber ne compte que le temps où vous êtes vraiment assis, vous rappelle de bouger toutes les 30\u00a0minutes et compte le temps passé loin de l’écran comme une pause.',
    alt: 'La fenêtre de Limber',
  },
};

/** The last `count` working days before today, newest first. */
function workingDays(count: number): Date[] {
  const now = new Date();
  const days: Date[] = [];
  for (let back = 1; days.length < count; back++) {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 12);
    if (d.getDay() !== 0 && d.getDay() !== 6) days.push(d);
  }
  return days;
}

/** A plausible working week: most breaks taken, some natural, a few snoozed. */
function weekOfHistory() {
  const days: Record<string, Record<string, number>> = {};
  const pattern = [
    [8, 6, 2, 1, 380],
    [7, 5, 1, 2, 350],
    [9, 8, 1, 0, 400],
    [6, 4, 2, 1, 300],
    [8, 7, 0, 1, 390],
  ];
  workingDays(pattern.length).forEach((day, i) => {
    const [due = 0, taken = 0, natural = 0, snoozed = 0, sat = 0] = pattern[i] ?? [];
    days[dayKey(day)] = {
      due,
      dueTaken: taken,
      completed: taken,
      natural,
      snoozed,
      skipped: due - taken - snoozed > 0 ? 1 : 0,
      satMs: sat * MIN,
      longestSatMs: 45 * MIN,
    };
  });
  return { days, openDue: null };
}

/**
 * A colour token of the design system (components/base.css) in the light or the dark theme, so
 * the popup's store backdrop is drawn in the extension's own palette.
 */
function token(name: string, scheme: 'light' | 'dark'): string {
  const css = readFileSync(resolve(import.meta.dirname, '../../components/base.css'), 'utf8');
  const [light = '', dark = ''] = css.split(/@media[^{]*\(prefers-color-scheme: dark\)/);
  const value = (scheme === 'dark' ? dark : light).match(new RegExp(`${name}:\\s*([^;]+);`))?.[1];
  if (!value) throw new Error(`no ${name} in the ${scheme} theme of base.css`);
  return value.trim();
}

async function save(page: Page, dir: string, name: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = resolve(dir, `${name}.png`);
  // Exactly the store's size: not the full page, which may be taller.
  await page.screenshot({ path, clip: { x: 0, y: 0, ...STORE } });
  return path;
}

/**
 * Store screenshots, made from the real extension at the stores' 1280x800, in each shipped
 * language (`.output/store/<lang>/`). The popup is a small window, so it is shown at its own size
 * on a plain backdrop with one line saying what it does.
 */
describe.each(LOCALES)('store screenshots in %s', (locale) => {
  const words = catalogs[locale];
  const pitch = PITCH[locale];
  const STORE_DIR = resolve(STORE_ROOT, locale);
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension({ lang: locale });
    probe = await Probe.open(ext);
    await probe.setHistory(weekOfHistory());
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('shows the popup with its countdown, framed at store size', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await probe.seedEngineState(sittingState(Date.now(), 12 * MIN));
      const popup = await ext.openPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.getByRole('timer', { name: words.popup_sitting_timer }).waitFor();
      // As tall as its content, as the browser sizes a popup: measured in a short viewport, since
      // the page fills whatever height it is given.
      await popup.setViewportSize({ width: 380, height: 100 });
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      await popup.setViewportSize({ width: 380, height });
      const image = await popup.screenshot({ fullPage: true });
      await popup.close();

      const frame = await ext.context.newPage();
      await frame.setViewportSize(STORE);
      await frame.setContent(`<!doctype html><html lang="${locale}"><body style="margin:0;height:800px;
        display:flex;align-items:center;justify-content:center;gap:72px;font-family:system-ui,sans-serif;
        background:${token('--accent-soft', scheme)};color:${token('--fg', scheme)}">
        <div style="max-width:520px"><h1 style="font-size:52px;margin:0 0 20px;color:${token('--accent-strong', scheme)}">${pitch.headline}</h1>
        <p style="font-size:24px;line-height:1.45;margin:0">${pitch.text}</p></div>
        <img alt="${pitch.alt}" style="border-radius:12px;box-shadow:0 12px 40px rgba(0,0,0,.3);max-height:720px"
          src="data:image/png;base64,${image.toString('base64')}"></body></html>`);
      await frame.getByRole('img', { name: pitch.alt }).waitFor();
      await frame.waitForFunction(() => document.images[0]?.complete);
      const path = await save(frame, STORE_DIR, `1-popup-${scheme}`);
      expect(path).toContain('.output/store/');
      await frame.close();
    }
  });

  it('shows a guided break in progress', async () => {
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => new URL(p.url()).pathname === '/break.html',
    });
    await probe.send({ type: 'startBreak' });
    const page = await opened;
    await page.setViewportSize(STORE);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.getByRole('button', { name: words.break_next }).waitFor();
    await save(page, STORE_DIR, '2-break-light');
    await probe.send({ type: 'endBreak' });
    await page.close();
  });

  it('shows the history of the past week', async () => {
    const page = await ext.openPage('history.html');
    await page.setViewportSize(STORE);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.getByRole('heading', { level: 2, name: words.history_breaks_heading }).waitFor();
    await save(page, STORE_DIR, '3-history-dark');
    await page.close();
  });

  it('shows the settings', async () => {
    const page = await ext.openPage('options.html');
    await page.setViewportSize(STORE);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('spinbutton').first().waitFor();
    await save(page, STORE_DIR, '4-options-light');
    await page.close();
  });

  it('wrote every screenshot at the store size', async () => {
    const files = (await readdir(STORE_DIR)).filter((f) => f.endsWith('.png')).sort();
    expect(files).toEqual([
      '1-popup-dark.png',
      '1-popup-light.png',
      '2-break-light.png',
      '3-history-dark.png',
      '4-options-light.png',
    ]);
    for (const file of files) {
      const png = await readFile(resolve(STORE_DIR, file));
      // A PNG's IHDR chunk holds its width and height as big-endian integers at bytes 16-23.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1280, 800]);
    }
  });
});
