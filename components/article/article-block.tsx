import type { BlockDto } from "@/lib/api/article-schemas";
import { CommentMarker } from "@/components/discussion/comment-marker";

// The open thread's marker has aria-expanded=true; its block shows which text is under discussion.
const OPEN_TINT = "rounded-sm has-[[data-thread-marker][aria-expanded=true]]:bg-amber-100/50 has-[[data-thread-marker][aria-expanded=true]]:shadow-[0_0_0_6px_rgb(254_243_199/0.5)]";

function Permalink({ anchor, label }: { anchor: string; label: string }) {
  return (
    <a
      href={`#${anchor}`}
      aria-label={label}
      className="absolute -left-6 top-0 hidden select-none text-muted/60 no-underline opacity-0 transition group-hover:opacity-100 focus:opacity-100 md:block"
    >
      ¶
    </a>
  );
}

/**
 * One block of the article, with its stable anchor as the element id. Blocks a
 * discussion can hang on carry its comment marker; the block is tinted while
 * its thread is open.
 */
export function ArticleBlock({ block, labels }: { block: BlockDto; labels: { permalink: string; figure: string; section: string } }) {
  const common = { id: block.anchor, "data-block": block.anchor, "data-kind": block.kind };
  switch (block.kind) {
    case "heading":
      return (
        <h2 {...common} className={`group relative mt-12 mb-6 font-serif text-2xl font-bold leading-snug ${OPEN_TINT}`}>
          <Permalink anchor={block.anchor} label={labels.permalink} />
          {block.label && (
            <span className="mb-1 block font-sans text-3xl font-light tracking-widest text-accent" aria-label={labels.section}>
              {block.label}
            </span>
          )}
          <span data-block-text>{block.text}</span>
          <CommentMarker anchor={block.anchor} />
        </h2>
      );
    case "figure":
      return (
        <figure {...common} className={`group relative my-6 ${OPEN_TINT}`}>
          <div
            role="img"
            aria-label={labels.figure}
            className="flex h-28 w-full items-center sm:h-36 justify-center rounded-md border border-dashed border-black/15 bg-black/[0.03] text-sm text-muted"
          >
            {labels.figure}
          </div>
          <figcaption className="relative mt-2 text-center text-sm text-muted">
            <span data-block-text>{block.text}</span>
            <CommentMarker anchor={block.anchor} />
          </figcaption>
        </figure>
      );
    case "disclaimer":
      return (
        <p {...common} className="mt-10 rounded-md bg-black/[0.03] p-4 text-sm leading-relaxed text-muted">
          <span data-block-text>{block.text}</span>
        </p>
      );
    case "paragraph":
      return (
        <p {...common} className={`group relative my-5 ${OPEN_TINT}`}>
          <Permalink anchor={block.anchor} label={labels.permalink} />
          <span data-block-text>{block.text}</span>
          <CommentMarker anchor={block.anchor} />
        </p>
      );
  }
}
