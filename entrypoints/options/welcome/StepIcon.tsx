/** Decorative pictures for the welcome's three points; the text beside each says it all. */
export function StepIcon({ kind }: { kind: 'count' | 'remind' | 'back' }) {
  return (
    <svg
      class={`step-icon step-icon--${kind}`}
      viewBox="0 0 48 48"
      width={48}
      height={48}
      aria-hidden="true"
      focusable="false"
    >
      <circle class="step-icon-disc" cx="24" cy="24" r="24" />
      <g class="step-icon-ink" fill="none" stroke-width="2.5" stroke-linecap="round">
        {kind === 'count' && (
          // A stopwatch: time sat is counted.
          <>
            <circle cx="24" cy="26" r="11" />
            <path d="M24 26 L24 19" />
            <path d="M24 26 L29 29" />
            <path d="M21 11 L27 11" />
            <path d="M24 11 L24 15" />
            <path d="M33 16 L35.5 13.5" />
          </>
        )}
        {kind === 'remind' && (
          // A figure standing up, arms raised in a stretch.
          <>
            <circle cx="24" cy="12.5" r="3.2" />
            <path d="M16 11 L20 19 L24 20 L28 19 L32 11" stroke-linejoin="round" />
            <path d="M24 20 L24 29" />
            <path d="M24 29 L19.5 38" />
            <path d="M24 29 L28.5 38" />
          </>
        )}
        {kind === 'back' && (
          // A spine in a gentle curve, beside a cross for health care.
          <>
            <path d="M19 10 Q15 17 18 24 Q21 31 18 38" />
            <path d="M15.5 14 L22 14" />
            <path d="M14.5 20 L21 20" />
            <path d="M16 26 L22.5 26" />
            <path d="M16 32 L22.5 32" />
            <path d="M32 19 L32 29" />
            <path d="M27 24 L37 24" />
          </>
        )}
      </g>
    </svg>
  );
}
