export type Participant = { id: string; name: string };

/**
 * The participants an "@name" in the body refers to. Names may contain spaces
 * and CJK characters, so candidates are matched longest name first at each "@".
 */
export function findMentions(body: string, participants: readonly Participant[]): string[] {
  const byLength = participants.filter((p) => p.name.length > 0).sort((a, b) => b.name.length - a.name.length);
  const mentioned = new Set<string>();
  for (let at = body.indexOf("@"); at !== -1; at = body.indexOf("@", at + 1)) {
    const rest = body.slice(at + 1);
    const match = byLength.find((p) => rest.startsWith(p.name));
    if (match) mentioned.add(match.id);
  }
  return [...mentioned];
}
