// Decorative icons: the buttons around them carry the accessible names.

type IconProps = { className?: string };

export function SpeechBubbleIcon({ className }: IconProps) {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" className={className}>
      <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" strokeLinejoin="round" />
    </svg>
  );
}

export function HeartIcon({ className, filled }: IconProps & { filled: boolean }) {
  return (
    <svg viewBox="0 0 16 16" fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth="1.5" aria-hidden="true" className={className}>
      <path d="M8 13.5S2 10 2 6.2A3 3 0 0 1 8 4.6a3 3 0 0 1 6 1.6C14 10 8 13.5 8 13.5z" strokeLinejoin="round" />
    </svg>
  );
}

export function CloseIcon({ className }: IconProps) {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.75" aria-hidden="true" className={className}>
      <path d="M4 4l8 8M12 4l-8 8" strokeLinecap="round" />
    </svg>
  );
}

export function BellIcon({ className }: IconProps) {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" className={className}>
      <path d="M4 11V7a4 4 0 0 1 8 0v4l1 1.5H3z M6.5 14h3" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
