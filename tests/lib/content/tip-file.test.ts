import { describe, expect, it } from 'vitest';
import { parseTips, serialiseTips, TIP_FILE } from '@/lib/content/tip-file';
import { RETIRED_TIP_IDS, TIPS } from '@/lib/content/tips';

const shipped = TIPS.map(({ id, source }) => ({ id, source }));

describe('the tip library file', () => {
  it('reads back each tip of the library as a reminder needs it', () => {
    expect(parseTips(JSON.parse(serialiseTips(TIPS)))).toEqual(shipped);
  });

  it('lives in the package under content/', () => {
    expect(TIP_FILE).toBe('/content/tips.json');
  });

  it('ships no retired tip, so a reminder never shows one (the medicine tips among them)', () => {
    const shippedIds = parseTips(JSON.parse(serialiseTips(TIPS))).map((tip) => tip.id);
    expect(RETIRED_TIP_IDS.length).toBeGreaterThan(0);
    for (const id of RETIRED_TIP_IDS) expect(shippedIds).not.toContain(id);
    expect(shippedIds).not.toContain('painkillers-ibuprofen');
    expect(shippedIds).not.toContain('paracetamol-on-its-own');
  });

  it('carries no words: they are in the message catalog, in the user’s language', () => {
    expect(serialiseTips(TIPS)).not.toMatch(/"(title|text)"/);
  });

  it('leaves out malformed entries and keeps the good ones', () => {
    const good = shipped[0];
    const file = [
      good,
      null,
      { ...good, id: '' },
      { ...good, id: 42 },
      { ...good, source: { name: 'NHS' } },
      { ...good, source: { name: '', url: 'https://www.nhs.uk/' } },
      { ...good, source: 'NHS' },
      [],
    ];
    expect(parseTips(file)).toEqual([good]);
  });

  it('reads anything that is not a list as no tips', () => {
    for (const value of [undefined, null, {}, 'tips', 3]) expect(parseTips(value)).toEqual([]);
  });

  it('keeps only the fields a reminder uses', () => {
    const [tip] = parseTips([
      { ...TIPS[0], title: 'old', extra: 'ignored', source: { ...TIPS[0]?.source, x: 1 } },
    ]);
    expect(Object.keys(tip ?? {}).sort()).toEqual(['id', 'source']);
    expect(Object.keys(tip?.source ?? {}).sort()).toEqual(['name', 'url']);
  });
});
