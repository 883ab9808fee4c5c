import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CHECK_IN_ALARM,
  CHECK_IN_NOTIFICATION,
  checkInDue,
  LATE_AFTER_MS,
  scheduleCheckIn,
} from '@/entrypoints/background/check-in';
import { localDayKey } from '@/lib/history/days';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { saveDiaryEntry } from '@/lib/storage/diary';
import { saveSettings } from '@/lib/storage/settings';
import { useTestLocale } from '../../support/i18n';

const NOW = new Date(2026, 5, 15, 9, 30).getTime();
const AT_FOUR = new Date(2026, 5, 15, 16, 0).getTime();

async function settings(patch: Partial<typeof DEFAULT_SETTINGS>) {
  await saveSettings({ ...DEFAULT_SETTINGS, ...patch });
}

describe('the daily check-in prompt', () => {
  useTestLocale('en');

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('is not set while the diary or its prompt is off (the default)', async () => {
    await scheduleCheckIn(NOW);
    expect(await fakeBrowser.alarms.get(CHECK_IN_ALARM)).toBeUndefined();
    await settings({ painDiary: false, checkInPrompt: true });
    await scheduleCheckIn(NOW);
    expect(await fakeBrowser.alarms.get(CHECK_IN_ALARM)).toBeUndefined();
  });

  it('is set for the chosen time, today or else tomorrow, and cleared when turned off', async () => {
    await settings({ painDiary: true, checkInPrompt: true });
    await scheduleCheckIn(NOW);
    expect((await fakeBrowser.alarms.get(CHECK_IN_ALARM))?.scheduledTime).toBe(AT_FOUR);
    await scheduleCheckIn(AT_FOUR + 1);
    expect((await fakeBrowser.alarms.get(CHECK_IN_ALARM))?.scheduledTime).toBe(
      new Date(2026, 5, 16, 16, 0).getTime(),
    );
    await settings({ painDiary: true, checkInPrompt: false });
    await scheduleCheckIn(NOW);
    expect(await fakeBrowser.alarms.get(CHECK_IN_ALARM)).toBeUndefined();
  });

  it('asks when today has no entry, and sets the next day', async () => {
    await settings({ painDiary: true, checkInPrompt: true });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await checkInDue(AT_FOUR, AT_FOUR + 1000);
    expect(create).toHaveBeenCalledWith(
      CHECK_IN_NOTIFICATION,
      expect.objectContaining({
        title: 'How is your back today?',
        message: expect.stringContaining('0 to 10'),
      }),
    );
    expect((await fakeBrowser.alarms.get(CHECK_IN_ALARM))?.scheduledTime).toBe(
      new Date(2026, 5, 16, 16, 0).getTime(),
    );
  });

  it('does not ask when today is filled in, when it comes hours late, or when turned off', async () => {
    await settings({ painDiary: true, checkInPrompt: true });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await checkInDue(AT_FOUR, AT_FOUR + LATE_AFTER_MS + 1);
    await saveDiaryEntry(
      { date: localDayKey(AT_FOUR), pain: 3, tags: [], updatedAt: NOW },
      AT_FOUR,
    );
    await checkInDue(AT_FOUR, AT_FOUR + 1000);
    await settings({ painDiary: true, checkInPrompt: false });
    await saveDiaryEntry({ date: localDayKey(AT_FOUR), pain: 3, tags: [], updatedAt: NOW }, NOW);
    await checkInDue(AT_FOUR + 86_400_000, AT_FOUR + 86_400_000);
    expect(create).not.toHaveBeenCalled();
  });
});
