/**
 * Who to call, by country: the emergency number and the same-day (urgent, not emergency) route
 * the red-flag check names. Data only, with a source per row; the words of each route are
 * messages (`redflags_route_<route>_emergency`, `redflags_route_<route>_today`) so they read
 * naturally in every language, and a test checks that each route's words carry its numbers.
 *
 * Every entry was checked against the service's own public page in November 2026.
 */
import { OTHER_REGION, REGION_ROUTES } from './region-codes';
import type { Source } from './sources';

// The countries and the route each uses live in ./region-codes.ts, small enough for the
// settings check in every page and the worker; the routes' numbers and sources stay here, for
// the pages that show them.
export { isKnownRegion, OTHER_REGION, REGION_CODES, REGION_ROUTES } from './region-codes';

/** A route a country's users are sent by; 'unknown' when the country is not known or listed. */
export const ROUTE_IDS = [
  'us',
  'ca',
  'gb',
  'ie',
  'eu',
  'de',
  'fr',
  'es',
  'ch',
  'at',
  'au',
  'nz',
  'in',
  'jp',
  'br',
  'unknown',
] as const;

export type RouteId = (typeof ROUTE_IDS)[number];

export interface EmergencyRoute {
  readonly id: RouteId;
  /**
   * The number to call in an emergency, as dialled; null when the country is not known, and
   * the words then say "your local emergency number (112 in Europe, 911 in North America)".
   */
  readonly emergency: string | null;
  /** Every number the route's emergency words name (e.g. 999 and 112), for the tests. */
  readonly emergencyNumbers: readonly string[];
  /** Every number the route's same-day words name (e.g. 111, 116 117). */
  readonly urgentNumbers: readonly string[];
  readonly sources: readonly Source[];
}

const EU_112: Source = {
  name: 'European Commission',
  url: 'https://digital-strategy.ec.europa.eu/en/policies/112',
};
const US_911: Source = { name: '911.gov', url: 'https://www.911.gov/' };

function route(
  id: RouteId,
  emergency: string | null,
  emergencyNumbers: readonly string[],
  urgentNumbers: readonly string[],
  sources: readonly Source[],
): EmergencyRoute {
  return { id, emergency, emergencyNumbers, urgentNumbers, sources };
}

export const ROUTES: Readonly<Record<RouteId, EmergencyRoute>> = {
  us: route('us', '911', ['911'], [], [US_911]),
  ca: route(
    'ca',
    '911',
    ['911'],
    ['811'],
    [US_911, { name: 'HealthLink BC', url: 'https://www.healthlinkbc.ca/' }],
  ),
  gb: route(
    'gb',
    '999',
    ['999'],
    ['111'],
    [
      {
        name: 'NHS',
        url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
      },
    ],
  ),
  ie: route(
    'ie',
    '112',
    ['112', '999'],
    [],
    [
      {
        name: 'HSE',
        url: 'https://www.hse.ie/eng/services/list/2/gp/out-of-hours-services/gp-out-of-hours-services.html',
      },
    ],
  ),
  eu: route('eu', '112', ['112'], [], [EU_112]),
  de: route(
    'de',
    '112',
    ['112'],
    ['116', '117'],
    [{ name: '116117.de', url: 'https://www.116117.de/' }, EU_112],
  ),
  fr: route(
    'fr',
    '15',
    ['15', '112'],
    ['116', '117', '15'],
    [
      {
        name: 'Service-Public.fr',
        url: 'https://www.service-public.fr/particuliers/vosdroits/F33954',
      },
    ],
  ),
  es: route('es', '112', ['112'], [], [EU_112]),
  ch: route(
    'ch',
    '144',
    ['144', '112'],
    [],
    [{ name: 'ch.ch', url: 'https://www.ch.ch/en/road-accident-what-should-i-do' }],
  ),
  at: route(
    'at',
    '144',
    ['144', '112'],
    ['1450'],
    [{ name: '1450.at', url: 'https://www.1450.at/' }, EU_112],
  ),
  au: route(
    'au',
    '000',
    ['000', '112'],
    ['1800', '022', '222'],
    [{ name: 'healthdirect', url: 'https://www.healthdirect.gov.au/' }],
  ),
  nz: route(
    'nz',
    '111',
    ['111'],
    ['0800', '611', '116'],
    [{ name: 'Health New Zealand', url: 'https://www.health.govt.nz/' }],
  ),
  in: route('in', '112', ['112', '108'], [], [{ name: '112 India', url: 'https://112.gov.in/' }]),
  jp: route(
    'jp',
    '119',
    ['119'],
    ['7119'],
    [{ name: 'Fire and Disaster Management Agency', url: 'https://www.fdma.go.jp/' }],
  ),
  br: route(
    'br',
    '192',
    ['192'],
    [],
    [
      {
        name: 'Ministério da Saúde',
        url: 'https://www.gov.br/saude/pt-br/composicao/saes/samu-192',
      },
    ],
  ),
  unknown: route('unknown', null, ['112', '911'], [], [EU_112, US_911]),
};

/**
 * The country from the browser's language tags (`navigator.languages`, the UI language): the
 * first tag that names a region. A bare language ("de", "en") names none, so it gives null:
 * a language alone does not tell the country (English is spoken from Dublin to Sydney), and a
 * guessed emergency number is worse than the general one.
 */
export function regionFromLanguages(tags: readonly string[]): string | null {
  for (const tag of tags) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region) return region.toUpperCase();
    } catch {
      // Not a valid language tag: try the next one.
    }
  }
  return null;
}

/**
 * The country the check uses: the user's choice when made ('' means "from the browser"),
 * else the browser's. Null when neither names one.
 */
export function effectiveRegion(setting: string, browserTags: readonly string[]): string | null {
  if (setting === OTHER_REGION) return null;
  if (setting !== '') return setting;
  return regionFromLanguages(browserTags);
}

/** The route for a country; 'unknown' for no country or one the check does not list. */
export function routeFor(region: string | null): EmergencyRoute {
  const id = region === null ? undefined : REGION_ROUTES[region];
  return ROUTES[id ?? 'unknown'];
}
