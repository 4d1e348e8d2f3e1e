import "server-only";
import type { MyHighlightDto } from "@/lib/api/highlight-schemas";
import type { CurrentUser } from "@/lib/accounts/get-current-user";
import { listMyHighlights } from "@/lib/highlights/list-my-highlights";

const PAGE = 100;
/** An export is one response; past this many highlights it holds the newest ones. */
export const MAX_EXPORTED = 20_000;

/** All of the user's highlights, newest first, for the Markdown export (signed out: 401 from listMyHighlights). */
export async function listAllMyHighlights(user: CurrentUser | null): Promise<MyHighlightDto[]> {
  const all: MyHighlightDto[] = [];
  let cursor: string | undefined;
  do {
    const page = await listMyHighlights({ user, cursor, limit: PAGE });
    all.push(...page.highlights);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < MAX_EXPORTED);
  return all.slice(0, MAX_EXPORTED);
}
