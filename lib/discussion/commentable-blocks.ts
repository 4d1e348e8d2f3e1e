import type { BlockDto } from "@/lib/api/article-schemas";
import type { BlockKind } from "@/lib/generated/prisma/enums";

/**
 * Blocks a discussion can hang on: paragraphs, headings and figure captions.
 * The disclaimer is boilerplate, not something to discuss.
 */
export const COMMENTABLE_BLOCK_KINDS: readonly BlockDto["kind"][] = ["paragraph", "heading", "figure"];

/** The same kinds as the database spells them. */
export const COMMENTABLE_DB_KINDS: readonly BlockKind[] = COMMENTABLE_BLOCK_KINDS.map((kind) => kind.toUpperCase() as BlockKind);

/** The `anchor` query value (and cursor scope) of the article-wide discussion. */
export const ARTICLE_DISCUSSION = "article";
