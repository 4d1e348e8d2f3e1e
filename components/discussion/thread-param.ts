/**
 * The URL parameter naming the thread open in the panel: a block anchor,
 * note-<highlight id> (note-thread-key.ts), or the article-wide discussion.
 * A plain module, so the server page can read it too.
 */
export const THREAD_PARAM = "thread";
export const ARTICLE_THREAD = "article";
