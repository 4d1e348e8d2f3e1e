import { createHash } from "node:crypto";
import { checkDisplayName, type DisplayNameProblem } from "@/lib/auth/display-name";

/**
 * Demo users of the local OpenID Connect issuer: whoever types a name is that
 * user. The subject is derived from the name, so the same name signs in as the
 * same identity after a restart, and the e-mail too, so the same name on two
 * local issuers looks like one person with two providers (which the app must
 * not merge by e-mail).
 */
export type DemoUser = { sub: string; name: string; email: string };

export function demoUser(typed: string): { ok: true; user: DemoUser } | { ok: false; problem: DisplayNameProblem } {
  const checked = checkDisplayName(typed);
  if (!checked.ok) return checked;
  const name = checked.name;
  const sub = `demo-${createHash("sha256").update(name).digest("hex").slice(0, 24)}`;
  const local = /^[a-z0-9._-]+$/i.test(name) ? name.toLowerCase() : sub;
  return { ok: true, user: { sub, name, email: `${local}@demo.invalid` } };
}

const AVATAR_COLOURS = ["#9a3412", "#1d4ed8", "#047857", "#7c3aed", "#b45309", "#be185d"];

/** A round avatar with the name's first character, as an SVG document. */
export function demoAvatarSvg(name: string): string {
  const initial = Array.from(name.trim())[0] ?? "?";
  const hash = createHash("sha256").update(name).digest();
  const colour = AVATAR_COLOURS[(hash[0] ?? 0) % AVATAR_COLOURS.length];
  const text = initial.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="${colour}"/><text x="32" y="42" font-size="28" font-family="sans-serif" text-anchor="middle" fill="#fff">${text}</text></svg>`;
}
