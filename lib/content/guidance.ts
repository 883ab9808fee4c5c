/**
 * Prevention and self-care guidance for the popup, in our own words, from the NHS back-pain
 * page, NICE NG59, the ACP 2017 guideline, WHO, HSE and the studies named below, as checked by a
 * clinical review (November 2026). Every point carries its sources so the UI can show them.
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
  /** The first of `sources`. */
  readonly source: Source;
  /** Where the point comes from, at least one. */
  readonly sources: readonly Source[];
}

export interface GuidanceSection {
  readonly id: string;
  readonly title: string;
  readonly points: readonly GuidancePoint[];
}

/**
 * What guidelines say of a treatment, in a word: recommended (NICE NG59 "offer", ACP 2017
 * "recommend"), an option (NICE "consider", ACP "may select"), or not recommended.
 */
export type Verdict = 'recommended' | 'option' | 'not-recommended';

export interface Treatment {
  readonly id: string;
  readonly verdict: Verdict;
  readonly name: string;
  readonly forWhat: string;
  /** What the evidence shows, in words ("a small, short-term benefit"), and what guidelines say. */
  readonly evidence: string;
  /** The first of `sources`. */
  readonly source: Source;
  /** Where the row comes from, at least one. */
  readonly sources: readonly Source[];
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
const HARTVIGSEN_2018 = SOURCES.hartvigsen2018;
const CASHIN_2021 = SOURCES.cashin2021;
const RUBINSTEIN_2019 = SOURCES.rubinstein2019;

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

/** One source, or several when a point draws on more than one. */
type Sources = Source | readonly [Source, ...Source[]];
type SectionRule = readonly [id: string, points: readonly (readonly [id: string, Sources])[]];

const list = (sources: Sources): readonly Source[] =>
  Array.isArray(sources) ? sources : [sources as Source];

// The causes open with reassurance: most back pain is not serious, and fear of it predicts a
// slower recovery (the Lancet low back pain series, 2018). Sitting still "can add to" stiffness;
// it is not shown to set off back pain on its own.
const SECTION_RULES: readonly SectionRule[] = [
  [
    'causes',
    [
      ['not-serious', HARTVIGSEN_2018],
      ['strain', MAYO_BACK_PAIN],
      ['one-position', NHS_BACK_PAIN],
      ['injury', MAYO_BACK_PAIN],
      ['underlying-condition', MAYO_BACK_PAIN],
      ['lasting', [NICE_NG59, OSULLIVAN_2020]],
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
  // NSAIDs are "consider", at the lowest dose that works for the shortest time, with the
  // cautions NICE NG59 names; no opioids for long-lasting low back pain (NICE NG59; WHO 2023).
  [
    'medicines',
    [
      ['purpose', NHS_BACK_PAIN],
      ['anti-inflammatory', NICE_NG59],
      ['cautions', NICE_NG59],
      ['paracetamol', NICE_NG59],
      ['opioids', [WHO_LOW_BACK_PAIN, NICE_NG59]],
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
    points: points.map(([pointId, sources]) => ({
      id: pointId,
      source: list(sources)[0] as Source,
      sources: list(sources),
      get text() {
        return tData(pointKey(id, pointId));
      },
    })),
  };
}

export const GUIDANCE: readonly GuidanceSection[] = SECTION_RULES.map(section);

type TreatmentRule = readonly [id: string, verdict: Verdict, sources: Sources];

/** Each treatment's id, verdict and sources; see `TREATMENTS`. */
const TREATMENT_RULES: readonly TreatmentRule[] = [
  // NICE NG59: "consider" an NSAID, at the lowest dose for the shortest time.
  ['anti-inflammatory', 'option', NICE_NG59],
  // Like NSAIDs, an option for new pain in ACP 2017; any benefit small and short-term, with more
  // side effects (Cashin 2021).
  ['muscle-relaxants', 'option', [ACP_2017, CASHIN_2021]],
  ['opioids', 'not-recommended', [WHO_LOW_BACK_PAIN, NICE_NG59]],
  ['physiotherapy', 'recommended', NICE_NG59],
  ['heat', 'recommended', [ACP_2017, COCHRANE_HEAT]],
  ['massage', 'option', ACP_2017],
  // A small benefit, like other recommended treatments (Rubinstein 2019); NICE: "consider", only
  // in a package that includes exercise.
  ['manual-therapy', 'option', [NICE_NG59, RUBINSTEIN_2019]],
  // NICE: "consider", alongside exercise.
  ['psychological', 'option', NICE_NG59],
  ['belts', 'not-recommended', NICE_NG59],
  ['orthotics', 'not-recommended', NICE_NG59],
  ['traction', 'not-recommended', NICE_NG59],
  ['tens', 'not-recommended', NICE_NG59],
  ['scans', 'not-recommended', NICE_NG59],
];

function treatment([id, verdict, sources]: TreatmentRule): Treatment {
  const keys = treatmentKeys(id);
  return {
    id,
    verdict,
    source: list(sources)[0] as Source,
    sources: list(sources),
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
