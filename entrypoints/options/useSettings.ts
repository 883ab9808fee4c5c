import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { PageData } from '@/lib/pages/page-data';
import { checkDraft, type Draft, type DraftField, draftLabel } from '@/lib/settings/form';
import {
  effectiveSettings,
  keepLocked,
  lockedFields,
  NO_POLICY,
  type Policy,
} from '@/lib/settings/policy';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { readPolicy } from '@/lib/storage/policy';
import {
  loadSettings,
  type SettingsPlace,
  saveSettings,
  syncedByNewerVersion,
  watchSettings,
} from '@/lib/storage/settings';

export type { Draft, DraftField };

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** `what` was done, said as a clause without its full stop ("Schedule set: …"). */
  | { kind: 'saved'; place: SettingsPlace; what?: string }
  | { kind: 'invalid'; field: DraftField; label: string; message: string }
  | { kind: 'failed'; message: string };

export interface SettingsForm {
  /**
   * The settings in force (the organisation's policy where it sets them, the user's own
   * elsewhere); null until the stored settings are read.
   */
  settings: Settings | null;
  /** The organisation's policy: what it locks, and what in it is ignored as invalid. */
  policy: Policy;
  /** Whether the organisation sets this setting, so the user cannot change it. */
  locked(field: string): boolean;
  place: SettingsPlace;
  /**
   * The synced settings come from a newer Limber: they are read as far as this version knows
   * them and never written over, so changes made here stay on this computer.
   */
  newer: boolean;
  drafts: Partial<Record<DraftField, Draft>>;
  errors: Partial<Record<DraftField, string>>;
  status: SaveStatus;
  /** The user is typing: keep the text; a shown error is re-checked so it clears once fixed. */
  edit(field: DraftField, draft: Draft): void;
  /** The user is done with a field (blur, Enter, a click): save it if valid, else say why not. */
  commit(field: DraftField, draft?: Draft): void;
  /**
   * Saves a change that cannot be invalid (a checkbox, a preset); drafts of the fields it
   * sets (`replaces`) give way to it.
   */
  change(
    apply: (s: Settings) => Settings,
    options?: { what?: string; replaces?: readonly DraftField[] },
  ): Promise<boolean>;
  /** Replaces everything (import, reset), dropping every draft. */
  replace(settings: Settings, what: string): Promise<boolean>;
}

/**
 * The settings form. `data` is the page's stored data, read before its first render (see
 * main.tsx), so that render shows the settings; later changes are read through lib/storage.
 */
export function useSettings(data: PageData): SettingsForm {
  // As read before the first render (null if that read is not in).
  const [first] = useState(() => data.settings());
  // The user's own settings: what is saved. The page shows them with the policy applied.
  const [settings, setSettings] = useState<Settings | null>(first?.own ?? null);
  const [policy, setPolicy] = useState<Policy>(first?.policy ?? NO_POLICY);
  const policyRef = useRef(policy);
  policyRef.current = policy;
  const [place, setPlace] = useState<SettingsPlace>(first?.place ?? { area: 'sync' });
  const [newer, setNewer] = useState(first?.newer ?? false);
  // Which of the data's changes the first render showed.
  const firstRevision = useRef(first ? data.revision() : -1);
  const [drafts, setDrafts] = useState<Partial<Record<DraftField, Draft>>>({});
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  // Refs hold the latest values for the save queue and event handlers between renders.
  const saved = useRef<Settings>(first?.own ?? DEFAULT_SETTINGS);
  // Drafts are checked against the settings in force (a break length against the policy's).
  const inForce = () => effectiveSettings(policyRef.current, saved.current);
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const errorsRef = useRef(errors);
  errorsRef.current = errors;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Changes made but still queued behind an earlier save: shown at once on top of what is saved,
  // so a box ticked while another change is being written is not redrawn unticked meanwhile.
  const pending = useRef<{ apply: (s: Settings) => Settings }[]>([]);
  const showSaved = useCallback(() => {
    setSettings(
      pending.current.reduce(
        (s, change) => keepLocked(policyRef.current, change.apply(s), s),
        saved.current,
      ),
    );
  }, []);

  const reload = useCallback(async () => {
    const [loaded, fromNewer, read] = await Promise.all([
      loadSettings(),
      syncedByNewerVersion(),
      readPolicy(),
    ]);
    saved.current = loaded.settings;
    policyRef.current = read;
    setPolicy(read);
    showSaved();
    setPlace(loaded.place);
    setNewer(fromNewer);
  }, [showSaved]);

  useEffect(() => {
    // Read again only if the first render did not show the settings as they are now.
    if (data.revision() !== firstRevision.current) {
      reload().catch((error: unknown) =>
        setStatus({ kind: 'failed', message: t('options_error_read', String(error)) }),
      );
    }
    // Changes from elsewhere (another device, the popup) show at once; drafts stay as typed.
    // Queued behind this page's own saves, so a read never overtakes a write.
    return watchSettings(() => {
      queue.current = queue.current.then(reload).catch(() => undefined);
    });
  }, [reload, data]);

  const save = useCallback(
    (apply: (s: Settings) => Settings, what?: string): Promise<boolean> => {
      const change = { apply };
      pending.current.push(change);
      // Shown at once, so a checkbox never flickers back while the write is on its way.
      showSaved();
      const run = queue.current.then(async () => {
        setStatus({ kind: 'saving' });
        const before = saved.current;
        // A setting the organisation locks keeps the user's own value, whatever the change.
        const next = keepLocked(policyRef.current, apply(before), before);
        saved.current = next;
        pending.current = pending.current.filter((p) => p !== change);
        showSaved();
        try {
          const where = await saveSettings(next);
          setPlace(where);
          setStatus({ kind: 'saved', place: where, what });
          return true;
        } catch (error) {
          saved.current = before;
          showSaved();
          setStatus({ kind: 'failed', message: t('options_error_save', String(error)) });
          return false;
        }
      });
      queue.current = run;
      return run;
    },
    [showSaved],
  );

  const setError = (field: DraftField, message: string | null) => {
    setErrors((all) => {
      const next = { ...all };
      if (message === null) delete next[field];
      else next[field] = message;
      return next;
    });
  };

  const dropDraft = (field: DraftField) => {
    setDrafts((all) => {
      const next = { ...all };
      delete next[field];
      return next;
    });
  };

  const edit = useCallback((field: DraftField, draft: Draft) => {
    setDrafts((all) => ({ ...all, [field]: draft }));
    if (errorsRef.current[field] === undefined) return;
    const checked = checkDraft(field, draft, inForce());
    setError(field, checked.ok ? null : checked.message);
    // Fixed: the status no longer blames this field (it is saved when the field is left).
    if (checked.ok) {
      setStatus((now) => (now.kind === 'invalid' && now.field === field ? { kind: 'idle' } : now));
    }
  }, []);

  const commit = useCallback(
    (field: DraftField, given?: Draft) => {
      const draft = given ?? draftsRef.current[field];
      if (!draft) return;
      if (given) setDrafts((all) => ({ ...all, [field]: given }));
      const checked = checkDraft(field, draft, inForce());
      if (!checked.ok) {
        setError(field, checked.message);
        setStatus({
          kind: 'invalid',
          field,
          label: draftLabel(field),
          message: checked.message,
        });
        return;
      }
      setError(field, null);
      save(checked.apply).then((ok) => {
        // Keep the text if saving failed, so nothing typed is lost.
        if (!ok) return;
        if (draftsRef.current[field] === draft) dropDraft(field);
        // A refused value may have been refused only because of this one (an end time before
        // the old start, a break longer than the old long break): now it may stand.
        for (const [other, otherDraft] of Object.entries(draftsRef.current)) {
          const name = other as DraftField;
          if (name === field || errorsRef.current[name] === undefined) continue;
          if (checkDraft(name, otherDraft, inForce()).ok) commitRef.current(name, otherDraft);
        }
      });
    },
    [save],
  );
  const commitRef = useRef(commit);
  commitRef.current = commit;

  // Closing or leaving the tab does not blur the field being typed in: save what is valid.
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState !== 'hidden') return;
      for (const [field, draft] of Object.entries(draftsRef.current)) {
        const checked = checkDraft(field as DraftField, draft, inForce());
        if (checked.ok) save(checked.apply);
      }
    };
    document.addEventListener('visibilitychange', flush);
    return () => document.removeEventListener('visibilitychange', flush);
  }, [save]);

  const replace = useCallback(
    async (next: Settings, what: string) => {
      const ok = await save(() => next, what);
      if (ok) {
        setDrafts({});
        setErrors({});
      }
      return ok;
    },
    [save],
  );

  const change = useCallback(
    async (
      apply: (s: Settings) => Settings,
      options: { what?: string; replaces?: readonly DraftField[] } = {},
    ) => {
      const ok = await save(apply, options.what);
      if (ok) {
        for (const field of options.replaces ?? []) {
          dropDraft(field);
          setError(field, null);
        }
      }
      return ok;
    },
    [save],
  );

  const shown = useMemo(
    () => (settings === null ? null : effectiveSettings(policy, settings)),
    [policy, settings],
  );
  const locked = useCallback(
    (field: string) =>
      (lockedFields(policy) as readonly string[]).includes(field.split('.')[0] ?? ''),
    [policy],
  );

  return {
    settings: shown,
    policy,
    locked,
    place,
    newer,
    drafts,
    errors,
    status,
    edit,
    commit,
    change,
    replace,
  };
}
