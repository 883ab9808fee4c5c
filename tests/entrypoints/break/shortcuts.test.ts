import { describe, expect, it } from 'vitest';
import { shortcutFor } from '@/entrypoints/break/shortcuts';

function press(key: string, target: Element, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('shortcutFor', () => {
  const text = document.createElement('p');
  document.body.append(text);

  it('maps Space, the arrows and Enter on the page', () => {
    expect(shortcutFor(press(' ', text))).toBe('togglePause');
    expect(shortcutFor(press('ArrowLeft', text))).toBe('previous');
    expect(shortcutFor(press('ArrowRight', text))).toBe('next');
    expect(shortcutFor(press('Enter', text))).toBe('done');
    expect(shortcutFor(press('a', text))).toBeNull();
  });

  it('leaves a focused control its own keys', () => {
    const button = document.createElement('button');
    const link = document.createElement('a');
    link.href = 'https://example.org/';
    const span = document.createElement('span');
    link.append(span);
    const input = document.createElement('input');
    document.body.append(button, link, input);
    for (const target of [button, link, span, input]) {
      expect(shortcutFor(press('Enter', target))).toBeNull();
      expect(shortcutFor(press(' ', target))).toBeNull();
    }
  });

  it('ignores keys with modifiers, held-down Space or Enter, and handled events', () => {
    expect(shortcutFor(press('ArrowLeft', text, { altKey: true }))).toBeNull();
    expect(shortcutFor(press('Enter', text, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('Enter', text, { repeat: true }))).toBeNull();
    expect(shortcutFor(press(' ', text, { repeat: true }))).toBeNull();
    const handled = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    handled.preventDefault();
    expect(shortcutFor(handled)).toBeNull();
  });
});
