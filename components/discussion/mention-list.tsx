"use client";

import { Avatar } from "@/components/auth/avatar";

/** The @mention candidates under the textarea; the textarea keeps focus and drives it with the arrow keys. */
export function MentionList({
  id,
  options,
  activeIndex,
  onPick,
  label,
}: {
  id: string;
  options: readonly { id: string; name: string; image: string | null }[];
  activeIndex: number;
  onPick: (name: string) => void;
  label: string;
}) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={label}
      className="absolute left-2 top-full z-20 mt-1 max-h-56 w-60 max-w-[calc(100%-1rem)] overflow-auto rounded-lg border border-black/10 bg-white py-1 text-sm shadow-lg"
    >
      {options.map((option, index) => (
        <li
          key={option.id}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === activeIndex}
          // mousedown would blur the textarea and close the list before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(option.name)}
          className="flex cursor-pointer items-center gap-2 px-3 py-1.5 aria-selected:bg-accent/10 aria-selected:text-accent"
        >
          <Avatar name={option.name} image={option.image} size={20} />
          <span className="truncate">{option.name}</span>
        </li>
      ))}
    </ul>
  );
}
