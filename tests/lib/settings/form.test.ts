import { describe, expect, it } from 'vitest';
import { checkDraft, draftLabel } from '@/lib/settings/form';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

const saved: Settings = { ...DEFAULT_SETTINGS, workingHours: { ...DEFAULT_SETTINGS.workingHours } };

function applied(result: ReturnType<typeof checkDraft>): Settings {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.apply(saved);
}

describe('checkDraft', () => {
  it('turns a valid number into a change of that field only', () => {
    expect(applied(checkDraft('sitMinutes', { text: '45' }, saved))).toEqual({
      ...saved,
      sitMinutes: 45,
    });
  });

  it('refuses what the browser says is not a number', () => {
    expect(checkDraft('sitMinutes', { text: '', badInput: true }, saved)).toEqual({
      ok: false,
      message: 'Use digits only: a whole number from 5 to 240 minutes.',
    });
  });

  it('checks break lengths against the saved other length', () => {
    expect(checkDraft('breakMinutes', { text: '6' }, saved).ok).toBe(false);
    expect(checkDraft('longBreakMinutes', { text: '1' }, saved).ok).toBe(false);
    expect(checkDraft('longBreakEvery', { text: '3' }, { ...saved, breakMinutes: 9 }).ok).toBe(
      false,
    );
    expect(checkDraft('breakMinutes', { text: '6' }, { ...saved, longBreakEvery: 0 }).ok).toBe(
      true,
    );
  });

  it('changes one end of the working day, checked against the other', () => {
    expect(
      applied(checkDraft('workingHours.start', { text: '08:00' }, saved)).workingHours,
    ).toEqual({ ...saved.workingHours, start: 480 });
    expect(checkDraft('workingHours.start', { text: '18:00' }, saved).ok).toBe(false);
    expect(applied(checkDraft('workingHours.end', { text: '00:00' }, saved)).workingHours.end).toBe(
      1440,
    );
  });

  it('needs at least one working day, and sorts them', () => {
    expect(checkDraft('workingHours.days', { text: '', days: [] }, saved)).toEqual({
      ok: false,
      message: 'Choose at least one working day.',
    });
    expect(
      applied(checkDraft('workingHours.days', { text: '6,2', days: [6, 2] }, saved)).workingHours
        .days,
    ).toEqual([2, 6]);
  });

  it('changes the daily check-in time to any time of day, and refuses a non-time', () => {
    expect(applied(checkDraft('checkInTime', { text: '00:00' }, saved))).toEqual({
      ...saved,
      checkInTime: 0,
    });
    expect(applied(checkDraft('checkInTime', { text: '23:59' }, saved)).checkInTime).toBe(1439);
    for (const text of ['', '24:00', '9', 'nine']) {
      expect(checkDraft('checkInTime', { text }, saved)).toEqual({
        ok: false,
        message: 'Enter the time for the daily check-in, like 16:00.',
      });
    }
  });

  it('checks the flare length and standing time against their bounds', () => {
    expect(applied(checkDraft('flareDays', { text: '3' }, saved)).flareDays).toBe(3);
    expect(checkDraft('flareDays', { text: '15' }, saved)).toEqual({
      ok: false,
      message: 'At most 14 days.',
    });
    expect(checkDraft('standMinutes', { text: '5' }, saved)).toEqual({
      ok: false,
      message: 'At least 10 minutes.',
    });
    expect(checkDraft('flareDays', { text: '1.5' }, saved)).toEqual({
      ok: false,
      message: 'Use a whole number of days, from 1 to 14.',
    });
  });

  it('never changes the settings it is given', () => {
    const before = JSON.stringify(saved);
    applied(checkDraft('workingHours.start', { text: '07:00' }, saved));
    applied(checkDraft('maxSnoozes', { text: '0' }, saved));
    expect(JSON.stringify(saved)).toBe(before);
  });
});

describe('draftLabel', () => {
  it('names each field as the page labels it', () => {
    expect(draftLabel('idleSeconds')).toBe('Away after');
    expect(draftLabel('workingHours.end')).toBe('Working day ends');
    expect(draftLabel('workingHours.days')).toBe('Working days');
    expect(draftLabel('checkInTime')).toBe('Daily check-in time');
    expect(draftLabel('standMinutes')).toBe('Standing time before sitting down');
  });
});
