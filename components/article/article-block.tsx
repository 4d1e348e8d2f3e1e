import type { BlockDto } from "@/lib/api/article-schemas";

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

/** One block of the article, with its stable anchor as the element id. */
export function ArticleBlock({ block, labels }: { block: BlockDto; labels: { permalink: string; figure: string; section: string } }) {
  const common = { id: block.anchor, "data-block": block.anchor, "data-kind": block.kind };
  switch (block.kind) {
    case "heading":
      return (
        <h2 {...common} className="group relative mt-12 mb-6 font-serif text-2xl font-bold leading-snug">
          <Permalink anchor={block.anchor} label={labels.permalink} />
          {block.label && (
            <span className="mb-1 block font-sans text-3xl font-light tracking-widest text-accent" aria-label={labels.section}>
              {block.label}
            </span>
          )}
          <span data-block-text>{block.text}</span>
        </h2>
      );
    case "figure":
      return (
        <figure {...common} className="group relative my-6">
          <div
            role="img"
            aria-label={labels.figure}
            className="flex h-28 w-full items-center sm:h-36 justify-center rounded-md border border-dashed border-black/15 bg-black/[0.03] text-sm text-muted"
          >
            {labels.figure}
          </div>
          <figcaption className="mt-2 text-center text-sm text-muted">
            <span data-block-text>{block.text}</span>
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
        <p {...common} className="group relative my-5">
          <Permalink anchor={block.anchor} label={labels.permalink} />
          <span data-block-text>{block.text}</span>
        </p>
      );
  }
}
