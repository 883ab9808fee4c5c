import { openPageData } from '@/lib/pages/page-data';
import { CLOCK_STYLE_KEY, FLARE_KEY } from '@/lib/storage/items';
import { POPUP_SECTION_KEY } from './section-item';

/**
 * The popup's stored data, its read started as soon as this module is evaluated: main.tsx
 * imports it before anything else, so the read is on its way while the rest of the popup's code
 * (Preact, the views) is evaluated, and the first render shows the status rather than
 * "Checking…".
 */
export const data = openPageData({ more: [POPUP_SECTION_KEY, CLOCK_STYLE_KEY, FLARE_KEY] });
