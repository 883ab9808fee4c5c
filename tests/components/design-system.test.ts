import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutComments as codeWithoutComments } from '../support/source-text';

/**
 * The design system's guard (issue 18): every colour comes from a token in components/base.css,
 * so light and dark, contrast and the state colours are decided in one place. No other
 * stylesheet, and no .tsx file, may write a colour of its own.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const TOKENS = 'components/base.css';
/** Where the extension's own stylesheets and views live (tests and node_modules are not shipped). */
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return walk(relative(ROOT, path));
    return [relative(ROOT, path)];
  });
}

const files = SOURCE_DIRS.flatMap(walk);
const stylesheets = files.filter((f) => f.endsWith('.css') && f !== TOKENS);
const views = files.filter((f) => f.endsWith('.tsx'));

/** CSS's named colours (CSS Color 4), without the keywords that name no colour of their own. */
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue ' +
    'blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk ' +
    'crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki ' +
    'darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue ' +
    'dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite ' +
    'gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen ' +
    'lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen ' +
    'magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream ' +
    'mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peru pink plum powderblue ' +
    'purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen ' +
    'seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan ' +
    'teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen ' +
    // System colours pick their own, unthemed colour too.
    'canvas canvastext linktext visitedtext activetext buttonface buttontext buttonborder field ' +
    'fieldtext highlight highlighttext mark marktext graytext accentcolor accentcolortext'
  ).split(' '),
);

/** A colour written as a value: hex, or a colour function. */
const HEX = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![0-9a-z_-])/i;
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

/** CSS properties whose value is, or includes, a colour. */
const COLOUR_PROPERTY =
  /^(?:color|background(?:-color|-image)?|border(?:-(?:block|inline)?-?(?:top|right|bottom|left|start|end)?-?color)?|border(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?|outline(?:-color)?|fill|stroke|box-shadow|text-shadow|caret-color|accent-color|text-decoration(?:-color)?|column-rule(?:-color)?|stop-color|flood-color|lighting-color|scrollbar-color|text-emphasis(?:-color)?|-webkit-text-stroke(?:-color)?|--[\w-]+)$/i;

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Every `property: value` declaration of a stylesheet, comments removed. */
function declarations(css: string): { property: string; value: string }[] {
  const found: { property: string; value: string }[] = [];
  for (const block of withoutComments(css).matchAll(/\{([^{}]*)\}/g)) {
    for (const part of (block[1] as string).split(';')) {
      const colon = part.indexOf(':');
      if (colon === -1) continue;
      found.push({ property: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() });
    }
  }
  return found;
}

/** The raw colours a stylesheet writes, each as `property: value`. */
function rawColoursInCss(css: string): string[] {
  return declarations(css)
    .filter(({ property, value }) => {
      if (HEX.test(value) || COLOUR_FUNCTION.test(value)) return true;
      if (!COLOUR_PROPERTY.test(property)) return false;
      const words = value.toLowerCase().match(/[a-z-]+/g) ?? [];
      // var(--x, red) is caught too: a fallback colour is still a colour of its own.
      return words.some((word) => NAMED.has(word));
    })
    .map(({ property, value }) => `${property}: ${value}`);
}

/** JSX attributes and style keys that take a colour, with the value written in quotes. */
const COLOUR_ATTRIBUTE =
  /\b(fill|stroke|color|stop-color|stopColor|flood-color|floodColor|background|backgroundColor|borderColor|outlineColor)\s*[=:]\s*\{?\s*(['"`])([^'"`]*)\2/g;

/** The raw colours a .tsx file writes: hex or colour functions in strings, named colours in colour attributes. */
function rawColoursInView(source: string): string[] {
  const code = codeWithoutComments(source);
  const found: string[] = [];
  for (const literal of code.matchAll(/(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    const text = literal[2] as string;
    if (HEX.test(text) || COLOUR_FUNCTION.test(text)) found.push(literal[0]);
  }
  for (const [match, , , value] of code.matchAll(COLOUR_ATTRIBUTE)) {
    const words = (value as string).toLowerCase().match(/[a-z-]+/g) ?? [];
    if (words.some((word) => NAMED.has(word))) found.push(match);
  }
  return found;
}

describe('the guard itself', () => {
  it('finds hex, colour functions and named colours in colour properties', () => {
    const css = `
      .a { color: #0f766e; }
      .b { background: rgb(0 0 0 / 0.5); }
      .c { border: 1px solid red; }
      .d { box-shadow: 0 0 0 2px hsl(10 50% 50%); }
      .e { fill: white; }
      .f { --local: oklch(0.7 0.1 200); }
      .g { color: var(--fg, black); }`;
    expect(rawColoursInCss(css)).toHaveLength(7);
  });

  it('lets tokens, currentColor, transparent and words that are not colours pass', () => {
    const css = `
      /* a comment may say #fff or red */
      .a { color: var(--fg); border: 1px solid currentColor; background: transparent; }
      .b { white-space: nowrap; }
      .red-flag-check { display: grid; }
      .c { fill: none; stroke: var(--accent); outline: var(--focus-ring); }
      #app { grid-area: main; }`;
    expect(rawColoursInCss(css)).toEqual([]);
  });

  it('finds colours written in a view', () => {
    expect(rawColoursInView(`const INK = '#1f2933';`)).toHaveLength(1);
    expect(rawColoursInView(`<rect fill="#0f766e" />`)).toHaveLength(1);
    expect(rawColoursInView(`<circle fill="white" />`)).toHaveLength(1);
    expect(rawColoursInView(`<p style={{ color: 'red' }} />`)).toHaveLength(1);
    expect(rawColoursInView('const c = `rgb(0 0 0)`;')).toHaveLength(1);
  });

  it('lets currentColor, classes and comments in a view pass', () => {
    const view = `
      // once drawn in #0f766e
      <path class="red-flag-check" stroke="currentColor" fill="none" href="#main" />`;
    expect(rawColoursInView(view)).toEqual([]);
  });
});

describe('no raw colour outside the design tokens', () => {
  it('has files to check', () => {
    expect(stylesheets.length).toBeGreaterThan(10);
    expect(views.length).toBeGreaterThan(20);
  });

  it.each(stylesheets)('%s takes its colours from the tokens', (file) => {
    expect(rawColoursInCss(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it.each(views)('%s takes its colours from the tokens', (file) => {
    expect(rawColoursInView(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
