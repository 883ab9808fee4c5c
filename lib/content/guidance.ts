/**
 * Prevention and self-care guidance for the popup, from shared/content/health-facts.md
 * sections 2 and 3, in our own words. Every point carries its source so the UI can show it.
 */
import { SOURCES, type Source } from '@/lib/content/sources';

export interface GuidanceSection {
  id: string;
  title: string;
  points: readonly { text: string; source: Source }[];
}

export interface Treatment {
  name: string;
  forWhat: string;
  evidence: string;
  source: Source;
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

export const GUIDANCE: readonly GuidanceSection[] = [
  {
    id: 'causes',
    title: 'What sets off back spasms',
    points: [
      {
        text: 'A strained muscle or ligament, for example after lifting something heavy or a sudden awkward movement.',
        source: MAYO_BACK_PAIN,
      },
      {
        text: 'Staying in one position for a long time, such as hours at a desk without a break.',
        source: NHS_BACK_PAIN,
      },
      { text: 'An injury, such as a fall.', source: MAYO_BACK_PAIN },
      {
        text: 'Sometimes a condition underneath, such as a disc problem, a narrowed spinal canal (spinal stenosis) or a curved spine (scoliosis). That is why the red-flag check matters.',
        source: MAYO_BACK_PAIN,
      },
    ],
  },
  {
    id: 'position',
    title: 'Change position often',
    points: [
      {
        text: 'There is no single correct posture, and how you sit or stand does not predict back pain well.',
        source: OSULLIVAN_2020,
      },
      {
        text: 'Comfortable positions are safe. What helps is changing position often, not sitting perfectly.',
        source: SLATER_2019,
      },
      {
        text: 'Switching between sitting and standing every 30 minutes eased tiredness and low-back discomfort in office workers.',
        source: THORP_2014,
      },
    ],
  },
  {
    id: 'move',
    title: 'Move every 30 minutes',
    points: [
      {
        text: 'Sit less: swapping sitting for movement of any kind, however light, is good for you.',
        source: WHO_SEDENTARY,
      },
      {
        text: 'Short, frequent breaks beat long, rare ones: 5 to 10 minutes after each hour at a screen is better than 15 minutes every 2 hours. Break before you feel tired.',
        source: HSE_BREAKS,
      },
      {
        text: 'Change your position at least every half hour.',
        source: MAYO_BACK_PAIN,
      },
      {
        text: 'In a trial, 5 minutes of standing or walking every 30 minutes lowered blood sugar and insulin compared with sitting still.',
        source: HENSON_2016,
      },
    ],
  },
  {
    id: 'exercise',
    title: 'Exercise',
    points: [
      {
        text: 'Walking, swimming, yoga and Pilates can all help your back.',
        source: NHS_BACK_PAIN,
      },
      {
        text: 'Low-impact aerobic activity, which does not jolt the back, builds strength and stamina.',
        source: MAYO_BACK_PAIN,
      },
      {
        text: 'Exercise together with learning about back pain cut new episodes of back pain by almost half. Learning alone, back belts and shoe insoles did not.',
        source: STEFFENS_2016,
      },
      {
        text: 'UK clinical guidelines recommend exercise for low back pain.',
        source: NICE_NG59,
      },
    ],
  },
  {
    id: 'lifting',
    title: 'Lifting',
    points: [
      {
        text: 'Hold the load close to your body, bend your knees, and do not twist while you lift.',
        source: NHS_BACK_PAIN,
      },
      {
        text: 'Treat this as comfort advice: how you hold your back while lifting does not predict back pain well.',
        source: OSULLIVAN_2020,
      },
    ],
  },
  {
    id: 'heat-cold',
    title: 'Heat and cold',
    points: [
      {
        text: 'Heat, such as a hot water bottle or a warm bath, can ease stiffness and spasm.',
        source: NHS_BACK_PAIN,
      },
      {
        text: 'Cold, such as an ice pack wrapped in a towel, can ease pain and swelling.',
        source: NHS_BACK_PAIN,
      },
      {
        text: 'Heat wraps gave a small, short-lived easing of new back pain in trials.',
        source: COCHRANE_HEAT,
      },
      {
        text: 'US clinical guidelines recommend surface heat for new low back pain.',
        source: ACP_2017,
      },
    ],
  },
  {
    id: 'medicines',
    title: 'Medicines',
    points: [
      {
        text: 'Painkillers are there to ease pain so you can keep moving.',
        source: NHS_BACK_PAIN,
      },
      {
        text: 'Anti-inflammatory painkillers such as ibuprofen can help if they suit you.',
        source: NICE_NG59,
      },
      {
        text: 'Paracetamol on its own is not recommended for low back pain.',
        source: NICE_NG59,
      },
      {
        text: 'Strong painkillers called opioids should not be used routinely for long-lasting low back pain.',
        source: WHO_LOW_BACK_PAIN,
      },
      {
        text: 'Always follow the label, and ask a pharmacist if you are not sure a medicine suits you.',
        source: NHS_BACK_PAIN,
      },
    ],
  },
  {
    id: 'stay-active',
    title: 'Stay active',
    points: [
      {
        text: 'Keep moving and carry on with daily activities as far as you can.',
        source: NHS_BACK_PAIN,
      },
      {
        text: 'Long bed rest does not help back pain get better.',
        source: COCHRANE_BED_REST,
      },
      {
        text: 'You do not need to be free of pain to go back to work.',
        source: NHS_BACK_PAIN,
      },
      {
        text: 'Most episodes settle within about 6 weeks.',
        source: NHS_INFORM_BACK,
      },
    ],
  },
];

/** What a clinician may offer, and what guidelines advise against, with the evidence. */
export const TREATMENTS: readonly Treatment[] = [
  {
    name: 'Anti-inflammatory painkillers (such as ibuprofen)',
    forWhat: 'Easing low back pain',
    evidence: 'Recommended if they suit you; paracetamol alone is not',
    source: NICE_NG59,
  },
  {
    name: 'Opioids (strong painkillers)',
    forWhat: 'Long-lasting low back pain',
    evidence: 'Not for routine use',
    source: WHO_LOW_BACK_PAIN,
  },
  {
    name: 'Physiotherapy and exercise programmes',
    forWhat: 'Low back pain, with or without sciatica',
    evidence: 'Recommended',
    source: NICE_NG59,
  },
  {
    name: 'Manual therapy (spinal manipulation, for example by a physiotherapist, osteopath or chiropractor)',
    forWhat: 'Low back pain',
    evidence: 'Only as part of a package that includes exercise',
    source: NICE_NG59,
  },
  {
    name: 'Psychological support',
    forWhat: 'Long-lasting pain',
    evidence: 'Can be offered, alongside exercise',
    source: NICE_NG59,
  },
  {
    name: 'Back belts and corsets',
    forWhat: 'Supporting the back',
    evidence: 'Not recommended',
    source: NICE_NG59,
  },
  {
    name: 'Foot orthotics (shoe insoles)',
    forWhat: 'Low back pain',
    evidence: 'Not recommended',
    source: NICE_NG59,
  },
  {
    name: 'Traction',
    forWhat: 'Low back pain',
    evidence: 'Not recommended',
    source: NICE_NG59,
  },
  {
    name: 'TENS (electrical nerve stimulation)',
    forWhat: 'Low back pain',
    evidence: 'Not recommended',
    source: NICE_NG59,
  },
  {
    name: 'Routine scans (X-ray, MRI)',
    forWhat: 'Finding the cause of back pain',
    evidence: 'Not recommended as a routine test',
    source: NICE_NG59,
  },
];
