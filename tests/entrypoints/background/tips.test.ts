import { describe, expect, it, vi } from 'vitest';
import { loadTips } from '@/entrypoints/background/tips';
import { serialiseTips } from '@/lib/content/tip-file';
import { TIPS } from '@/lib/content/tips';

const shipped = TIPS.map(({ id, source }) => ({ id, source }));

describe('loadTips', () => {
  it('gives no tips when the file cannot be read, and tries again next time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fetch = vi.fn(async (_url: string) => new Response('', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    expect(await loadTips()).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();

    fetch.mockImplementation(async (_url: string) => new Response(serialiseTips(TIPS)));
    expect(await loadTips()).toEqual(shipped);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]?.[0]).toMatch(/\/content\/tips\.json$/);
  });

  it('reads the file once per worker life', async () => {
    const fetch = vi.fn(async () => new Response('[]'));
    vi.stubGlobal('fetch', fetch);
    expect(await loadTips()).toEqual(shipped);
    expect(fetch).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
