/**
 * Short patient stories, written from the sources the check cites (NHS back-pain and cauda equina
 * pages, NICE CKS low back pain red flags, the GIRFT cauda equina pathway, the NHS aortic aneurysm
 * page), each with the route a clinician would choose. Each story says which questions its person
 * answers yes to; they answer no to the rest, one question at a time, as in the popup.
 */
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  evaluateRedFlags,
  nextQuestion,
  RED_FLAG_QUESTIONS,
  type Urgency,
} from '@/lib/content/red-flags';

interface Story {
  who: string;
  yes: readonly string[];
  expected: Urgency;
}

const STORIES: readonly Story[] = [
  {
    who: 'a 34-year-old developer, stiff low back after a week of long days at the desk',
    yes: [],
    expected: 'self-care',
  },
  {
    who: 'a 25-year-old, sore back the day after a first afternoon of gardening',
    yes: [],
    expected: 'self-care',
  },
  {
    who: 'a 58-year-old with diabetic numbness in both feet, unchanged for years, and an ordinary ache',
    // The numbness is old and unchanged, so "new ... in both legs" is a no.
    yes: [],
    expected: 'self-care',
  },
  {
    who: 'a 40-year-old who slipped on a stair, bruised, and walks normally',
    // Not a serious fall, and no fragile bones.
    yes: [],
    expected: 'self-care',
  },
  {
    who: 'a 45-year-old, pain worse when sneezing, nothing else',
    yes: [],
    expected: 'self-care',
  },
  {
    who: 'a 47-year-old who feels toilet paper differently when wiping since lifting a sofa',
    yes: ['saddle-numbness'],
    expected: 'emergency',
  },
  {
    who: 'a 39-year-old with new trouble starting to pee and numbness around the bottom',
    yes: ['saddle-numbness', 'bladder-bowel'],
    expected: 'emergency',
  },
  {
    who: 'a 50-year-old whose right-leg sciatica spread to the left leg over two days',
    yes: ['both-legs', 'one-leg'],
    expected: 'emergency',
  },
  {
    who: 'a 44-year-old whose foot has started to drag this week',
    yes: ['both-legs'],
    expected: 'emergency',
  },
  {
    who: 'a 71-year-old smoker with sudden severe low back pain, tummy pain and feeling faint',
    yes: ['sudden-with-tummy-pain-or-faint', 'first-after-50'],
    expected: 'emergency',
  },
  {
    who: 'a 60-year-old with back pain and a tight feeling in the chest',
    yes: ['chest-pain'],
    expected: 'emergency',
  },
  {
    who: 'a 30-year-old with back pain since a car crash yesterday',
    yes: ['serious-accident'],
    expected: 'emergency',
  },
  {
    who: 'a 35-year-old who injects drugs, feverish, confused and shaking',
    yes: ['fever-very-unwell', 'fever', 'infection-risk'],
    expected: 'emergency',
  },
  {
    who: 'a 52-year-old with a high temperature and back pain, otherwise managing',
    yes: ['fever'],
    expected: 'today',
  },
  {
    who: 'a 28-year-old who injects drugs, new back pain, no fever',
    yes: ['infection-risk'],
    expected: 'today',
  },
  {
    who: 'a 63-year-old with new back pain a week after a spinal injection',
    yes: ['infection-risk', 'first-after-50'],
    expected: 'today',
  },
  {
    who: 'a 68-year-old woman with osteoporosis, pain since lifting the shopping',
    yes: ['fragile-bones'],
    expected: 'today',
  },
  {
    who: 'a 55-year-old on long-term prednisolone, pain after a minor fall at home',
    yes: ['fragile-bones', 'infection-risk'],
    expected: 'today',
  },
  {
    who: 'a 76-year-old with sudden severe pain in the middle of the spine, easier lying down',
    yes: ['sudden-spine-pain'],
    expected: 'today',
  },
  {
    who: 'a 61-year-old treated for breast cancer ten years ago, new back pain',
    yes: ['cancer'],
    expected: 'today',
  },
  {
    who: 'a 57-year-old who has lost weight without trying and has pain at night',
    yes: ['cancer', 'night-or-rest-pain'],
    expected: 'today',
  },
  {
    who: 'a 42-year-old with pain between the shoulder blades',
    yes: ['upper-back'],
    expected: 'today',
  },
  {
    who: 'a 36-year-old with a new swelling on the back',
    yes: ['lump-or-shape'],
    expected: 'today',
  },
  {
    who: 'a 49-year-old whose pain wakes them every night and does not ease with rest',
    yes: ['night-or-rest-pain'],
    expected: 'today',
  },
  {
    who: 'a 38-year-old with sciatica down one leg below the knee for three weeks',
    yes: ['one-leg'],
    expected: 'appointment',
  },
  {
    who: 'a 56-year-old with first-ever back pain, otherwise well',
    yes: ['first-after-50'],
    expected: 'appointment',
  },
  {
    who: 'a 33-year-old whose back pain has not eased after eight weeks of self-care',
    yes: ['not-improving'],
    expected: 'appointment',
  },
  {
    who: 'a 41-year-old who cannot work for the pain and is struggling to cope',
    yes: ['hard-to-cope'],
    expected: 'appointment',
  },
  {
    who: 'a 53-year-old with one-sided sciatica who also has new numbness around the bottom',
    yes: ['one-leg', 'first-after-50', 'saddle-numbness'],
    expected: 'emergency',
  },
  {
    who: 'a 64-year-old with past cancer and a fever',
    yes: ['cancer', 'fever', 'first-after-50'],
    expected: 'today',
  },
];

const ids = new Set(RED_FLAG_QUESTIONS.map((q) => q.id));

/** Answers the check one question at a time, as the popup asks them, until it decides. */
function walk(yes: ReadonlySet<string>): { answers: Answers; asked: number } {
  const answers: Record<string, boolean> = {};
  let asked = 0;
  for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
    answers[q.id] = yes.has(q.id);
    asked++;
  }
  return { answers, asked };
}

describe('patient stories', () => {
  it('has at least 25 stories, covering every level and every question', () => {
    expect(STORIES.length).toBeGreaterThanOrEqual(25);
    for (const level of ['emergency', 'today', 'appointment', 'self-care'] as const) {
      expect(
        STORIES.some((s) => s.expected === level),
        level,
      ).toBe(true);
    }
    const asked = new Set(STORIES.flatMap((s) => s.yes));
    expect([...ids].filter((id) => !asked.has(id))).toEqual([]);
  });

  it.each(STORIES.map((s) => [s.who, s] as const))('%s', (_who, story) => {
    for (const id of story.yes) expect(ids.has(id), id).toBe(true);
    const { answers, asked } = walk(new Set(story.yes));
    const result = evaluateRedFlags(answers);
    expect(result).toMatchObject({ status: 'decided', urgency: story.expected });
    // Every yes the result names is one the person gave.
    if (result.status === 'decided') {
      for (const q of result.triggeredBy) expect(story.yes).toContain(q.id);
    }
    // The walk stops as soon as the result is decided: an emergency needs no more questions
    // than the position of its first yes.
    if (story.expected === 'emergency') {
      const firstYes = RED_FLAG_QUESTIONS.findIndex((q) => story.yes.includes(q.id));
      expect(asked).toBe(firstYes + 1);
    }
    if (story.expected === 'self-care') expect(asked).toBe(RED_FLAG_QUESTIONS.length);
  });
});
