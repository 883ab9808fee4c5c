import { useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { entriesOf } from '@/lib/diary/entry';
import { t, tn, uiLocale } from '@/lib/i18n/t';
import { effectiveSettings, lockedChanges, lockedFields } from '@/lib/settings/policy';
import { policyFieldName } from '@/lib/settings/policy-text';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { exportSettings, parseSettingsFile, tooLargeMessage } from '@/lib/settings/transfer';
import { readCustomExercises, saveCustomExercises } from '@/lib/storage/custom-exercises';
import { mergeDiaryEntries, readDiary } from '@/lib/storage/diary';
import type { SettingsPlace } from '@/lib/storage/settings';
import type { SettingsForm } from '../useSettings';
import { Section } from './Section';

/** Problems listed in full up to this many; a hostile file could have thousands. */
const MAX_LISTED = 10;

/** Only problems are reported here; a successful import is announced by the save status. */
type ImportReport = { ok: false; problems: string[] };

export function placeText(place: SettingsPlace): string {
  if (place.area === 'sync') return t('options_place_sync');
  if (place.reason === 'newer') return t('options_place_local_newer');
  return place.reason === 'quota'
    ? t('options_place_local_quota')
    : t('options_place_local_unavailable');
}

function countChanges(before: Settings, after: Settings): number {
  return (Object.keys(after) as (keyof Settings)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  ).length;
}

/** A list in the user's language ("a, b and c"). */
function listFormat(): Intl.ListFormat {
  return new Intl.ListFormat(uiLocale(), { type: 'conjunction' });
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the object URL by the next task; free it then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Where settings are kept, and moving them: export, import, reset. */
export function BackupSection({ form, settings }: { form: SettingsForm; settings: Settings }) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The input itself is emptied after each import (see importFile), so the name is kept here.
  const [chosen, setChosen] = useState<string | null>(null);
  // The file's values for settings the organisation sets, which an import leaves as they are.
  const [notImported, setNotImported] = useState<string | null>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) imports it again.
    input.value = '';
    if (!file) return;
    setChosen(file.name);
    const tooLarge = tooLargeMessage(file.size);
    const result = tooLarge
      ? { ok: false as const, problems: [tooLarge] }
      : parseSettingsFile(await file.text());
    if (!result.ok) {
      setReport(result);
      return;
    }
    // A locked setting keeps the organisation's value (the form never saves over it): say so.
    const skipped = lockedChanges(form.policy, result.settings, settings);
    setNotImported(
      skipped.length > 0
        ? t('policy_import_locked', listFormat().format(skipped.map(policyFieldName)))
        : null,
    );
    const changes = countChanges(settings, effectiveSettings(form.policy, result.settings));
    let message =
      changes === 0
        ? t('options_imported_same', file.name)
        : tn('options_imported_changes', changes, file.name);
    // The file's pain diary joins the one here day by day, each day's newest edit winning.
    if (result.sections.diary) {
      const { merged } = await mergeDiaryEntries(result.sections.diary);
      message = `${message}. ${tn('diary_imported', merged)}`;
    }
    // The file's own exercises replace the list here, in the file's order (checked on parse).
    const own = result.sections.customExercises;
    if (own) {
      await saveCustomExercises(own);
      message = `${message.replace(/\.$/, '')}. ${tn('myexercises_imported', own.length)}`;
    }
    await form.replace(result.settings, message);
  };

  const closeConfirm = () => {
    setConfirming(false);
    resetButton.current?.focus();
  };

  return (
    <Section id="backup" title={t('options_backup_title')}>
      <p class="place" id="settings-place">
        {placeText(form.newer ? { area: 'local', reason: 'newer' } : form.place)}
      </p>
      <div class="backup-actions">
        <button
          type="button"
          onClick={async () => {
            // The pain diary goes with the settings (issue 19): it is the person's, like them.
            const diary = entriesOf(await readDiary().catch(() => ({})));
            // So are their own exercises, from their therapist.
            const customExercises = await readCustomExercises().catch(() => []);
            const { fileName, text } = exportSettings(
              settings,
              Date.now(),
              lockedFields(form.policy),
              {
                diary,
                customExercises,
              },
            );
            download(fileName, text);
          }}
        >
          {t('options_export')}
        </button>
        <div class="import">
          {/* The native control, visually hidden but labelled and reached by Tab, behind a
              styled button (its label) and the chosen file's name. */}
          <span class="field-label" id="import-label">
            {t('options_import_label')}
          </span>
          <div class="file-picker">
            <input
              id="import-file"
              class="file-input"
              type="file"
              accept=".json,application/json"
              aria-labelledby="import-label"
              aria-describedby="import-chosen import-help"
              onChange={(event) => {
                setReport(null);
                setNotImported(null);
                importFile(event.currentTarget).catch((error: unknown) =>
                  setReport({
                    ok: false,
                    problems: [t('options_import_read_error', String(error))],
                  }),
                );
              }}
            />
            <label for="import-file" class="file-button">
              {t('options_import_choose')}
            </label>
            <span class="file-name" id="import-chosen">
              {chosen ?? t('options_import_none')}
            </span>
          </div>
          <p class="field-help" id="import-help">
            {t('options_import_help')}
          </p>
          {lockedFields(form.policy).length > 0 && (
            <p class="field-help">{t('policy_export_note')}</p>
          )}
        </div>
        {notImported && (
          <p class="import-locked" role="status">
            {notImported}
          </p>
        )}
        {report && (
          <div class="import-report" role="alert">
            <p>
              <strong>{t('options_import_nothing')}</strong>{' '}
              {tn('options_import_problems', report.problems.length)}
            </p>
            <ul>
              {report.problems.slice(0, MAX_LISTED).map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
            {report.problems.length > MAX_LISTED && (
              <p>{tn('options_import_more', report.problems.length - MAX_LISTED)}</p>
            )}
          </div>
        )}
        <div>
          <button
            type="button"
            ref={resetButton}
            class="danger-outline"
            onClick={() => setConfirming(true)}
          >
            {t('options_reset')}
          </button>
        </div>
      </div>
      <ConfirmDialog
        id="reset-confirm"
        open={confirming}
        title={t('options_reset_title')}
        confirmLabel={t('options_reset_confirm')}
        onCancel={closeConfirm}
        onConfirm={() => {
          setConfirming(false);
          form
            .replace(
              { ...DEFAULT_SETTINGS, workingHours: { ...DEFAULT_SETTINGS.workingHours } },
              t('options_reset_done'),
            )
            .finally(() => resetButton.current?.focus());
        }}
      >
        <p>{t('options_reset_body')}</p>
      </ConfirmDialog>
    </Section>
  );
}
