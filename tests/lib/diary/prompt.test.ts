import { describe, expect, it } from 'vitest';
import { nextCheckInAt, promptWanted } from '@/lib/diary/prompt';

describe('nextCheckInAt', () => {
  it('is later today when the time is still to come, else tomorrow', () => {
    const morning = new Date(2026, 2, 10, 9, 0).getTime();
    expect(nextCheckInAt(morning, 16 * 60)).toBe(new Date(2026, 2, 10, 16, 0).getTime());
    const atFour = new Date(2026, 2, 10, 16, 0).getTime();
    expect(nextCheckInAt(atFour, 16 * 60)).toBe(new Date(2026, 2, 11, 16, 0).getTime());
    expect(nextCheckInAt(atFour, 0)).toBe(new Date(2026, 2, 11, 0, 0).getTime());
  });

  it('keeps its clock time across the month and year end', () => {
    const late = new Date(2026, 11, 31, 22, 0).getTime();
    expect(nextCheckInAt(late, 8 * 60 + 15)).toBe(new Date(2027, 0, 1, 8, 15).getTime());
  });
});

describe('promptWanted', () => {
  it('is not wanted once today has an entry', () => {
    expect(promptWanted('2026-03-10', {})).toBe(true);
    expect(promptWanted('2026-03-10', { '2026-03-09': {} })).toBe(true);
    expect(promptWanted('2026-03-10', { '2026-03-10': {} })).toBe(false);
  });
});
