// A few inline icons (16 px, stroke in the current colour). Decorative: hidden from screen readers.
import type { JSX } from 'preact';

function Icon({ children, size = 16 }: { children: JSX.Element | JSX.Element[]; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const IconTarget = () => (
  <Icon size={14}>
    <circle cx="8" cy="8" r="5.25" />
    <circle cx="8" cy="8" r="1.75" />
    <path d="M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15" />
  </Icon>
);
export const IconCopy = () => (
  <Icon>
    <rect x="5.25" y="5.25" width="8.5" height="8.5" rx="1.5" />
    <path d="M10.75 5.25V3.75a1.5 1.5 0 0 0-1.5-1.5h-5.5a1.5 1.5 0 0 0-1.5 1.5v5.5a1.5 1.5 0 0 0 1.5 1.5h1.5" />
  </Icon>
);
export const IconDownload = () => (
  <Icon>
    <path d="M8 2.25v8M4.75 7 8 10.25 11.25 7M2.75 13.75h10.5" />
  </Icon>
);
export const IconColumns = () => (
  <Icon>
    <rect x="2.25" y="2.75" width="11.5" height="10.5" rx="1.5" />
    <path d="M6.1 2.75v10.5M9.9 2.75v10.5" />
  </Icon>
);
export const IconReport = () => (
  <Icon>
    <path d="M4 1.75h5.5l2.75 2.75v9.75H4z" />
    <path d="M9.25 1.75V4.75h3M6 8h4.5M6 10.5h4.5" />
  </Icon>
);
export const IconGear = () => (
  <Icon>
    <circle cx="8" cy="8" r="2.1" />
    <path d="M8 1.5v1.6M8 12.9v1.6M1.5 8h1.6M12.9 8h1.6M3.4 3.4l1.15 1.15M11.45 11.45l1.15 1.15M3.4 12.6l1.15-1.15M11.45 4.55l1.15-1.15" />
  </Icon>
);
export const IconCheck = () => (
  <Icon>
    <path d="m3 8.5 3.25 3.25L13 5" />
  </Icon>
);
export const IconPrint = () => (
  <Icon>
    <path d="M4.25 5.75V1.75h7.5v4M4.25 11.5h-1.5a1 1 0 0 1-1-1V6.75a1 1 0 0 1 1-1h10.5a1 1 0 0 1 1 1v3.75a1 1 0 0 1-1 1h-1.5" />
    <rect x="4.25" y="9.25" width="7.5" height="5" />
  </Icon>
);
export const IconExternal = () => (
  <Icon size={12}>
    <path d="M9.5 2.25h4.25V6.5M13.5 2.5 7.5 8.5M11.75 9.5v3.25a1 1 0 0 1-1 1h-7.5a1 1 0 0 1-1-1v-7.5a1 1 0 0 1 1-1H6.5" />
  </Icon>
);
/** The extension's icon (public/icon/sceptic.svg): a magnifier over a question mark. */
export const IconLogo = ({ size = 20 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
    <rect x="4" y="4" width="120" height="120" rx="28" fill="#1f2a44" />
    <circle cx="56" cy="54" r="30" fill="none" stroke="#ffffff" stroke-width="12" />
    <path d="M78 77 L104 103" stroke="#f5a524" stroke-width="16" stroke-linecap="round" />
    <path d="M46 45 q0 -12 11 -12 q11 0 11 10 q0 7 -8 10 q-4 2 -4 8" fill="none" stroke="#f5a524" stroke-width="8" stroke-linecap="round" />
    <circle cx="56" cy="72" r="4.8" fill="#f5a524" />
  </svg>
);
