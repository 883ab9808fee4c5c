import { describe, expect, it } from 'vitest';
import { parseTips, serialiseTips, TIP_FILE } from '@/lib/content/tip-file';
import { TIPS } from '@/lib/content/tips';

describe('the tip library file', () => {
  it('reads back exactly the library it was written from', () => {
    expect(parseTips(JSON.parse(serialiseTips(TIPS)))).toEqual(TIPS);
  });

  it('lives in the package under content/', () => {
    expect(TIP_FILE).toBe('/content/tips.json');
  });

  it('leaves out malformed entries and keeps the good ones', () => {
    const good = TIPS[0];
    const file = [
      good,
      null,
      { ...good, id: '' },
      { ...good, title: 42 },
      { ...good, category: 'astrology' },
      { ...good, source: { name: 'NHS' } },
      { ...good, source: 'NHS' },
      [],
    ];
    expect(parseTips(file)).toEqual([good]);
  });

  it('reads anything that is not a list as no tips', () => {
    for (const value of [undefined, null, {}, 'tips', 3]) expect(parseTips(value)).toEqual([]);
  });

  it('keeps only the fields a tip has', () => {
    const [tip] = parseTips([
      { ...TIPS[0], extra: 'ignored', source: { ...TIPS[0]?.source, x: 1 } },
    ]);
    expect(Object.keys(tip ?? {}).sort()).toEqual(['category', 'id', 'source', 'text', 'title']);
    expect(Object.keys(tip?.source ?? {}).sort()).toEqual(['name', 'url']);
  });
});
