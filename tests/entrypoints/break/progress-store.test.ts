import { beforeEach, describe, expect, it } from 'vitest';
import { restoreRoutine, saveRoutine } from '@/entrypoints/break/progress-store';

describe('the routine kept for a reload', () => {
  beforeEach(() => sessionStorage.clear());

  it('gives back the moves chosen for the same break, and none for another', () => {
    saveRoutine(1000, ['walk-break', 'chin-tuck']);
    expect(restoreRoutine(1000)).toEqual(['walk-break', 'chin-tuck']);
    expect(restoreRoutine(2000)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    sessionStorage.setItem('limber-break-routine:1000', '{not json');
    expect(restoreRoutine(1000)).toBeNull();
    sessionStorage.setItem('limber-break-routine:1000', '[1, 2]');
    expect(restoreRoutine(1000)).toBeNull();
  });
});
