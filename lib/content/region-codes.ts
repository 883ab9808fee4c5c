/**
 * The countries the red-flag check has numbers for, each with the route it uses (see
 * ./regions.ts for the routes themselves). Kept apart from the routes' data so that reading
 * the country setting (lib/settings/schema.ts, in every page and the worker) stays small.
 */
import type { RouteId } from './regions';

/** EU member states without a route of their own: 112 is the emergency number in every one. */
const EU_MEMBERS = [
  'BE',
  'BG',
  'CZ',
  'DK',
  'EE',
  'GR',
  'HR',
  'CY',
  'LV',
  'LT',
  'LU',
  'HU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SI',
  'SK',
  'FI',
  'SE',
  'IT',
] as const;

/** Every country the check knows, by ISO 3166-1 code, and the route it uses. */
export const REGION_ROUTES: Readonly<Record<string, RouteId>> = {
  US: 'us',
  MX: 'us',
  CA: 'ca',
  GB: 'gb',
  IE: 'ie',
  DE: 'de',
  FR: 'fr',
  ES: 'es',
  CH: 'ch',
  AT: 'at',
  AU: 'au',
  NZ: 'nz',
  IN: 'in',
  JP: 'jp',
  BR: 'br',
  ...Object.fromEntries(EU_MEMBERS.map((code) => [code, 'eu' as const])),
};

/** The countries a user can pick, as ISO 3166-1 codes. */
export const REGION_CODES: readonly string[] = /*#__PURE__*/ Object.keys(REGION_ROUTES).sort();

/** The setting's value for "my country is not in the list": the check then names no number. */
export const OTHER_REGION = 'ZZ';

export function isKnownRegion(code: string): boolean {
  return Object.hasOwn(REGION_ROUTES, code);
}
