import { uiLocale } from '@/lib/i18n/t';

/**
 * When the health content (the red-flag check, guidance, tips and exercises) was last reviewed
 * against its sources; CONTENT.md keeps the review log, and a test keeps the two in step.
 */
export const REVIEWED = { year: 2026, month: 11 } as const;

/** "November 2026", in the user's language, for the "Reviewed:" lines under the content. */
export function reviewedMonth(): string {
  // The 15th, so no time zone can move the date into another month.
  const date = new Date(REVIEWED.year, REVIEWED.month - 1, 15);
  return new Intl.DateTimeFormat(uiLocale(), { month: 'long', year: 'numeric' }).format(date);
}
