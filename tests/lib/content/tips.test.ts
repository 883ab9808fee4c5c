import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/content/sources';
import { TIP_CATEGORIES, TIPS, tipById } from '@/lib/content/tips';

// Limits come from what a desktop notification shows without cutting text off.
const TITLE_MAX = 40;
const TEXT_MAX = 150;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('tip library', () => {
  it('has at least 30 tips', () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every tip a unique kebab-case id', () => {
    const ids = TIPS.map((tip) => tip.id);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(TIPS.map((tip) => [tip.id, tip] as const))(
    '%s has a title and text that fit a notification',
    (_id, tip) => {
      expect(tip.title.trim()).toBe(tip.title);
      expect(tip.text.trim()).toBe(tip.text);
      expect(tip.title.length).toBeGreaterThan(0);
      expect(tip.title.length).toBeLessThanOrEqual(TITLE_MAX);
      expect(tip.text.length).toBeGreaterThan(0);
      expect(tip.text.length).toBeLessThanOrEqual(TEXT_MAX);
      expect(tip.text).toMatch(/[.!?]$/);
    },
  );

  it('never repeats the same text', () => {
    const texts = TIPS.map((tip) => tip.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('uses every category, and only known ones', () => {
    const used = new Set(TIPS.map((tip) => tip.category));
    expect([...used].sort()).toEqual([...TIP_CATEGORIES].sort());
  });

  it('takes every source from the shared source list', () => {
    const known = Object.values(SOURCES);
    for (const tip of TIPS) expect(known).toContain(tip.source);
  });

  it('never claims to diagnose, cure or heal', () => {
    const claims = /\b(diagnos\w*|cur(e|es|ed|ing)|heal(s|ed|ing)?|guarantee\w*)\b/i;
    for (const tip of TIPS) {
      expect(`${tip.title} ${tip.text}`, tip.id).not.toMatch(claims);
    }
  });

  it('never tells people there is one correct way to sit', () => {
    const idealPosture = /perfect(ly)? posture|correct posture|sit (up )?(perfectly|straight)/i;
    for (const tip of TIPS) {
      expect(`${tip.title} ${tip.text}`, tip.id).not.toMatch(idealPosture);
    }
    const posture = TIPS.filter((tip) => tip.category === 'posture');
    expect(posture.some((tip) => /change position often/i.test(tip.text))).toBe(true);
  });

  it('sends people to the label or a pharmacist whenever it mentions a medicine', () => {
    const medicine = TIPS.filter((tip) =>
      /ibuprofen|paracetamol|painkiller|anti-inflammator/i.test(`${tip.title} ${tip.text}`),
    );
    expect(medicine.length).toBeGreaterThan(0);
    for (const tip of medicine) expect(tip.text, tip.id).toMatch(/label|pharmacist/i);
  });

  it('frames every hydration tip as a reason to get up and move', () => {
    const hydration = TIPS.filter((tip) => tip.category === 'hydration');
    for (const tip of hydration) {
      expect(tip.text, tip.id).toMatch(/\b(walk|stand|get up|stairs|move)\w*/i);
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
