/**
 * The user's own exercises, from their physiotherapist (issue 19): what they are, how they are
 * checked, and the small list operations the options page needs. Pure; stored by
 * lib/storage/custom-exercises.ts. A custom move is always shown as "from your therapist" and
 * never with a Limber source: Limber did not choose it and cannot vouch for it.
 */

import { ILLUSTRATIONS, type IllustrationId } from './illustrations';

export const CUSTOM_POSITIONS = ['standing', 'seated', 'floor'] as const;
export type CustomPosition = (typeof CUSTOM_POSITIONS)[number];

export type CustomDose =
  /** Hold for `seconds`, `times` times. */
  { kind: 'hold'; seconds: number; times: number } | { kind: 'reps'; reps: number };

export interface CustomExercise {
  /** `custom-` and a few letters: never the id of a built-in move, so the recent list tells them apart. */
  id: string;
  name: string;
  steps: string[];
  dose: CustomDose;
  position: CustomPosition;
  /** One of Limber's figures, or null for a neutral card. */
  illustration: IllustrationId | null;
  /** What the therapist said about it; may be empty. */
  note: string;
  /** The therapist said it suits a painful back: only then does flare mode use it. */
  flare: boolean;
}

/**
 * Limits that keep the list readable and inside sync's quotas: 30 exercises at every limit, in
 * letters of two bytes, take about 80 kB of sync's 102,400 bytes, leaving room for the settings
 * and a year of the pain diary (about 10 kB). See lib/storage/custom-exercises.ts.
 */
export const CUSTOM_LIMITS = {
  count: 30,
  name: 60,
  steps: 6,
  step: 160,
  note: 300,
  holdSeconds: { min: 5, max: 120 },
  times: { min: 1, max: 10 },
  reps: { min: 1, max: 30 },
} as const;

export type CustomField =
  | 'name'
  | 'steps'
  | 'dose'
  | 'position'
  | 'illustration'
  | 'note'
  | 'flare';

/** What is wrong with a field, as data: the words are chosen where it is shown. */
export type CustomProblem =
  | { field: 'name'; problem: 'empty' | 'too-long'; max?: number }
  | { field: 'steps'; problem: 'none' | 'too-many'; max?: number }
  | { field: 'steps'; problem: 'step-empty' | 'step-too-long'; step: number; max?: number }
  | { field: 'dose'; problem: 'hold' | 'times' | 'reps' | 'kind'; min?: number; max?: number }
  | { field: 'position'; problem: 'unknown' }
  | { field: 'illustration'; problem: 'unknown' }
  | { field: 'note'; problem: 'too-long'; max: number }
  | { field: 'flare'; problem: 'not-boolean' };

const CUSTOM_ID = /^custom-[a-z0-9]{1,16}$/;

export function isCustomId(value: unknown): value is string {
  return typeof value === 'string' && CUSTOM_ID.test(value);
}

export function isIllustrationId(value: unknown): value is IllustrationId {
  return typeof value === 'string' && Object.hasOwn(ILLUSTRATIONS, value);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const wholeIn = (v: unknown, { min, max }: { min: number; max: number }): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Text as kept: trimmed, with runs of spaces and line breaks made one space. */
export function cleanText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Characters as people count them (an emoji is one), not UTF-16 units. */
const length = (text: string) => [...text].length;

function checkDose(value: unknown, problems: CustomProblem[]): CustomDose | null {
  if (!isRecord(value)) {
    problems.push({ field: 'dose', problem: 'kind' });
    return null;
  }
  if (value.kind === 'reps') {
    if (wholeIn(value.reps, CUSTOM_LIMITS.reps)) return { kind: 'reps', reps: value.reps };
    problems.push({ field: 'dose', problem: 'reps', ...CUSTOM_LIMITS.reps });
    return null;
  }
  if (value.kind === 'hold') {
    const seconds = wholeIn(value.seconds, CUSTOM_LIMITS.holdSeconds) ? value.seconds : null;
    const times = wholeIn(value.times, CUSTOM_LIMITS.times) ? value.times : null;
    if (seconds === null)
      problems.push({ field: 'dose', problem: 'hold', ...CUSTOM_LIMITS.holdSeconds });
    if (times === null) problems.push({ field: 'dose', problem: 'times', ...CUSTOM_LIMITS.times });
    return seconds !== null && times !== null ? { kind: 'hold', seconds, times } : null;
  }
  problems.push({ field: 'dose', problem: 'kind' });
  return null;
}

/**
 * Checks a custom exercise from anywhere (the form, storage, an imported file): every problem is
 * reported, and a value with any problem is refused whole (null) rather than half repaired, so
 * nothing the user wrote is silently cut. Text is cleaned (trimmed, spaces collapsed) first.
 */
export function checkCustomExercise(
  value: unknown,
): { ok: true; exercise: CustomExercise } | { ok: false; problems: CustomProblem[] } {
  const source = isRecord(value) ? value : {};
  const problems: CustomProblem[] = [];
  const name = typeof source.name === 'string' ? cleanText(source.name) : '';
  if (name === '') problems.push({ field: 'name', problem: 'empty' });
  else if (length(name) > CUSTOM_LIMITS.name) {
    problems.push({ field: 'name', problem: 'too-long', max: CUSTOM_LIMITS.name });
  }
  const rawSteps = Array.isArray(source.steps) ? source.steps : [];
  const steps = rawSteps.map((s) => (typeof s === 'string' ? cleanText(s) : ''));
  if (steps.length === 0) problems.push({ field: 'steps', problem: 'none' });
  if (steps.length > CUSTOM_LIMITS.steps) {
    problems.push({ field: 'steps', problem: 'too-many', max: CUSTOM_LIMITS.steps });
  }
  steps.slice(0, CUSTOM_LIMITS.steps).forEach((step, i) => {
    if (step === '') problems.push({ field: 'steps', problem: 'step-empty', step: i + 1 });
    else if (length(step) > CUSTOM_LIMITS.step) {
      problems.push({
        field: 'steps',
        problem: 'step-too-long',
        step: i + 1,
        max: CUSTOM_LIMITS.step,
      });
    }
  });
  const dose = checkDose(source.dose, problems);
  const position = source.position;
  if (!(CUSTOM_POSITIONS as readonly unknown[]).includes(position)) {
    problems.push({ field: 'position', problem: 'unknown' });
  }
  const illustration = source.illustration ?? null;
  if (illustration !== null && !isIllustrationId(illustration)) {
    problems.push({ field: 'illustration', problem: 'unknown' });
  }
  const note = typeof source.note === 'string' ? cleanText(source.note) : '';
  if (length(note) > CUSTOM_LIMITS.note) {
    problems.push({ field: 'note', problem: 'too-long', max: CUSTOM_LIMITS.note });
  }
  const flare = source.flare ?? false;
  if (typeof flare !== 'boolean') problems.push({ field: 'flare', problem: 'not-boolean' });
  if (problems.length > 0 || !dose) return { ok: false, problems };
  return {
    ok: true,
    exercise: {
      id: isCustomId(source.id) ? source.id : '',
      name,
      steps,
      dose,
      position: position as CustomPosition,
      illustration: illustration as IllustrationId | null,
      note,
      flare: flare as boolean,
    },
  };
}

/**
 * A stored list, each exercise checked: one that fails, lacks a valid id or repeats one is
 * dropped (never a crash), and the list is cut at the limit.
 */
export function parseCustomExercises(value: unknown): CustomExercise[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: CustomExercise[] = [];
  for (const item of value) {
    const checked = checkCustomExercise(item);
    if (!checked.ok || !isCustomId(checked.exercise.id) || seen.has(checked.exercise.id)) continue;
    seen.add(checked.exercise.id);
    out.push(checked.exercise);
    if (out.length === CUSTOM_LIMITS.count) break;
  }
  return out;
}

/** A new id not in `list`, from `random` (Math.random in use; a seeded one in tests). */
export function newCustomId(
  list: readonly CustomExercise[],
  random: () => number = Math.random,
): string {
  for (;;) {
    const id = `custom-${Math.floor(random() * 36 ** 8).toString(36)}`;
    if (isCustomId(id) && !list.some((e) => e.id === id)) return id;
  }
}

export type ListChange =
  | { ok: true; list: CustomExercise[] }
  | { ok: false; problems: CustomProblem[] | 'too-many' | 'not-found' };

/** Adds a checked exercise at the end, with a new id. */
export function addCustom(
  list: readonly CustomExercise[],
  value: unknown,
  random?: () => number,
): ListChange {
  if (list.length >= CUSTOM_LIMITS.count) return { ok: false, problems: 'too-many' };
  const checked = checkCustomExercise(value);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  return { ok: true, list: [...list, { ...checked.exercise, id: newCustomId(list, random) }] };
}

/** Replaces the exercise with `id`, keeping its id and place. */
export function editCustom(
  list: readonly CustomExercise[],
  id: string,
  value: unknown,
): ListChange {
  const at = list.findIndex((e) => e.id === id);
  if (at < 0) return { ok: false, problems: 'not-found' };
  const checked = checkCustomExercise(value);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const next = [...list];
  next[at] = { ...checked.exercise, id };
  return { ok: true, list: next };
}

export function deleteCustom(list: readonly CustomExercise[], id: string): CustomExercise[] {
  return list.filter((e) => e.id !== id);
}

/** Moves the exercise with `id` to `index` (clamped), the others keeping their order. */
export function moveCustom(
  list: readonly CustomExercise[],
  id: string,
  index: number,
): CustomExercise[] {
  const moving = list.find((e) => e.id === id);
  if (!moving) return [...list];
  const rest = list.filter((e) => e !== moving);
  const to = Math.max(0, Math.min(rest.length, Math.trunc(index)));
  return [...rest.slice(0, to), moving, ...rest.slice(to)];
}

/**
 * Seconds a routine gives the move: the dose, plus time to settle in (5 s) and, for a hold
 * repeated, to let go between holds (3 s); a repeat is taken as about 4 seconds.
 */
export function customSeconds(dose: CustomDose): number {
  return dose.kind === 'hold'
    ? 5 + dose.times * dose.seconds + (dose.times - 1) * 3
    : 5 + dose.reps * 4;
}
