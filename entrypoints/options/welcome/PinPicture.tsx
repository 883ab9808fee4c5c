import { t } from '@/lib/i18n/t';

/**
 * An original drawing of a browser's toolbar with its Extensions menu (the puzzle piece) open:
 * Limber's row in that menu and the pin beside it, both ringed. No words inside, so it needs no
 * translation; its text alternative says what it shows.
 */
export function PinPicture() {
  return (
    <svg
      class="pin-picture"
      viewBox="0 0 360 170"
      role="img"
      aria-labelledby="pin-picture-title"
      focusable="false"
    >
      <title id="pin-picture-title">{t('options_welcome_pin_picture')}</title>
      {/* The window and its toolbar. */}
      <rect class="pin-window" x="1" y="1" width="358" height="168" rx="12" />
      <path class="pin-toolbar" d="M1 13 Q1 1 13 1 L347 1 Q359 1 359 13 L359 46 L1 46 Z" />
      <circle class="pin-dot" cx="20" cy="23" r="5" />
      <circle class="pin-dot" cx="36" cy="23" r="5" />
      <rect class="pin-address" x="56" y="12" width="178" height="22" rx="11" />
      {/* Limber's button, pinned: the state the picture leads to. */}
      <rect class="pin-limber" x="250" y="12" width="22" height="22" rx="6" />
      <text class="pin-badge" x="261" y="27.5" text-anchor="middle">
        25
      </text>
      {/* The puzzle piece: the Extensions menu. */}
      <g class="pin-highlight-ring">
        <circle cx="296" cy="23" r="15" />
      </g>
      <path
        class="pin-ink"
        d="M289 17 h4 a3 3 0 1 1 6 0 h4 v4 a3 3 0 1 1 0 6 v5 h-14 z"
        stroke-linejoin="round"
      />
      <circle class="pin-dot" cx="332" cy="23" r="8" />
      {/* The open menu, Limber's row ringed, with the pin. */}
      <path class="pin-arrow" d="M296 40 L296 56" />
      <rect class="pin-menu" x="150" y="56" width="196" height="100" rx="10" />
      <rect class="pin-line" x="166" y="70" width="92" height="8" rx="4" />
      <rect class="pin-row" x="160" y="88" width="176" height="30" rx="7" />
      <rect class="pin-limber" x="168" y="93" width="20" height="20" rx="5" />
      <rect class="pin-line-strong" x="196" y="99" width="70" height="8" rx="4" />
      <g class="pin-highlight-ring">
        <circle cx="318" cy="103" r="12" />
      </g>
      <path
        class="pin-ink pin-pin"
        d="M314 96 h8 M315.5 96 l-1.5 8 h8 l-1.5 -8 M318 104 v7"
        stroke-linejoin="round"
      />
      <rect class="pin-limber-muted" x="168" y="127" width="20" height="20" rx="5" />
      <rect class="pin-line" x="196" y="133" width="84" height="8" rx="4" />
    </svg>
  );
}
