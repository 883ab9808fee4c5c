/**
 * Reads what the extension logs from Firefox's own output. With the pref
 * `devtools.console.stdout.content`, Firefox prints every console call of its content processes
 * (the extension's pages and background among them) to stdout as `console.error: "..."`, and
 * every uncaught exception or unhandled rejection to stderr as `JavaScript error: <url>, ...`.
 * Firefox's own chatter on the same streams (its internal modules, `chrome://` and
 * `resource://`) is not the extension's and is left out.
 */
export class ConsoleWatch {
  readonly errors: string[] = [];
  private readonly partial = { out: '', err: '' };
  private readonly seen = { out: new Set<string>(), err: new Set<string>() };

  feed(stream: 'out' | 'err', chunk: string): void {
    const lines = (this.partial[stream] + chunk).split('\n');
    this.partial[stream] = lines.pop() ?? '';
    for (const line of lines) this.read(stream, line.trimEnd());
  }

  /** Whether a flush marker has come through on both streams. */
  hasSeen(marker: string): boolean {
    return this.seen.out.has(marker) && this.seen.err.has(marker);
  }

  private read(stream: 'out' | 'err', line: string): void {
    const marker = /limber-e2e-flush-\d+/.exec(line)?.[0];
    if (marker) {
      this.seen[stream].add(marker);
      return;
    }
    if (isExtensionError(line)) this.errors.push(line);
  }
}

/**
 * Firefox's own modules that log through the same console with a name in front (`console.error:
 * RSLoader: ...`); the extension's messages start with what it logged, a quoted string.
 */
const FIREFOX_LOGGERS = ['RSLoader'];

/** A console error, or an uncaught error in one of the extension's own scripts. */
export function isExtensionError(line: string): boolean {
  if (line.startsWith('JavaScript error: moz-extension://')) return true;
  if (!line.startsWith('console.error: ')) return false;
  const logged = line.slice('console.error: '.length);
  return !FIREFOX_LOGGERS.some((name) => logged.startsWith(`${name}:`));
}
