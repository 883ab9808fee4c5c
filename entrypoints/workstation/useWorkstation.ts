import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageData } from '@/lib/pages/page-data';
import { WORKSTATION_KEY, workstationItem } from '@/lib/storage/items';
import {
  type Answer,
  firstUnanswered,
  giveAnswer,
  nextStep,
  parseWorkstation,
  setFixed,
  startOver,
  type WorkstationRecord,
} from '@/lib/workstation/answers';
import {
  checklistFor,
  hasSitStandDesk,
  type WorkstationItem,
  type WorkstationItemId,
} from '@/lib/workstation/checklist';

/** The item being asked (its index in `items`), or the to-do list. */
export type View = number | 'list';

export interface WorkstationPage {
  /** The items asked now: the standing-desk ones only with a sit-stand desk. */
  items: readonly WorkstationItem[];
  record: WorkstationRecord;
  view: View;
  /** The last save failed: the answers hold on this page only. */
  saveFailed: boolean;
  answer: (id: WorkstationItemId, answer: Answer) => void;
  back: () => void;
  edit: (id: WorkstationItemId) => void;
  tick: (id: WorkstationItemId, done: boolean) => void;
  restart: () => void;
  /** Back to the first item not answered yet (after the standing-desk items were added). */
  resume: () => void;
}

/** Where a check with these answers opens: the first open item, or the list when all are in. */
function openingView(items: readonly WorkstationItem[], record: WorkstationRecord): View {
  const open = firstUnanswered(items, record);
  return open === -1 ? 'list' : open;
}

/**
 * The check's state: the answers read before the first render (`data`), every change saved at
 * once (local storage, lib/storage/items.ts), and changes made elsewhere (another tab, the
 * sit-stand setting) followed as they come.
 */
export function useWorkstation(data: PageData): WorkstationPage {
  const settingsNow = () => data.settings()?.settings;
  const [settings, setSettings] = useState(settingsNow);
  const items = checklistFor(hasSitStandDesk(settings));
  const [record, setRecord] = useState(() => parseWorkstation(data.value(WORKSTATION_KEY)));
  const [view, setView] = useState<View>(() => openingView(items, record));
  const [saveFailed, setSaveFailed] = useState(false);
  // The record as last changed here, before the page re-renders with it: two quick answers both
  // build on the one before.
  const latest = useRef(record);
  // What this page wrote and has not yet heard back from storage. Storage tells of each write
  // after it is made, so an answer given meanwhile must not be replaced by the older value it
  // hears; a value this page did not write (another tab) is taken as it comes.
  const unheard = useRef<string[]>([]);

  useEffect(
    () =>
      data.watch((keys) => {
        setSettings(settingsNow());
        if (!keys.has(WORKSTATION_KEY)) return;
        const heard = parseWorkstation(data.value(WORKSTATION_KEY));
        const at = unheard.current.indexOf(JSON.stringify(heard));
        if (at !== -1) {
          unheard.current = unheard.current.slice(at + 1);
          return;
        }
        latest.current = heard;
        setRecord(heard);
      }),
    [data],
  );

  const save = (next: WorkstationRecord) => {
    latest.current = next;
    unheard.current.push(JSON.stringify(next));
    setRecord(next);
    workstationItem.setValue(next).then(
      () => setSaveFailed(false),
      (error: unknown) => {
        unheard.current = unheard.current.filter((value) => value !== JSON.stringify(next));
        console.warn('Limber: could not save the workstation check', error);
        setSaveFailed(true);
      },
    );
  };

  // A view the items no longer have (the sit-stand setting turned off meanwhile) moves on.
  const shown: View = typeof view === 'number' && !items[view] ? openingView(items, record) : view;

  return {
    items,
    record,
    view: shown,
    saveFailed,
    answer: (id, given) => {
      // Only the item on show can be answered (not one a double click reaches unseen).
      if (typeof shown !== 'number' || items[shown]?.id !== id) return;
      const next = giveAnswer(items, latest.current, id, given, Date.now());
      save(next);
      setView(nextStep(items, next, shown));
    },
    back: () => {
      if (typeof shown === 'number' && shown > 0) setView(shown - 1);
    },
    edit: (id) => {
      const at = items.findIndex((item) => item.id === id);
      if (at !== -1) setView(at);
    },
    tick: (id, done) => save(setFixed(latest.current, id, done)),
    restart: () => {
      save(startOver(latest.current));
      setView(0);
    },
    resume: () => setView(openingView(items, record)),
  };
}
