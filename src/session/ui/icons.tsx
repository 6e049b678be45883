/** Small line icons for the session, document and export controls (16 px, currentColor). */
import type { ReactNode } from "react";

function Icon({ children, size = 14 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const BookmarkIcon = () => (
  <Icon>
    <path d="M4 2.5h8v11l-4-2.8-4 2.8z" />
  </Icon>
);
export const DownloadIcon = () => (
  <Icon>
    <path d="M8 2.5v8M4.5 7.5 8 11l3.5-3.5M3 13.5h10" />
  </Icon>
);
export const UploadIcon = () => (
  <Icon>
    <path d="M8 11V3M4.5 6.5 8 3l3.5 3.5M3 13.5h10" />
  </Icon>
);
export const DocPlusIcon = () => (
  <Icon>
    <path d="M9.5 2H4.5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1V5z" />
    <path d="M9.5 2v3h3M8 7.5v4M6 9.5h4" />
  </Icon>
);
export const PencilIcon = () => (
  <Icon>
    <path d="M10.5 2.5 13.5 5.5 6 13H3v-3z" />
  </Icon>
);
export const CopyIcon = () => (
  <Icon>
    <rect x="5.5" y="5.5" width="8" height="8" rx="1" />
    <path d="M10.5 5.5V3.5a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" />
  </Icon>
);
export const TrashIcon = () => (
  <Icon>
    <path d="M2.5 4.5h11M6 4.5V3h4v1.5M4 4.5l.7 9h6.6l.7-9" />
  </Icon>
);
export const PinIcon = () => (
  <Icon>
    <path d="M6 2.5h4M7 2.5v4L4.5 9h7L9 6.5v-4M8 9v4.5" />
  </Icon>
);
export const CheckIcon = () => (
  <Icon size={12}>
    <path d="M3 8.5 6.5 12 13 4.5" />
  </Icon>
);
export const CrossIcon = () => (
  <Icon size={12}>
    <path d="M4 4l8 8M12 4l-8 8" />
  </Icon>
);
export const CaretIcon = () => (
  <Icon size={10}>
    <path d="M4 6l4 4 4-4" />
  </Icon>
);
