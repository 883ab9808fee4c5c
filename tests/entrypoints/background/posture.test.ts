import { describe, expect, it } from 'vitest';
import { renderBadge } from '@/entrypoints/background/badge';
import { postureClick, postureText } from '@/entrypoints/background/posture';
import { LOCALES } from '@/lib/i18n/catalog';
import { parseIntent } from '@/lib/messages';
import { NUMBER_BOUNDS } from '@/lib/settings/schema';
import { useTestLocale } from '../../support/i18n';

/** The sit-stand desk in the background shell: the suggestion's words and buttons, the badge. */

const note = { to: 'standing', minutes: 30, canSnooze: true, stay: true, silent: false } as const;

describe('the suggestion to stand or sit', () => {
  it('says what to do, with a short move to start, and offers the posture and a snooze', () => {
    expect(postureText(note, 5)).toEqual({
      title: 'Time to stand',
      message:
        'You have sat for 30 min. Raise the desk, stand tall and roll your shoulders back 5 times.',
      buttons: [{ title: 'I’m standing' }, { title: 'Snooze 5 min' }],
    });
    expect(postureText({ ...note, to: 'sitting', minutes: 45, canSnooze: false }, 5)).toEqual({
      title: 'Time to sit down',
      message:
        'You have stood for 45 min. Lower the desk and sit; your movement breaks keep their own time.',
      buttons: [{ title: 'I’m sitting' }],
    });
  });

  it.each(LOCALES)('fits a notification’s two lines in %s', (locale) => {
    useTestLocale(locale);
    for (const to of ['standing', 'sitting'] as const) {
      const { message } = postureText({ ...note, to, minutes: 120 }, 60);
      expect(message.length).toBeLessThanOrEqual(110);
      expect(message).toContain('120');
    }
  });

  it('turns a click into the engine’s event: the posture, or the snooze', () => {
    expect(postureClick('limber-posture-standing')).toEqual({
      type: 'setPosture',
      posture: 'standing',
    });
    expect(postureClick('limber-posture-sitting', 0)).toEqual({
      type: 'setPosture',
      posture: 'sitting',
    });
    expect(postureClick('limber-posture-sitting', 1)).toEqual({ type: 'snoozePosture' });
    expect(postureClick('limber-break')).toBeNull();
    expect(postureClick('limber-posture-lying')).toBeNull();
  });

  it('takes the popup’s toggle as an intent, and nothing malformed', () => {
    expect(parseIntent({ type: 'setPosture', posture: 'standing' })).toEqual({
      type: 'setPosture',
      posture: 'standing',
    });
    expect(parseIntent({ type: 'setPosture', posture: 'up' })).toBeNull();
    expect(parseIntent({ type: 'setPosture' })).toBeNull();
  });
});

describe('the badge at a sit-stand desk', () => {
  it('says standing, and for how long, with the minutes to the movement break', () => {
    const badge = renderBadge({ kind: 'sitting', minutes: 18, standing: 12 }, true);
    expect(badge.text).toBe('↑18');
    expect(badge.title).toBe('Limber: standing 12 min; next movement break in 18 min');
    expect(renderBadge({ kind: 'sitting', minutes: 18, standing: 12 }, false).text).toBe('');
  });

  it.each(LOCALES)('keeps the standing badge within four characters in %s', (locale) => {
    useTestLocale(locale);
    const longest = NUMBER_BOUNDS.sitMinutes.max;
    const badge = renderBadge({ kind: 'sitting', minutes: longest, standing: 120 }, true);
    expect(badge.text.length).toBeLessThanOrEqual(4);
    expect(badge.title).toContain('120');
  });
});
