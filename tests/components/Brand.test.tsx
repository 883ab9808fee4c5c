import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Brand } from '@/components/Brand';

/** Attributes that paint rather than draw: the file has its colours, the page takes the theme's. */
const PAINT = new Set(['fill', 'stroke', 'class']);

/** Every element under `root` as its tag and drawing attributes, in document order. */
function shapes(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((el) => {
    const attrs = [...el.attributes]
      .filter((a) => !PAINT.has(a.name) || a.value === 'none')
      .map((a) => `${a.name}=${a.value}`)
      .sort();
    return `${el.tagName.toLowerCase()} ${attrs.join(' ')}`;
  });
}

describe('Brand', () => {
  it('shows the title as the page heading with a decorative mark', () => {
    const { container } = render(<Brand title="Limber settings" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Limber settings');
    // The mark repeats the heading, so screen readers must skip it.
    const mark = container.querySelector('header > svg');
    expect(mark?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('draws the mark in the page: no file to load', () => {
    const { container } = render(<Brand title="Limber" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[src], [href]')).toBeNull();
  });

  it('draws the same mark as public/icon.svg, from which the toolbar icons are made', () => {
    const file = readFileSync(resolve(import.meta.dirname, '../../public/icon.svg'), 'utf8');
    const icon = new DOMParser().parseFromString(file, 'image/svg+xml').documentElement;
    const { container } = render(<Brand title="Limber" />);
    const mark = container.querySelector('header > svg') as Element;
    expect(mark.getAttribute('viewBox')).toBe(icon.getAttribute('viewBox'));
    expect(shapes(icon).length).toBeGreaterThan(3);
    expect(shapes(mark)).toEqual(shapes(icon));
  });

  it('paints the mark with the theme (classes), never a colour of its own', () => {
    const { container } = render(<Brand title="Limber" />);
    const painted = [...container.querySelectorAll('header > svg *')];
    for (const el of painted) {
      for (const name of ['fill', 'stroke']) {
        const value = el.getAttribute(name);
        if (value !== null) expect(value).toBe('none');
      }
    }
    const classes = painted.map((el) => el.getAttribute('class')).filter(Boolean);
    expect(classes).toEqual(['brand-tile', 'brand-figure-head', 'brand-figure']);
  });
});
