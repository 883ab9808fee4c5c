import { describe, expect, it } from 'vitest';
import { reminderText } from '@/entrypoints/background/notifications';
import { type Tip, tipById } from '@/lib/content/tips';
import { LOCALES } from '@/lib/i18n/catalog';
import type { ReminderNotification } from '@/lib/session/state';
import { useTestLocale } from '../../support/i18n';

const note = (patch: Partial<ReminderNotification> = {}): ReminderNotification => ({
  kind: 'due',
  long: false,
  breakMinutes: 2,
  tipId: null,
  canSnooze: true,
  stay: true,
  silent: false,
  ...patch,
});

const tip = tipById('look-far-away') as Tip;

// English's longest title is 53 characters; a translation may run a little longer, not on.
const TITLE_MAX = 64;
// Chrome shows notification buttons side by side, with room for a short label each.
const BUTTON_MAX = 24;

describe('the reminder notification', () => {
  it('names the break and its length', () => {
    expect(reminderText(note(), undefined, 5).title).toBe('Time for a 2-minute break');
    expect(reminderText(note({ long: true, breakMinutes: 5 }), undefined, 5).title).toBe(
      'Time for a 5-minute longer break',
    );
    expect(reminderText(note({ kind: 'reminder' }), undefined, 5).title).toBe(
      'Still sitting? Your 2-minute break is waiting',
    );
    expect(
      reminderText(note({ kind: 'reminder', long: true, breakMinutes: 5 }), undefined, 5).title,
    ).toBe('Still sitting? Your 5-minute longer break is waiting');
  });

  it('carries a tip with its source, or a plain nudge without one', () => {
    expect(reminderText(note(), tip, 5)).toMatchObject({
      message:
        'Look into the distance: Give your eyes a rest: look at something far away for about 20 seconds.',
      contextMessage: 'Source: Stanford EHS',
    });
    expect(reminderText(note(), undefined, 5)).toMatchObject({
      message: 'Stand up, move about and change position.',
      contextMessage: undefined,
    });
  });

  it('offers snoozing for the user’s snooze length only while it is allowed', () => {
    expect(reminderText(note(), undefined, 10).buttons).toEqual([
      { title: 'Start break' },
      { title: 'Snooze 10 min' },
    ]);
    expect(reminderText(note({ canSnooze: false }), undefined, 10).buttons).toEqual([
      { title: 'Start break' },
    ]);
  });

  it('speaks the browser’s language, with its punctuation', () => {
    useTestLocale('es');
    expect(reminderText(note({ breakMinutes: 1 }), undefined, 5).title).toBe(
      'Hora de una pausa de 1 min',
    );
    expect(reminderText(note(), tip, 5).contextMessage).toBe('Fuente: Stanford EHS');
    useTestLocale('fr');
    const text = reminderText(note({ breakMinutes: 2 }), tip, 5);
    expect(text.title).toBe('C’est l’heure d’une pause de 2 min');
    expect(text.message).toBe(
      'Regardez au loin\u00a0: Reposez vos yeux\u00a0: regardez quelque chose de lointain pendant environ 20 secondes.',
    );
    useTestLocale('de');
    expect(reminderText(note({ kind: 'reminder', long: true }), undefined, 5).title).toBe(
      'Sitzen Sie noch? Ihre längere, 2-minütige Pause wartet',
    );
    expect(reminderText(note(), undefined, 5).buttons).toEqual([
      { title: 'Pause beginnen' },
      { title: 'In 5 Min. erinnern' },
    ]);
  });

  it.each(LOCALES)('fits its title and buttons in %s, at the longest settings', (locale) => {
    useTestLocale(locale);
    for (const kind of ['due', 'reminder'] as const) {
      for (const long of [false, true]) {
        for (const breakMinutes of [1, 60]) {
          const text = reminderText(note({ kind, long, breakMinutes }), tip, 60);
          expect(text.title.length, text.title).toBeLessThanOrEqual(TITLE_MAX);
          expect(text.title).not.toMatch(/notify_/);
          for (const button of text.buttons) {
            expect(button.title.length, button.title).toBeLessThanOrEqual(BUTTON_MAX);
          }
        }
      }
    }
  });
});
