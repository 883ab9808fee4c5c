import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  type IconState,
  NOTIFICATION_ICON,
  STATE_ICON_SOURCES,
  stateIconPath,
  toolbarIcon,
} from '@/lib/icons';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');
const light = read('components/base.css').split('@media')[0] as string;
const token = (name: string) =>
  light.match(new RegExp(`--state-${name}:\\s*(#[0-9a-f]{6})`))?.[1] ?? 'missing';
/** The tile's colour: the first shape of every icon in the set. */
const tile = (svg: string) => svg.match(/<rect[^>]*fill="(#[0-9a-f]{6})"/)?.[1];
/** Every drawing element with its geometry, colours left out. */
const figure = (svg: string) =>
  [...svg.matchAll(/<(circle|path) ([^>]*)\/>/g)]
    .slice(0, 5)
    .map(([, tag, attrs]) => `${tag} ${(attrs as string).replace(/ ?fill="[^"]*"/g, '')}`);

describe('the icon set', () => {
  const sources: [IconState, string][] = [
    ['sitting', 'icon.svg'],
    ...(Object.entries(STATE_ICON_SOURCES) as [IconState, string][]),
  ];

  it.each(sources)('draws %s on its state colour, from public/%s', (state, source) => {
    const svg = read(`public/${source}`);
    expect(tile(svg)).toBe(token(state));
  });

  it('draws the same figure in every icon, the reminder’s too', () => {
    const mark = figure(read('public/icon.svg'));
    expect(mark.length).toBe(5);
    for (const source of [...Object.values(STATE_ICON_SOURCES), NOTIFICATION_ICON.source]) {
      expect(figure(read(`public/${source}`)), source).toEqual(mark);
    }
  });

  it('gives the reminder the due state’s colour', () => {
    expect(tile(read(`public/${NOTIFICATION_ICON.source}`))).toBe(token('due'));
  });

  it('tells due, paused and flare apart by a corner mark too, not by colour alone', () => {
    const corner = (source: string) => {
      const svg = read(`public/${source}`);
      return svg.slice(svg.indexOf('</g>') + 4, svg.indexOf('</svg>')).replace(/#[0-9a-f]{6}/g, '');
    };
    const marks = (['due', 'paused', 'flare'] as const).map((s) => corner(STATE_ICON_SOURCES[s]));
    for (const mark of marks) expect(mark).toMatch(/<(circle|rect|path)/);
    expect(new Set(marks).size).toBe(3);
  });

  it.each(['icon.svg', ...Object.values(STATE_ICON_SOURCES), NOTIFICATION_ICON.source])(
    'renders public/%s as the build does',
    (source) => {
      const png = new Resvg(read(`public/${source}`), { fitTo: { mode: 'width', value: 16 } })
        .render()
        .asPng();
      expect(png.length).toBeGreaterThan(100);
    },
  );

  it('names the toolbar PNGs the build writes', () => {
    expect(stateIconPath('sitting', 16)).toBe('icon/16.png');
    expect(stateIconPath('paused', 32)).toBe('icon/paused-32.png');
    expect(toolbarIcon('due')).toEqual({ 16: '/icon/due-16.png', 32: '/icon/due-32.png' });
    for (const source of Object.values(STATE_ICON_SOURCES)) {
      expect(existsSync(resolve(ROOT, 'public', source)), source).toBe(true);
    }
  });
});
