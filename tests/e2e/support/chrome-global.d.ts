// Code passed to page.evaluate runs inside extension pages, where Chrome's own `chrome` global
// exists; WXT's `browser` has the same (promise-returning) shape.
declare const chrome: typeof import('wxt/browser').browser;
