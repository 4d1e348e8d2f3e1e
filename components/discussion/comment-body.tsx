import Markdown, { defaultUrlTransform } from "react-markdown";

// The safe subset: paragraphs, emphasis, links, quotes and inline code. Raw
// HTML in the source is dropped (never parsed), other Markdown is unwrapped to text.
const ALLOWED_ELEMENTS = ["p", "em", "strong", "a", "blockquote", "code", "br"];
const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return SAFE_PROTOCOL.test(cleaned) ? cleaned : "";
}

export function CommentBody({ body }: { body: string }) {
  return (
    <div className="comment-body space-y-2 break-words [&_blockquote]:border-l-2 [&_blockquote]:border-black/15 [&_blockquote]:pl-3 [&_blockquote]:text-muted [&_code]:rounded [&_code]:bg-black/5 [&_code]:px-1">
      <Markdown
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        skipHtml
        urlTransform={safeUrl}
        components={{
          a: ({ href, children }) =>
            href ? (
              <a href={href} rel="nofollow ugc noopener noreferrer" target="_blank" className="text-accent underline underline-offset-2">
                {children}
              </a>
            ) : (
              <span>{children}</span>
            ),
        }}
      >
        {body}
      </Markdown>
    </div>
  );
}
