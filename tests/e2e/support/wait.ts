/**
 * Polls `read` until `ok` accepts its value, for things the extension does on its own clock
 * (alarms, storage writes, badge updates). Fails with the last value seen.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 20_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
