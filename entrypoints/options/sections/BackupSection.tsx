import { useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { exportSettings, parseSettingsFile, tooLargeMessage } from '@/lib/settings/transfer';
import type { SettingsPlace } from '@/lib/storage/settings';
import type { SettingsForm } from '../useSettings';
import { Section } from './Section';

/** Problems listed in full up to this many; a hostile file could have thousands. */
const MAX_LISTED = 10;

/** Only problems are reported here; a successful import is announced by the save status. */
type ImportReport = { ok: false; problems: string[] };

export function placeText(place: SettingsPlace): string {
  if (place.area === 'sync') {
    return "Your settings are kept in your browser's sync storage: with browser sync turned on, they follow you to your other computers.";
  }
  const why =
    place.reason === 'quota'
      ? "Your browser's sync storage is over its limit"
      : "Your browser's sync storage is not available";
  return `${why}, so your settings are saved on this computer only. Limber tries sync again with your next change.`;
}

function countChanges(before: Settings, after: Settings): number {
  return (Object.keys(after) as (keyof Settings)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  ).length;
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
  const resetButton = useRef<HTMLButtonElement>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) imports it again.
    input.value = '';
    if (!file) return;
    const tooLarge = tooLargeMessage(file.size);
    const result = tooLarge
      ? { ok: false as const, problems: [tooLarge] }
      : parseSettingsFile(await file.text());
    if (!result.ok) {
      setReport(result);
      return;
    }
    const changes = countChanges(settings, result.settings);
    const message =
      changes === 0
        ? `Imported ${file.name}: it matches your settings, nothing changed.`
        : `Imported ${file.name}: ${changes} ${changes === 1 ? 'setting' : 'settings'} changed.`;
    await form.replace(result.settings, message);
  };

  const closeConfirm = () => {
    setConfirming(false);
    resetButton.current?.focus();
  };

  return (
    <Section id="backup" title="Your settings">
      <p class="place" id="settings-place">
        {placeText(form.place)}
      </p>
      <div class="backup-actions">
        <button
          type="button"
          onClick={() => {
            const { fileName, text } = exportSettings(settings, Date.now());
            download(fileName, text);
          }}
        >
          Export settings
        </button>
        <div class="import">
          <label class="field-label" for="import-file">
            Import settings from a file
          </label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="import-help"
            onChange={(event) => {
              setReport(null);
              importFile(event.currentTarget).catch((error: unknown) =>
                setReport({
                  ok: false,
                  problems: [`The file could not be read: ${String(error)}`],
                }),
              );
            }}
          />
          <p class="field-help" id="import-help">
            A file made with "Export settings". It is checked in full first: if anything in it is
            wrong, nothing changes.
          </p>
        </div>
        {report && (
          <div class="import-report" role="alert">
            <p>
              <strong>Nothing was imported.</strong>{' '}
              {report.problems.length === 1
                ? 'The file has a problem:'
                : 'The file has these problems:'}
            </p>
            <ul>
              {report.problems.slice(0, MAX_LISTED).map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
            {report.problems.length > MAX_LISTED && (
              <p>…and {report.problems.length - MAX_LISTED} more.</p>
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
            Reset to defaults…
          </button>
        </div>
      </div>
      <ConfirmDialog
        id="reset-confirm"
        open={confirming}
        title="Reset all settings?"
        confirmLabel="Reset settings"
        onCancel={closeConfirm}
        onConfirm={() => {
          setConfirming(false);
          form
            .replace(
              { ...DEFAULT_SETTINGS, workingHours: { ...DEFAULT_SETTINGS.workingHours } },
              'Every setting is back to its default',
            )
            .finally(() => resetButton.current?.focus());
        }}
      >
        <p>
          Every setting goes back to Limber's default, on every computer your settings sync to. Your
          break history is kept. Export your settings first if you may want them back.
        </p>
      </ConfirmDialog>
    </Section>
  );
}
