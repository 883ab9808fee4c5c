import { storage } from '@/lib/storage/store';

/**
 * The guidance section the user last opened, so the popup opens where they left it. Only a
 * layout preference: no health answer is ever kept. Apart from ./section.ts, which needs the
 * guidance itself, so the popup can read it before that content has loaded.
 */
export const popupSectionItem = storage.defineItem<unknown>('local:popupSection');
