import { describe, expect, it } from 'vitest';
import { TREATMENTS_SECTION_ID } from '@/components/Guidance';
import {
  GUIDANCE,
  pointKey,
  sectionTitleKey,
  TREATMENTS,
  treatmentKeys,
} from '@/lib/content/guidance';
import { REVIEWED } from '@/lib/content/review';
import { SOURCES } from '@/lib/content/sources';
import { LOCALES, type Locale } from '@/lib/i18n/catalog';
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
      'What causes back pain',
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
    '%s has points, each with https sources from the shared list',
    (_id, section) => {
      expect(section.points.length).toBeGreaterThan(0);
      const known = Object.values(SOURCES);
      for (const point of section.points) {
        expect(point.text.trim()).not.toBe('');
        expect(point.sources.length).toBeGreaterThan(0);
        expect(point.source).toBe(point.sources[0]);
        expect(new Set(point.sources).size).toBe(point.sources.length);
        for (const source of point.sources) {
          expect(known).toContain(source);
          expect(source.name.trim()).not.toBe('');
          expect(isHttps(source.url)).toBe(true);
        }
      }
    },
  );

  it('opens the causes with reassurance: most back pain is not serious', () => {
    const causes = GUIDANCE.find((s) => s.id === 'causes');
    const first = causes?.points[0];
    expect(first?.text).toMatch(/^Most back pain is not caused by anything serious/);
    expect(first?.text).toMatch(/non-specific/);
    expect(first?.text).toMatch(/[Ff]ewer than 1 in 100 cases seen by a family doctor/);
    // The Lancet low back pain series, 2018.
    expect(first?.source).toBe(SOURCES.hartvigsen2018);
    expect(first?.source.url).toBe('https://doi.org/10.1016/S0140-6736(18)30480-X');
  });

  it('names the causes without overclaiming, and what makes back pain last', () => {
    const causes = GUIDANCE.find((s) => s.id === 'causes');
    const text = causes?.points.map((p) => p.text).join(' ');
    for (const cause of [/strain/, /one position/, /injury/, /disc/, /stenosis/, /scoliosis/]) {
      expect(text).toMatch(cause);
    }
    // Sitting still can add to stiffness; it is not shown to set off spasms on its own.
    expect(text).toMatch(/can add to stiffness and discomfort/);
    expect(text).not.toMatch(/sets? off|trigger|spasm/i);
    // A disc problem is not a reason for the red-flag check.
    expect(text).not.toMatch(/red-flag/i);
    const lasting = causes?.points.find((p) => p.id === 'lasting');
    for (const factor of [/[Ss]tress/, /low mood/, /poor sleep/, /not moving much/, /to last/]) {
      expect(lasting?.text).toMatch(factor);
    }
    expect(lasting?.sources).toEqual([SOURCES.niceNg59, SOURCES.osullivan2020]);
  });

  it('says how to use heat safely, and how weak the evidence for cold is', () => {
    const heatCold = GUIDANCE.find((s) => s.id === 'heat-cold');
    const heat = heatCold?.points.find((p) => p.id === 'heat')?.text;
    for (const rule of [/[Ww]rap/, /15 to 20 minutes/, /never put it on numb skin/, /sleep/]) {
      expect(heat).toMatch(rule);
    }
    const guidelines = heatCold?.points.find((p) => p.id === 'guidelines');
    expect(guidelines?.text).toMatch(/moderate-quality evidence; for cold, there is too little/);
    expect(guidelines?.source).toBe(SOURCES.acp2017);
  });

  it('says to consider anti-inflammatories with their cautions, not to take them routinely', () => {
    const medicines = GUIDANCE.find((s) => s.id === 'medicines');
    const text = (id: string) => medicines?.points.find((p) => p.id === id)?.text ?? '';
    expect(text('anti-inflammatory')).toMatch(/consider/);
    expect(text('anti-inflammatory')).toMatch(/lowest dose that works and for the shortest time/);
    expect(text('anti-inflammatory')).not.toMatch(/recommended|can help/);
    for (const caution of [
      /pharmacist/,
      /pregnant/,
      /stomach ulcer/,
      /kidney or heart disease/,
      /asthma that anti-inflammatories make worse/,
      /blood thinners/,
    ]) {
      expect(text('cautions')).toMatch(caution);
    }
    expect(text('opioids')).toMatch(/should not be used for long-lasting/);
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
      /Muscle relaxants/,
      /Heat/,
      /Massage/,
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
      expect(t.source).toBe(t.sources[0]);
      for (const source of t.sources) expect(isHttps(source.url)).toBe(true);
    }
  });

  it('offers manual therapy only together with exercise, for a small benefit', () => {
    const manual = TREATMENTS.find((t) => /[Mm]anual therapy/.test(t.name));
    expect(manual?.evidence).toMatch(/exercise/);
    expect(manual?.evidence).toMatch(/small benefit, similar to other recommended treatments/);
    expect(manual?.sources).toContain(SOURCES.rubinstein2019);
    expect(manual?.sources).toContain(SOURCES.niceNg59);
  });

  it('says in words what the evidence shows for muscle relaxants, heat and massage', () => {
    const row = (id: string) => TREATMENTS.find((t) => t.id === id);
    const relaxants = row('muscle-relaxants');
    expect(relaxants?.name).toMatch(/prescription only/);
    for (const said of [/small and short-term/, /few days at most/, /drowsiness/, /dizziness/]) {
      expect(relaxants?.evidence).toMatch(said);
    }
    expect(relaxants?.sources).toEqual([SOURCES.acp2017, SOURCES.cashin2021]);
    expect(row('heat')?.evidence).toMatch(
      /small, short-term benefit \(moderate-quality evidence\)/,
    );
    expect(row('heat')?.sources).toContain(SOURCES.acp2017);
    expect(row('massage')?.evidence).toMatch(/short term \(low-quality evidence\)/);
    expect(row('massage')?.sources).toEqual([SOURCES.acp2017]);
  });

  it('says to consider anti-inflammatories, not that they are recommended', () => {
    const nsaids = TREATMENTS.find((t) => t.id === 'anti-inflammatory');
    expect(nsaids?.evidence).toMatch(
      /^Consider, at the lowest dose that works for the shortest time/,
    );
    expect(nsaids?.evidence).toMatch(/paracetamol alone is not recommended/);
    expect(TREATMENTS.find((t) => t.id === 'physiotherapy')?.evidence).toBe('Recommended');
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
    const ui =
      /^guidance_(source|sources_label_(one|other)|reviewed|treatments_(caption|column_(for|evidence))|verdict_(recommended|option|not_recommended))$/;
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

  // The facts the clinical review asked for, in every language.
  const SAID: Record<
    Locale,
    {
      reassurance: RegExp[];
      lasting: RegExp[];
      nsaid: RegExp[];
      cautions: RegExp[];
      heat: RegExp[];
      relaxants: RegExp[];
      evidenceColumn: string;
      reviewed: string;
    }
  > = {
    en: {
      reassurance: [/not caused by anything serious/, /1 in 100/],
      lasting: [/Stress/, /low mood/, /poor sleep/, /not moving much/],
      nsaid: [/consider/, /lowest dose/, /shortest time/],
      cautions: [/pharmacist/, /pregnant/, /ulcer/, /kidney/, /heart/, /asthma/, /blood thinners/],
      heat: [/towel/, /15 to 20 minutes/, /numb skin/, /sleep/],
      relaxants: [/small and short-term/, /drowsiness/, /dizziness/, /few days/],
      evidenceColumn: 'Evidence',
      reviewed: 'Reviewed: November 2026',
    },
    es: {
      reassurance: [/no se deben a nada grave/, /1 de cada 100/],
      lasting: [/estrés/, /ánimo bajo/, /dormir mal/, /moverse poco/],
      nsaid: [/valorar/, /dosis más baja/, /menor tiempo posible/],
      cautions: [/farmacia/, /embarazada/, /úlcera/, /riñón/, /corazón/, /asma/, /anticoagulantes/],
      heat: [/toalla/, /15 a 20 minutos/, /piel adormecida/, /duermes/],
      relaxants: [/pequeño y a corto plazo/, /somnolencia/, /mareo/, /unos días/],
      evidenceColumn: 'Nivel de evidencia',
      reviewed: 'Revisado: noviembre de 2026',
    },
    de: {
      reassurance: [/keine ernste Ursache/, /1 von 100/],
      lasting: [/Stress/, /gedrückte Stimmung/, /schlechter Schlaf/, /wenig Bewegung/],
      nsaid: [/erwägen/, /niedrigsten wirksamen Dosis/, /so kurz wie möglich/],
      cautions: [
        /Apotheke/,
        /schwanger/,
        /Magengeschwür/,
        /Nieren/,
        /Herzerkrankung/,
        /Asthma/,
        /Blutverdünner/,
      ],
      heat: [/Handtuch/, /15 bis 20 Minuten/, /taube Haut/, /Schlaf/, /Verspannungen/],
      relaxants: [/kleiner, kurzfristiger Nutzen/, /Benommenheit/, /Schwindel/, /wenige Tage/],
      evidenceColumn: 'Evidenzlage',
      reviewed: 'Geprüft: November 2026',
    },
    fr: {
      reassurance: [/n’ont pas de cause grave/, /1 cas sur 100/],
      lasting: [/stress/, /moral en berne/, /mauvais sommeil/, /manque d’activité/],
      nsaid: [/envisager/, /plus faible dose efficace/, /moins longtemps possible/],
      cautions: [/pharmacien/, /enceinte/, /ulcère/, /reins/, /cœur/, /asthme/, /anticoagulant/],
      heat: [/serviette/, /15 à 20 minutes/, /peau engourdie/, /sommeil/],
      relaxants: [/faible et de courte durée/, /somnolence/, /vertiges/, /quelques jours/],
      evidenceColumn: 'Niveau de preuve',
      reviewed: 'Révisé\u00a0: novembre 2026',
    },
  };

  it.each(LOCALES)('%s says what the clinical review asked for', (locale) => {
    const catalog = catalogs[locale];
    const said = SAID[locale];
    const check = (key: string, patterns: RegExp[]) => {
      for (const pattern of patterns) expect(catalog[key], key).toMatch(pattern);
    };
    check('guidance_causes_not_serious', said.reassurance);
    check('guidance_causes_lasting', said.lasting);
    check('guidance_medicines_anti_inflammatory', said.nsaid);
    check('guidance_medicines_cautions', said.cautions);
    check('guidance_heat_cold_heat', said.heat);
    check('guidance_treatment_muscle_relaxants_evidence', said.relaxants);
    expect(catalog.guidance_treatments_column_evidence).toBe(said.evidenceColumn);
    // The month comes from REVIEWED, written the way the language writes dates.
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(
      new Date(REVIEWED.year, REVIEWED.month - 1, 15),
    );
    expect(catalog.guidance_reviewed?.replace('$1', month)).toBe(said.reviewed);
    // German says "Verspannungen" for tightness, never "Rückenkrämpfe".
    const all = Object.entries(catalog)
      .filter(([key]) => key.startsWith('guidance_'))
      .map(([, text]) => text)
      .join(' ');
    expect(all).not.toMatch(/Rückenkrämpfe|Krämpfe/);
  });
});
