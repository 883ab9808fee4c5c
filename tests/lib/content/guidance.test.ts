import { describe, expect, it } from 'vitest';
import { TREATMENTS_SECTION_ID } from '@/components/Guidance';
import {
  GUIDANCE,
  pointKey,
  sectionTitleKey,
  TREATMENTS,
  treatmentKeys,
} from '@/lib/content/guidance';
import { LOCALES } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { useTestLocale } from '../../support/i18n';

function isHttps(url: string): boolean {
  return new URL(url).protocol === 'https:';
}

describe('GUIDANCE', () => {
  it('has unique ids, none taken by the treatments section', () => {
    const ids = GUIDANCE.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(TREATMENTS_SECTION_ID);
  });

  it('covers the required topics', () => {
    expect(GUIDANCE.map((s) => s.title)).toEqual([
      'What sets off back spasms',
      'Change position often',
      'Move every 30 minutes',
      'Exercise',
      'Lifting',
      'Heat and cold',
      'Medicines',
      'Stay active',
    ]);
  });

  it.each(GUIDANCE.map((s) => [s.id, s] as const))(
    '%s has points, each with an https source',
    (_id, section) => {
      expect(section.points.length).toBeGreaterThan(0);
      for (const point of section.points) {
        expect(point.text.trim()).not.toBe('');
        expect(point.source.name.trim()).not.toBe('');
        expect(isHttps(point.source.url)).toBe(true);
      }
    },
  );

  it('names the causes, including conditions that make the red-flag check matter', () => {
    const causes = GUIDANCE.find((s) => s.id === 'causes')
      ?.points.map((p) => p.text)
      .join(' ');
    for (const cause of [/strain/, /one position/, /injury/, /disc/, /stenosis/, /scoliosis/]) {
      expect(causes).toMatch(cause);
    }
    expect(causes).toMatch(/red-flag check/);
  });

  it('says to change position rather than to sit perfectly', () => {
    const text = GUIDANCE.find((s) => s.id === 'position')
      ?.points.map((p) => p.text)
      .join(' ');
    expect(text).toMatch(/no single correct posture/);
    expect(text).toMatch(/changing position often/);
  });

  it('names the kinds of exercise and the effect of exercise with education', () => {
    const text = GUIDANCE.find((s) => s.id === 'exercise')
      ?.points.map((p) => p.text)
      .join(' ');
    for (const kind of [/[Ww]alking/, /yoga/, /Pilates/, /[Ll]ow-impact aerobic/, /learning/]) {
      expect(text).toMatch(kind);
    }
  });
});

describe('TREATMENTS', () => {
  it('lists what a clinician may offer and what is not recommended, each with an https source', () => {
    const names = TREATMENTS.map((t) => t.name).join(' ');
    for (const name of [
      /painkillers/,
      /[Pp]hysiotherapy/,
      /[Mm]anual therapy/,
      /[Pp]sychological/,
      /[Bb]elts/,
      /corsets/,
      /orthotics/,
      /Traction/,
      /TENS/,
      /scans/,
    ]) {
      expect(names).toMatch(name);
    }
    for (const t of TREATMENTS) {
      expect(t.forWhat.trim()).not.toBe('');
      expect(t.evidence.trim()).not.toBe('');
      expect(isHttps(t.source.url)).toBe(true);
    }
  });

  it('offers manual therapy only together with exercise', () => {
    const manual = TREATMENTS.find((t) => /[Mm]anual therapy/.test(t.name));
    expect(manual?.evidence).toMatch(/exercise/);
  });

  it('has unique names', () => {
    const names = TREATMENTS.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

const catalogs = readCatalogs();

/** Every message the guidance data names, the treatments section's title included. */
function dataKeys(): string[] {
  return [
    ...GUIDANCE.flatMap((section) => [
      sectionTitleKey(section.id),
      ...section.points.map((point) => pointKey(section.id, point.id)),
    ]),
    sectionTitleKey(TREATMENTS_SECTION_ID),
    ...TREATMENTS.flatMap((t) => Object.values(treatmentKeys(t.id))),
  ];
}

describe('the words of the guidance, in every language', () => {
  it('names each message once', () => {
    const keys = dataKeys();
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(LOCALES)('%s has the words of every section, point and treatment', (locale) => {
    const missing = dataKeys().filter((key) => !catalogs[locale][key]?.trim());
    expect(missing).toEqual([]);
  });

  it('has no section, point or treatment words that the data does not use', () => {
    const used = new Set(dataKeys());
    const ui = /^guidance_(source|sources_label_(one|other)|treatments_(caption|column_.+))$/;
    const orphans = Object.keys(catalogs.en).filter(
      (key) => key.startsWith('guidance_') && !ui.test(key) && !used.has(key),
    );
    expect(orphans).toEqual([]);
  });

  it('reads the words in the language shown when they are read', () => {
    useTestLocale('fr');
    expect(GUIDANCE.find((s) => s.id === 'heat-cold')?.title).toBe('Chaud et froid');
    expect(TREATMENTS.find((t) => t.id === 'traction')?.evidence).toBe('Non recommandée');
  });

  it.each(LOCALES)('%s offers manual therapy only together with exercise', (locale) => {
    useTestLocale(locale);
    const exercise = { en: /exercise/, es: /ejercicio/, de: /Bewegungstraining/, fr: /exercice/ };
    expect(TREATMENTS.find((t) => t.id === 'manual-therapy')?.evidence).toMatch(exercise[locale]);
  });
});
