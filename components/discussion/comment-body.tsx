import { useTranslations } from "next-intl";
import Markdown, { defaultUrlTransform } from "react-markdown";
import { CommentBodyBoundary } from "@/components/discussion/comment-body-boundary";
import { remarkHtmlAsText } from "@/lib/discussion/html-as-text";
import { isTooDeeplyNested } from "@/lib/discussion/markdown-depth";

// The safe subset: paragraphs, emphasis, links, quotes and inline code. Raw
// HTML in the source is shown as text (never parsed), other Markdown is unwrapped to text.
const ALLOWED_ELEMENTS = ["p", "em", "strong", "a", "blockquote", "code", "br"];
const SAFE_PROTOCOL = /^(https?:|mailto:)/i;
const REMARK_PLUGINS = [remarkHtmlAsText];

function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return SAFE_PROTOCOL.test(cleaned) ? cleaned : "";
}

export function CommentBody({ body }: { body: string }) {
  const t = useTranslations("discussion");
  const fallback = (
    <p className="italic text-muted" data-testid="comment-unrenderable">
      {t("unrenderable")}
    </p>
  );
  // Bodies stored before writes were checked may nest thousands of levels deep;
  // rendering them overflows the stack (on the server too, where no error
  // boundary helps), so they are not rendered at all.
  if (isTooDeeplyNested(body)) return <div className="comment-body">{fallback}</div>;
  return (
    <div className="comment-body space-y-2 break-words [&_blockquote]:border-l-2 [&_blockquote]:border-black/15 [&_blockquote]:pl-3 [&_blockquote]:text-muted [&_code]:rounded [&_code]:bg-black/5 [&_code]:px-1">
      <CommentBodyBoundary key={body} fallback={fallback}>
        <Markdown
          remarkPlugins={REMARK_PLUGINS}
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
      </CommentBodyBoundary>
    </div>
  );
}
