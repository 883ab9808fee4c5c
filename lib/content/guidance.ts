/**
 * Prevention and self-care guidance for the popup, from shared/content/health-facts.md
 * sections 2 and 3, in our own words. Every point carries its source so the UI can show it.
 *
 * Which sections and points exist, in what order and from which source, is decided here once
 * for every language; the words are in the message catalog
 * (lib/i18n/locales/<locale>/guidance.json), named after the ids below.
 */
import { SOURCES, type Source } from '@/lib/content/sources';
import { tData } from '@/lib/i18n/t';

export interface GuidancePoint {
  readonly id: string;
  readonly text: string;
  readonly source: Source;
}

export interface GuidanceSection {
  readonly id: string;
  readonly title: string;
  readonly points: readonly GuidancePoint[];
}

export interface Treatment {
  readonly id: string;
  readonly name: string;
  readonly forWhat: string;
  readonly evidence: string;
  readonly source: Source;
}

const NHS_BACK_PAIN = SOURCES.nhsBackPain;
const NHS_INFORM_BACK = SOURCES.nhsInformBackProblems;
const MAYO_BACK_PAIN = SOURCES.mayoBackPain;
const NICE_NG59 = SOURCES.niceNg59;
const WHO_LOW_BACK_PAIN = SOURCES.whoLowBackPain;
const WHO_SEDENTARY = SOURCES.whoSedentary;
const HSE_BREAKS = SOURCES.hseBreaks;
const COCHRANE_BED_REST = SOURCES.cochraneBedRest;
const COCHRANE_HEAT = SOURCES.cochraneHeat;
const ACP_2017 = SOURCES.acp2017;
const THORP_2014 = SOURCES.thorp2014;
const HENSON_2016 = SOURCES.henson2016;
const STEFFENS_2016 = SOURCES.steffens2016;
const OSULLIVAN_2020 = SOURCES.osullivan2020;
const SLATER_2019 = SOURCES.slater2019;

const snake = (id: string) => id.replaceAll('-', '_');

/** The message name of a section's title. */
export const sectionTitleKey = (sectionId: string) => `guidance_${snake(sectionId)}_title`;

/** The message name of one point of a section. */
export const pointKey = (sectionId: string, pointId: string) =>
  `guidance_${snake(sectionId)}_${snake(pointId)}`;

/** The message names of a treatment's row in the table. */
export function treatmentKeys(id: string): { name: string; forWhat: string; evidence: string } {
  const base = `guidance_treatment_${snake(id)}`;
  return { name: `${base}_name`, forWhat: `${base}_for`, evidence: `${base}_evidence` };
}

type SectionRule = readonly [id: string, points: readonly (readonly [id: string, Source])[]];

const SECTION_RULES: readonly SectionRule[] = [
  [
    'causes',
    [
      ['strain', MAYO_BACK_PAIN],
      ['one-position', NHS_BACK_PAIN],
      ['injury', MAYO_BACK_PAIN],
      ['underlying-condition', MAYO_BACK_PAIN],
    ],
  ],
  [
    'position',
    [
      ['no-correct-posture', OSULLIVAN_2020],
      ['comfortable-is-safe', SLATER_2019],
      ['sit-stand', THORP_2014],
    ],
  ],
  [
    'move',
    [
      ['sit-less', WHO_SEDENTARY],
      ['short-breaks', HSE_BREAKS],
      ['every-half-hour', MAYO_BACK_PAIN],
      ['blood-sugar', HENSON_2016],
    ],
  ],
  [
    'exercise',
    [
      ['kinds', NHS_BACK_PAIN],
      ['low-impact', MAYO_BACK_PAIN],
      ['with-education', STEFFENS_2016],
      ['guidelines', NICE_NG59],
    ],
  ],
  [
    'lifting',
    [
      ['technique', NHS_BACK_PAIN],
      ['comfort-advice', OSULLIVAN_2020],
    ],
  ],
  [
    'heat-cold',
    [
      ['heat', NHS_BACK_PAIN],
      ['cold', NHS_BACK_PAIN],
      ['heat-wraps', COCHRANE_HEAT],
      ['guidelines', ACP_2017],
    ],
  ],
  [
    'medicines',
    [
      ['purpose', NHS_BACK_PAIN],
      ['anti-inflammatory', NICE_NG59],
      ['paracetamol', NICE_NG59],
      ['opioids', WHO_LOW_BACK_PAIN],
      ['label', NHS_BACK_PAIN],
    ],
  ],
  [
    'stay-active',
    [
      ['keep-moving', NHS_BACK_PAIN],
      ['bed-rest', COCHRANE_BED_REST],
      ['work', NHS_BACK_PAIN],
      ['six-weeks', NHS_INFORM_BACK],
    ],
  ],
];

// Getters, so the words are read in the language shown when they are shown.
function section([id, points]: SectionRule): GuidanceSection {
  return {
    id,
    get title() {
      return tData(sectionTitleKey(id));
    },
    points: points.map(([pointId, source]) => ({
      id: pointId,
      source,
      get text() {
        return tData(pointKey(id, pointId));
      },
    })),
  };
}

export const GUIDANCE: readonly GuidanceSection[] = SECTION_RULES.map(section);

/** Each treatment's id and source; see `TREATMENTS`. */
const TREATMENT_RULES: readonly (readonly [id: string, Source])[] = [
  ['anti-inflammatory', NICE_NG59],
  ['opioids', WHO_LOW_BACK_PAIN],
  ['physiotherapy', NICE_NG59],
  ['manual-therapy', NICE_NG59],
  ['psychological', NICE_NG59],
  ['belts', NICE_NG59],
  ['orthotics', NICE_NG59],
  ['traction', NICE_NG59],
  ['tens', NICE_NG59],
  ['scans', NICE_NG59],
];

function treatment([id, source]: readonly [string, Source]): Treatment {
  const keys = treatmentKeys(id);
  return {
    id,
    source,
    get name() {
      return tData(keys.name);
    },
    get forWhat() {
      return tData(keys.forWhat);
    },
    get evidence() {
      return tData(keys.evidence);
    },
  };
}

/** What a clinician may offer, and what guidelines advise against, with the evidence. */
export const TREATMENTS: readonly Treatment[] = TREATMENT_RULES.map(treatment);
