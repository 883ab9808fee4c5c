/**
 * Everything the popup loads after its first render, as one module: the red-flag check and
 * guidance (./content.tsx, when a section is first opened), today's pain check-in
 * (./diary-panel.tsx, when the diary is on) and learning the clock style
 * (lib/i18n/clock-learn.ts, when none is kept).
 *
 * One module rather than three `import()`s because the bundler (Rolldown 1.2) splits the popup's
 * own code otherwise: when lazy modules share different parts of the first render's code (the
 * check-in the storage layer, all of them Preact and the messages), it moves the shared part
 * into a chunk of its own, and the first render loads two scripts, not one
 * (https://github.com/rolldown/rolldown/issues/9963). With a single lazy module it has nothing to
 * split. The cost: whichever is wanted first loads the other two as well, about 9 kB gzip from the
 * extension's own files, after the popup has shown itself.
 */

export { learnUserClockStyle } from '@/lib/i18n/clock-learn';
export { GuidancePanel, parseSection, RedFlagPanel } from './content';
export { DiaryPanel } from './diary-panel';
