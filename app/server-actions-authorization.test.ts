import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Server actions are public endpoints: every one that changes data must go
 * through requireUser() or requireRole(), which refuse signed-out (401),
 * suspended and banned (403) callers. A new action without either fails here
 * unless it is listed below with the reason it needs no account.
 */
const OPEN_TO_ANYONE: Record<string, string> = {
  signInAction: "signing in is how one gets an account (limited per address instead)",
  signOutAction: "anyone may end their own session, whatever their standing",
  switchLocale: "sets the caller's own language cookie",
};

function serverActionFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : serverActionFiles(full);
    return /\.tsx?$/.test(entry.name) && /^["']use server["']/m.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

/** Each exported function of a file with the source text up to the next export. */
function exportedFunctions(source: string): { name: string; text: string }[] {
  const starts = [...source.matchAll(/^export (?:async )?function (\w+)/gm)];
  return starts.map((match, index) => ({ name: match[1]!, text: source.slice(match.index, starts[index + 1]?.index ?? source.length) }));
}

describe("server actions", () => {
  const actions = ["app", "components", "lib"].flatMap((root) =>
    serverActionFiles(path.join(process.cwd(), root)).flatMap((file) =>
      exportedFunctions(readFileSync(file, "utf8")).map((action) => ({ ...action, file: path.relative(process.cwd(), file) })),
    ),
  );

  it("are found", () => {
    expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining(Object.keys(OPEN_TO_ANYONE)));
  });

  it("check the caller's account, or are open to anyone for a stated reason", () => {
    const unchecked = actions.filter((action) => !/\brequire(?:User|Role)\(/.test(action.text) && !(action.name in OPEN_TO_ANYONE));
    expect(unchecked.map((action) => `${action.file}: ${action.name}`)).toEqual([]);
  });
});
