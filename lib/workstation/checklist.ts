/**
 * The workstation set-up check: what a comfortable desk set-up looks like, one item at a time,
 * each with the public guidance it comes from (HSE's display screen equipment checklist and its
 * good-posture page, OSHA's computer workstations eTool). The words are the message catalog's
 * (lib/i18n/locales/<lang>/workstation.json), written in our own words from those sources.
 *
 * No item diagnoses anything, and none promises a "correct" posture: there is no single correct
 * one, and changing position often is what helps (O'Sullivan 2020). The page says so first.
 */
import { SOURCES, type Source } from '@/lib/content/sources';

/**
 * The public pages the check's items come from. An item never names two sources of the same
 * name (a test checks), so each of its links says where it goes.
 */
export const WORKSTATION_SOURCES = {
  hseChecklist: {
    name: 'HSE',
    url: 'https://www.hse.gov.uk/pubns/ck1.htm',
  },
  hseGoodPosture: {
    name: 'HSE',
    url: 'https://www.hse.gov.uk/msd/dse/good-posture.htm',
  },
  oshaMonitors: {
    name: 'OSHA',
    url: 'https://www.osha.gov/etools/computer-workstations/components/monitors',
  },
  oshaChairs: {
    name: 'OSHA',
    url: 'https://www.osha.gov/etools/computer-workstations/components/chairs',
  },
  oshaKeyboards: {
    name: 'OSHA',
    url: 'https://www.osha.gov/etools/computer-workstations/components/keyboards',
  },
  oshaPositions: {
    name: 'OSHA',
    url: 'https://www.osha.gov/etools/computer-workstations/positions',
  },
  oshaEnvironment: {
    name: 'OSHA',
    url: 'https://www.osha.gov/etools/computer-workstations/workstation-environment',
  },
  osullivan2020: SOURCES.osullivan2020,
} as const satisfies Record<string, Source>;

const S = WORKSTATION_SOURCES;

/** Every item's id, in the order the check asks them; also the middle of its message names. */
export const WORKSTATION_ITEM_IDS = [
  'screen',
  'chair',
  'back',
  'keyboard',
  'laptop',
  'light',
  'stand_desk',
  'stand_screen',
  'stand_change',
] as const;

export type WorkstationItemId = (typeof WORKSTATION_ITEM_IDS)[number];

export interface WorkstationItem {
  id: WorkstationItemId;
  /** Only for a sit-stand desk: asked when the user has said they have one. */
  standing: boolean;
  /** Where the item's advice comes from, each shown as a link. */
  sources: readonly Source[];
}

export const WORKSTATION_ITEMS: readonly WorkstationItem[] = [
  // Top of the screen level with the eyes or a little below, about an arm's length away.
  { id: 'screen', standing: false, sources: [S.hseGoodPosture, S.oshaMonitors] },
  // Feet flat on the floor or a footrest, thighs about level (HSE: the seat supports the thighs).
  { id: 'chair', standing: false, sources: [S.hseGoodPosture, S.oshaChairs] },
  // The backrest, or a cushion, supports the lower back.
  { id: 'back', standing: false, sources: [S.hseGoodPosture, S.oshaChairs] },
  // Keyboard and mouse close, shoulders relaxed, wrists straight, elbows by the sides.
  { id: 'keyboard', standing: false, sources: [S.hseGoodPosture, S.oshaKeyboards] },
  // A laptop for long work: raised, with a separate keyboard and mouse.
  { id: 'laptop', standing: false, sources: [S.hseGoodPosture] },
  // No glare or reflections on the screen; screen side-on to windows, blinds to adjust.
  { id: 'light', standing: false, sources: [S.hseChecklist, S.oshaEnvironment] },
  // Standing, the desk at about elbow height, forearms level (OSHA's standing position).
  { id: 'stand_desk', standing: true, sources: [S.oshaPositions] },
  // The screen goes up with the desk, its top again at or a little below eye level.
  { id: 'stand_screen', standing: true, sources: [S.oshaMonitors] },
  // Standing still is not a break: change between sitting, standing and moving often.
  { id: 'stand_change', standing: true, sources: [S.oshaPositions, S.osullivan2020] },
];

/** The items to ask: the standing-desk ones only for a sit-stand desk. */
export function checklistFor(sitStand: boolean): readonly WorkstationItem[] {
  return sitStand ? WORKSTATION_ITEMS : WORKSTATION_ITEMS.filter((item) => !item.standing);
}

export const isWorkstationItemId = (value: unknown): value is WorkstationItemId =>
  typeof value === 'string' && (WORKSTATION_ITEM_IDS as readonly string[]).includes(value);

/**
 * Whether the user has said they have a sit-stand desk (the `sitStand` setting). Read by name, so
 * the check works with settings from before that setting existed (it is then off).
 */
export function hasSitStandDesk(settings: object | null | undefined): boolean {
  return (settings as { sitStand?: unknown } | null | undefined)?.sitStand === true;
}
