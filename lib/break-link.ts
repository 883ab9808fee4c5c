/**
 * How the break page and the background know of each other while a break runs, without the
 * background listening to every tab the user closes (which would wake it for each): the page holds
 * a port to the background for as long as it shows a running break, and notes in session storage
 * when it was last seen open (`breakSeenItem`, lib/storage/items.ts).
 */

/** The name of the break page's port (runtime.connect). */
export const BREAK_LINK_PORT = 'limber-break-page';

/**
 * How often the open break page notes that it is still open. The page also notes it as it is
 * hidden or closed; this is the bound on what a page closed unheard could lose from its break.
 */
export const BREAK_SEEN_EVERY_MS = 10_000;
