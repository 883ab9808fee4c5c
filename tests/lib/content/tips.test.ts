import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/content/sources';
import {
  NOTIFICATION_TEXT_MAX,
  RETIRED_TIP_IDS,
  TIP_CATEGORIES,
  TIPS,
  type Tip,
  tipById,
  tipKey,
} from '@/lib/content/tips';
import { LOCALES, type Locale, substitute } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { tData } from '@/lib/i18n/t';
import { useTestLocale } from '../../support/i18n';

// Limits come from what a desktop notification shows without cutting text off: about two lines,
// 100-110 characters, on macOS and Windows. The message is the tip's title and text together.
const TITLE_MAX = 40;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const catalogs = readCatalogs();

/** A tip's words in one language, straight from the message files. */
function words(tip: Tip, locale: Locale = 'en') {
  const title = catalogs[locale][tipKey(tip.id, 'title')] ?? '';
  const text = catalogs[locale][tipKey(tip.id, 'text')] ?? '';
  return { title, text, both: `${title} ${text}` };
}

/** What the notification shows for a tip, as the browser puts its message together. */
function notificationMessage(tip: Tip, locale: Locale): string {
  const { title, text } = words(tip, locale);
  return substitute(catalogs[locale].notify_tip ?? '', [title, text]);
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
        // The message puts a colon after the title: a title ending in a mark would double it.
        expect(title).not.toMatch(/[.!?:;]$/);
        expect(text.length).toBeGreaterThan(0);
        expect(text).toMatch(/[.!?]$/);
      },
    );

    it('fits every tip’s notification message in two lines, title and text together', () => {
      const tooLong = TIPS.map((tip) => notificationMessage(tip, locale)).filter(
        (message) => message.length > NOTIFICATION_TEXT_MAX,
      );
      expect(tooLong).toEqual([]);
      // The message is the title, the text and what joins them, nothing cut.
      const tip = TIPS[0] as Tip;
      expect(notificationMessage(tip, locale)).toContain(words(tip, locale).text);
      expect(notificationMessage(tip, locale).startsWith(words(tip, locale).title)).toBe(true);
    });

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

  it('keeps medicines out of reminders, which also reach people who are not in pain', () => {
    const ids = TIPS.map((tip) => tip.id);
    for (const id of RETIRED_TIP_IDS) expect(ids).not.toContain(id);
    // Retired ids stay retired: their words are gone too.
    for (const id of RETIRED_TIP_IDS) expect(catalogs.en[tipKey(id, 'text')]).toBeUndefined();
  });

  it.each([
    [
      'en',
      /ibuprofen|paracetamol|acetaminophen|painkiller|pain relie|anti-?inflammator|\bNSAIDs?\b|opioid|medicine|medication|muscle relaxant|\bpills?\b|\btablets?\b/i,
    ],
    [
      'es',
      /ibuprofeno|paracetamol|analg[eé]sic|antiinflamatori|\bAINEs?\b|opioide|medicament|f[aá]rmaco|relajante muscular|pastilla|comprimido/i,
    ],
    [
      'de',
      /ibuprofen|paracetamol|schmerzmittel|entzündungshemm|\bNSAR\b|opioid|medikament|arznei|muskelrelax|tablette/i,
    ],
    [
      'fr',
      /ibuprofène|paracétamol|antidouleur|anti-?inflammatoire|\bAINS\b|opioïde|médicament|relaxant musculaire|myorelaxant|comprimé|cachet/i,
    ],
  ] as const)('never mentions a medicine in a reminder tip (%s)', (locale, medicine) => {
    for (const tip of TIPS) expect(words(tip, locale).both, tip.id).not.toMatch(medicine);
  });

  it.each([
    ['en', /(set(s|ting)? off|trigger\w*|caus\w*)\b.{0,20}spasm/i],
    ['es', /(desencaden\w*|provoc\w*|caus\w*)\b.{0,20}espasmo/i],
    ['de', /(auslös\w*|verursach\w*).{0,30}(krampf|krämpf)|(krampf|krämpf)\w*.{0,30}auslös/i],
    ['fr', /(déclench\w*|provoqu\w*|caus\w*)\b.{0,20}spasme/i],
  ] as const)('never says sitting sets off back spasms (%s)', (locale, overclaim) => {
    for (const tip of TIPS) expect(words(tip, locale).both, tip.id).not.toMatch(overclaim);
  });

  it.each([
    [
      'en',
      {
        stop: [/mild discomfort is ok/i, /sharp pain/, /down a leg/, /tingling or numbness/],
        heat: [/wrapped/, /15-20 minutes/, /numb skin/, /asleep/],
        backBend: [/looking ahead/],
        hamstring: [/stop if it tingles/i],
        kneeToChest: [/hip replacement, only if cleared/],
      },
    ],
    [
      'es',
      {
        stop: [/molestia leve/i, /dolor agudo/, /pierna/, /hormigueo o adormecimiento/],
        heat: [/envuelto/, /15-20 minutos/, /zona adormecida/, /al dormir/],
        backBend: [/mirando al frente/],
        hamstring: [/para si hormiguea/i],
        kneeToChest: [/prótesis de cadera: consulta antes/i],
      },
    ],
    [
      'de',
      {
        stop: [/leichtes ziehen/i, /stechendem schmerz/i, /ins bein/i, /kribbeln, taubheit/i],
        heat: [/umwickelte/i, /15-20 Minuten/, /tauber haut/i, /im schlaf/i],
        backBend: [/geradeaus/],
        hamstring: [/bei kribbeln stopp/i],
        kneeToChest: [/hüftprothese nur mit freigabe/i],
      },
    ],
    [
      'fr',
      {
        stop: [/gêne légère/i, /douleur vive/i, /jambe/, /fourmillements, engourdissement/],
        heat: [/enveloppée/, /15-20 minutes/, /peau engourdie/, /en dormant/],
        backBend: [/regard devant/],
        hamstring: [/arrêtez si ça picote/i],
        kneeToChest: [/prothèse de hanche\u00a0: seulement si autorisé/i],
      },
    ],
  ] as const)(
    'carries the clinical review’s cautions in the tips that need them (%s)',
    (locale, said) => {
      const text = (id: string) => words(tipById(id) as Tip, locale).text;
      for (const pattern of said.stop) expect(text('stop-if-it-hurts')).toMatch(pattern);
      for (const pattern of said.heat) expect(text('heat-for-stiffness')).toMatch(pattern);
      for (const pattern of said.backBend) expect(text('standing-back-bend')).toMatch(pattern);
      for (const pattern of said.hamstring)
        expect(text('seated-hamstring-stretch')).toMatch(pattern);
      for (const pattern of said.kneeToChest) expect(text('seated-knee-to-chest')).toMatch(pattern);
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
