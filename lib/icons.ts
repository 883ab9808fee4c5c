/**
 * Limber's icons as a set: the toolbar's, one per state, and the break reminder's. Each has one
 * SVG source in public/, rendered to PNG on every build (wxt.config.ts); the tiles take the
 * light theme's state colours (components/base.css), like the badge.
 */

/** The states the toolbar icon shows; flare is drawn for the flare-up mode to come. */
export type IconState = 'sitting' | 'due' | 'break' | 'paused' | 'flare';

/** The sizes the toolbar asks for (1x and 2x screens). */
export const TOOLBAR_ICON_SIZES = [16, 32] as const;

/** The SVG source of each state's icon in public/; the sitting one is the extension's own icon. */
export const STATE_ICON_SOURCES: Readonly<Record<Exclude<IconState, 'sitting'>, string>> = {
  due: 'icon-due.svg',
  break: 'icon-break.svg',
  paused: 'icon-paused.svg',
  flare: 'icon-flare.svg',
};

/** The reminder's icon: its source, and the size notifications show best. */
export const NOTIFICATION_ICON = { source: 'icon-notification.svg', size: 128 } as const;

/** Where the build puts a state's PNG of one size (the sitting one is the manifest's icon). */
export function stateIconPath(state: IconState, size: number): string {
  return state === 'sitting' ? `icon/${size}.png` : `icon/${state}-${size}.png`;
}

/** A state's toolbar icon, as the browser's setIcon takes it: a path for each size. */
export function toolbarIcon(state: IconState): Record<string, string> {
  return Object.fromEntries(
    TOOLBAR_ICON_SIZES.map((size) => [String(size), `/${stateIconPath(state, size)}`]),
  );
}

/** The reminder's icon, as the build writes it. */
export const NOTIFICATION_ICON_PATH = '/icon/notification.png';
