/** What a key press asks of the moderation queue. */
export type QueueCommand = "next" | "previous" | "toggleSelect" | "approve" | "reject" | "help";

const KEYS: Record<string, QueueCommand> = { j: "next", k: "previous", x: "toggleSelect", a: "approve", r: "reject", "?": "help" };

export type ShortcutKey = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  keyCode: number;
  /** The focused element, when the key went to one that takes text. */
  target: { tagName: string; isContentEditable: boolean; type?: string } | null;
};

const TEXT_INPUT_TYPES = new Set(["text", "search", "email", "url", "number", "password", "tel", "date", "datetime-local", "time"]);

function takesText(target: ShortcutKey["target"]): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toLowerCase();
  if (tag === "textarea" || tag === "select") return true;
  return tag === "input" && TEXT_INPUT_TYPES.has((target.type ?? "text").toLowerCase());
}

/**
 * The command for a key, or null. Nothing fires while the reader types in a
 * field or composes with an IME (keyCode 229 covers Safari, which ends the
 * composition before the confirming keydown), nor with Ctrl/⌘/Alt held, so
 * browser shortcuts keep working.
 */
export function queueCommand(event: ShortcutKey): QueueCommand | null {
  if (event.isComposing || event.keyCode === 229) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (takesText(event.target)) return null;
  return KEYS[event.key] ?? null;
}
