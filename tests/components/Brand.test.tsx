import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Brand } from '@/components/Brand';

describe('Brand', () => {
  it('shows the title as the page heading with a decorative mark', () => {
    const { container } = render(<Brand title="Limber settings" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Limber settings');
    // The mark repeats the heading, so screen readers must skip it.
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('');
  });
});
