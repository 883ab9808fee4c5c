/**
 * Lengths of time in milliseconds, the unit of every time in Limber. No words and no clock here,
 * so any module may use them, the engine included.
 */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
