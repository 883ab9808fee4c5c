import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/content/sources';
import { TIP_CATEGORIES, TIPS, type Tip, tipById, tipKey } from '@/lib/content/tips';
import { LOCALES, type Locale } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { tData } from '@/lib/i18n/t';
import { useTestLocale } from '../../support/i18n';

// Limits come from what a desktop notification shows without cutting text off.
const TITLE_MAX = 40;
const TEXT_MAX = 150;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const catalogs = readCatalogs();

/** A tip's words in one language, straight from the message files. */
function words(tip: Tip, locale: Locale = 'en') {
  const title = catalogs[locale][tipKey(tip.id, 'title')] ?? '';
  const text = catalogs[locale][tipKey(tip.id, 'text')] ?? '';
  return { title, text, both: `${title} ${text}` };
}

const figures = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe('tip library', () => {
  it('has at least 30 tips', () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every tip a unique kebab-case id', () => {
    const ids = TIPS.map((tip) => tip.id);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names each tip’s words after its id', () => {
    expect(tipKey('sit-stand-swap', 'title')).toBe('tips_sit_stand_swap_title');
    expect(tipKey('sit-stand-swap', 'text')).toBe('tips_sit_stand_swap_text');
  });

  it('has a title and a text in English for every tip, and no words for a tip that is gone', () => {
    const keys = TIPS.flatMap((tip) => [tipKey(tip.id, 'title'), tipKey(tip.id, 'text')]);
    for (const key of keys) expect(catalogs.en[key], key).toBeTruthy();
    const tipWords = Object.keys(catalogs.en).filter((key) => key.startsWith('tips_'));
    expect(tipWords.sort()).toEqual([...keys].sort());
  });

  it('shows the words in the browser’s language', () => {
    const tip = tipById('look-far-away') as Tip;
    expect(tData(tipKey(tip.id, 'title'))).toBe('Look into the distance');
    useTestLocale('de');
    expect(tData(tipKey(tip.id, 'title'))).toBe('In die Ferne schauen');
  });

  describe.each(LOCALES)('in %s', (locale) => {
    it.each(TIPS.map((tip) => [tip.id, tip] as const))(
      '%s has a title and text that fit a notification',
      (_id, tip) => {
        const { title, text } = words(tip, locale);
        expect(title.trim()).toBe(title);
        expect(text.trim()).toBe(text);
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(TEXT_MAX);
        expect(text).toMatch(/[.!?]$/);
      },
    );

    it('keeps every figure of the English text', () => {
      for (const tip of TIPS) {
        expect(figures(words(tip, locale).text), tip.id).toEqual(figures(words(tip).text));
      }
    });

    it('never repeats the same text', () => {
      const texts = TIPS.map((tip) => words(tip, locale).text.toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
    });
  });

  it('uses every category, and only known ones', () => {
    const used = new Set(TIPS.map((tip) => tip.category));
    expect([...used].sort()).toEqual([...TIP_CATEGORIES].sort());
  });

  it('takes every source from the shared source list', () => {
    const known = Object.values(SOURCES);
    for (const tip of TIPS) expect(known).toContain(tip.source);
  });

  it.each([
    ['en', /\b(diagnos\w*|cur(e|es|ed|ing)|heal(s|ed|ing)?|guarantee\w*)\b/i],
    ['es', /\b(diagn\w*|cura\w*|curar\w*|sana\w*|garantiz\w*)\b/i],
    ['de', /(diagnos\w*|heil\w*|garant\w*)/i],
    ['fr', /(diagnost\w*|guéri\w*|garanti\w*)/i],
  ] as const)('never claims to diagnose, cure or heal (%s)', (locale, claims) => {
    for (const tip of TIPS) expect(words(tip, locale).both, tip.id).not.toMatch(claims);
  });

  it('never tells people there is one correct way to sit', () => {
    const idealPosture = /perfect(ly)? posture|correct posture|sit (up )?(perfectly|straight)/i;
    for (const tip of TIPS) expect(words(tip).both, tip.id).not.toMatch(idealPosture);
    const posture = TIPS.filter((tip) => tip.category === 'posture');
    expect(posture.some((tip) => /change position often/i.test(words(tip).text))).toBe(true);
  });

  it.each([
    ['en', /label|pharmacist/i],
    ['es', /prospecto|farmac/i],
    ['de', /Packungsbeilage|Apotheke/i],
    ['fr', /notice|pharmac/i],
  ] as const)(
    'sends people to the label or a pharmacist whenever it mentions a medicine (%s)',
    (locale, advice) => {
      const medicine = TIPS.filter((tip) =>
        /ibuprofen|paracetamol|painkiller|anti-inflammator/i.test(words(tip).both),
      );
      expect(medicine.length).toBeGreaterThan(0);
      for (const tip of medicine) expect(words(tip, locale).text, tip.id).toMatch(advice);
    },
  );

  it('frames every hydration tip as a reason to get up and move', () => {
    const hydration = TIPS.filter((tip) => tip.category === 'hydration');
    for (const tip of hydration) {
      expect(words(tip).text, tip.id).toMatch(/\b(walk|stand|get up|stairs|move)\w*/i);
    }
  });

  it('finds each tip by id and nothing for an unknown id', () => {
    for (const tip of TIPS) expect(tipById(tip.id)).toBe(tip);
    expect(tipById('no-such-tip')).toBeUndefined();
    expect(tipById('')).toBeUndefined();
  });
});

describe('source list', () => {
  it.each(Object.entries(SOURCES))('%s has a name and an https url', (_key, source) => {
    expect(source.name.trim().length).toBeGreaterThan(0);
    const url = new URL(source.url);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toContain('.');
  });

  it('links each page only once', () => {
    const urls = Object.values(SOURCES).map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
