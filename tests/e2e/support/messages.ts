/**
 * The end-to-end tests work out the text they expect with the extension's own formatting code
 * (lib/time/format.ts and the like), which reads messages through `browser.i18n`. In Node there is no
 * browser, so this setup file gives that code the English catalog the built extension shows.
 */
import { messagesOf } from '../../support/messages';

Object.assign(globalThis, {
  chrome: { runtime: { id: 'limber-e2e-tests' }, i18n: { getMessage: messagesOf(() => 'en') } },
});
