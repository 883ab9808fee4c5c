import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/catalog';
import { readCatalogs, readFragments } from '@/lib/i18n/files';
import {
  checklistFor,
  hasSitStandDesk,
  WORKSTATION_ITEM_IDS,
  WORKSTATION_ITEMS,
  WORKSTATION_SOURCES,
} from '@/lib/workstation/checklist';

const catalogs = readCatalogs();
const PARTS = ['title', 'check', 'fix', 'picture'] as const;

describe('the workstation checklist', () => {
  it('lists every item once, in the order of its ids', () => {
    expect(WORKSTATION_ITEMS.map((item) => item.id)).toEqual([...WORKSTATION_ITEM_IDS]);
  });

  it('covers the set-up the HSE and OSHA pages check, and the standing desk', () => {
    expect(checklistFor(false).map((item) => item.id)).toEqual([
      'screen',
      'chair',
      'back',
      'keyboard',
      'laptop',
      'light',
    ]);
    expect(checklistFor(true).map((item) => item.id)).toEqual([
      ...checklistFor(false).map((item) => item.id),
      'stand_desk',
      'stand_screen',
      'stand_change',
    ]);
  });

  it('gives every item a public source, each link named apart within the item', () => {
    for (const item of WORKSTATION_ITEMS) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const source of item.sources) expect(source.url).toMatch(/^https:\/\//);
      const names = item.sources.map((source) => source.name);
      expect(new Set(names).size, item.id).toBe(names.length);
    }
    const hosts = Object.values(WORKSTATION_SOURCES).map((s) => new URL(s.url).host);
    expect(hosts).toEqual(expect.arrayContaining(['www.hse.gov.uk', 'www.osha.gov']));
  });

  it.each(LOCALES)('has every item’s words in %s', (locale) => {
    const missing = WORKSTATION_ITEMS.flatMap((item) =>
      PARTS.map((part) => `workstation_${item.id}_${part}`),
    ).filter((key) => !catalogs[locale][key]);
    expect(missing).toEqual([]);
  });

  it('reads the sit-stand setting by name, off when the settings do not have it', () => {
    expect(hasSitStandDesk({ sitStand: true })).toBe(true);
    expect(hasSitStandDesk({ sitStand: false })).toBe(false);
    expect(hasSitStandDesk({ sitMinutes: 30 })).toBe(false);
    expect(hasSitStandDesk({ sitStand: 'yes' })).toBe(false);
    expect(hasSitStandDesk(null)).toBe(false);
    expect(hasSitStandDesk(undefined)).toBe(false);
  });
});

describe('the workstation text', () => {
  const english = readFragments('en').workstation ?? {};
  const translations = LOCALES.filter((locale) => locale !== 'en');
  const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).sort();

  it('never claims one correct posture, and says it is no diagnosis', () => {
    const all = Object.values(english).join('\n');
    expect(all).toMatch(/no single correct posture/);
    expect(all).toMatch(/not a diagnosis/);
    expect(all).toMatch(/changing position often/);
    expect(all).not.toMatch(/\b(correct|perfect|proper) posture\b(?<!no single correct posture)/);
  });

  it.each(translations)('keeps every number of the English in %s', (locale) => {
    const translated = readFragments(locale).workstation ?? {};
    const changed = Object.entries(english).flatMap(([key, text]) => {
      const want = numbersIn(text);
      const got = numbersIn(translated[key] ?? '');
      return want.join() === got.join() ? [] : [{ key, want, got }];
    });
    expect(changed).toEqual([]);
  });

  it.each(translations)('is translated in %s, not copied from the English', (locale) => {
    const translated = readFragments(locale).workstation ?? {};
    // Words spelt the same in both (the German "Laptop").
    const same = new Set(['Laptop']);
    const copied = Object.entries(english)
      .filter(([key, text]) => translated[key] === text && !same.has(text))
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });
});
