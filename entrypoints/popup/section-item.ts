/**
 * Where the guidance section the user last opened is kept, so the popup opens where they left
 * it: read with the rest of the popup's data before it shows, written with `saveValue`. Only a
 * layout preference: no health answer is ever kept. Apart from ./section.ts, which needs the
 * guidance itself, so the popup can read it before that content has loaded.
 */
export { POPUP_SECTION_KEY } from '@/lib/storage/items';
