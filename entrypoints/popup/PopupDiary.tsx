import { useEffect, useState } from 'preact/hooks';
import { Disclosure } from '@/components/Disclosure';
import { t } from '@/lib/i18n/t';
import './PopupDiary.css';

type DiaryPanelModule = typeof import('./diary-panel');

let loading: Promise<DiaryPanelModule> | null = null;

/** The check-in and its storage, fetched once the popup knows the diary is on. */
function loadPanel(): Promise<DiaryPanelModule> {
  loading ??= import('./later').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * The pain diary's place in the popup (issue 19): with the diary on, today's check-in (loaded
 * after the first render, so the status shows first); with it off, a quiet invitation to turn it
 * on in the settings; nothing at all when the organisation's policy does not allow the diary
 * (`allowed` false), since the user could not turn it on.
 */
export function PopupDiary({ on, allowed = true }: { on: boolean; allowed?: boolean }) {
  const [panel, setPanel] = useState<DiaryPanelModule | null>(null);
  const [inviteOpen, setInviteOpen] = useState(false);
  useEffect(() => {
    if (!on || !allowed || panel) return;
    let live = true;
    loadPanel()
      .then((loaded) => {
        if (live) setPanel(loaded);
      })
      .catch((error: unknown) => console.error('Limber: could not load the pain diary', error));
    return () => {
      live = false;
    };
  }, [on, allowed, panel]);

  if (!allowed) return null;
  if (!on) {
    // The invitation as one row of the "Your back" card: it opens in place when chosen.
    return (
      <Disclosure
        title={t('diary_popup_heading')}
        headingLevel={2}
        open={inviteOpen}
        onToggle={() => setInviteOpen((was) => !was)}
      >
        <p class="popup-diary-invite muted">
          {t('diary_popup_invite')}{' '}
          <a href="/options.html#diary" target="_blank" rel="noreferrer">
            {t('diary_popup_invite_link')}
          </a>
        </p>
      </Disclosure>
    );
  }
  return panel ? <panel.DiaryPanel /> : null;
}
