export type AuditChange = { field: string; before: string; after: string };

function shown(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * What an audit entry changed, field by field: only the top-level fields
 * whose values differ between `before` and `after` (a creation has no
 * before, a removal no after), in the order they first appear.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const old = asRecord(before);
  const now = asRecord(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return fields.flatMap((field) => {
    const was = shown(old[field]);
    const is = shown(now[field]);
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}
