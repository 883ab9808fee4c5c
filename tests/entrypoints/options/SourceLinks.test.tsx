import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SourceLinks } from '@/entrypoints/options/SourceLinks';
import { SOURCES } from '@/lib/content/sources';
import { useTestLocale } from '../../support/i18n';

describe('SourceLinks', () => {
  it('says "Source:" for one source and "Sources:" for more, each a link in a new tab', () => {
    const one = render(<SourceLinks sources={[SOURCES.hseBreaks]} />);
    expect(one.container.textContent).toBe('Source: HSE');
    one.unmount();

    const { container } = render(<SourceLinks sources={[SOURCES.hseBreaks, SOURCES.thorp2014]} />);
    expect(container.textContent).toBe('Sources: HSE; Thorp et al., 2014');
    for (const link of container.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noreferrer');
    }
  });

  it('words the label in the browser’s language, keeping the sources’ names', () => {
    useTestLocale('fr');
    const { container } = render(<SourceLinks sources={[SOURCES.hseBreaks, SOURCES.thorp2014]} />);
    expect(container.textContent).toBe('Sources\u00a0: HSE; Thorp et al., 2014');
  });
});
