import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { Disclosure } from '@/components/Disclosure';

function Counter() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      Clicked {n}
    </button>
  );
}

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <Disclosure title="More" headingLevel={2} open={open} onToggle={() => setOpen(!open)}>
      <Counter />
    </Disclosure>
  );
}

describe('Disclosure', () => {
  it('is a heading holding a button that says whether it is expanded', () => {
    render(
      <Disclosure title="More" headingLevel={3} open={false} onToggle={vi.fn()}>
        x
      </Disclosure>,
    );
    const heading = screen.getByRole('heading', { level: 3, name: 'More' });
    const button = screen.getByRole('button', { name: 'More' });
    expect(heading.contains(button)).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).toBe(true);
  });

  it('asks its owner to toggle when pressed', () => {
    const onToggle = vi.fn();
    render(
      <Disclosure title="More" headingLevel={2} open={false} onToggle={onToggle}>
        x
      </Disclosure>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('starts its content afresh each time it is opened', () => {
    render(<Harness />);
    const toggle = screen.getByRole('button', { name: 'More' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeTruthy();
    fireEvent.click(toggle);
    expect(screen.queryByRole('button', { name: /Clicked/ })).toBeNull();
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Clicked 0' })).toBeTruthy();
  });
});
