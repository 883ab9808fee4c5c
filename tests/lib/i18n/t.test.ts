import { describe, expect, it, vi } from 'vitest';
import { formatNumber, t, tData, tn, uiDirection, uiLocale } from '@/lib/i18n/t';
import { useTestLocale } from '../../support/i18n';

describe('t', () => {
  it('reads the English catalog by default', () => {
    expect(t('extension_command_start_break')).toBe('Start a break now');
    expect(uiDirection()).toBe('ltr');
  });

  it('formats for the browser’s region when it asks for a variant of the shown language', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    expect(uiLocale()).toBe('en-GB');
    useTestLocale('fr');
    expect(uiLocale()).toBe('fr');
  });

  it('follows the browser language', () => {
    useTestLocale('de');
    expect(t('extension_command_start_break')).toBe('Jetzt eine Pause beginnen');
    expect(uiLocale()).toBe('de');
  });

  it('shows the name of a missing message rather than nothing', () => {
    expect(tData('no_such_message')).toBe('no_such_message');
  });

  it('writes numbers the language’s way', () => {
    expect(formatNumber(1.5)).toBe('1.5');
    useTestLocale('de');
    expect(formatNumber(1.5)).toBe('1,5');
  });
});

describe('tn', () => {
  it('picks the plural form by the language’s rules', () => {
    expect(tn('common_minutes', 1)).toBe('1 minute');
    expect(tn('common_minutes', 2)).toBe('2 minutes');
    useTestLocale('fr');
    // French counts zero as singular.
    expect(tn('common_minutes', 0)).toBe('0 minute');
  });
});
