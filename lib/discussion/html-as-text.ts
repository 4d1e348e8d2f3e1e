/**
 * A remark plugin that keeps raw HTML in a comment as the text it is.
 *
 * Dropping it (react-markdown's skipHtml) turned `<img src=x onerror=…>` into
 * an empty comment, hiding what the author wrote from readers and moderators.
 * As text nodes it is escaped like any other text: nothing is ever parsed as
 * HTML. The walk uses an explicit stack, not recursion.
 */

type MarkdownNode = { type: string; value?: string; children?: MarkdownNode[] };

// Parents whose children are blocks: HTML there becomes a paragraph of text.
const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

export function htmlAsText(tree: MarkdownNode): void {
  const stack: MarkdownNode[] = [tree];
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    const children = parent.children;
    if (!children) continue;
    const block = BLOCK_PARENTS.has(parent.type);
    children.forEach((child, index) => {
      if (child.type === "html") {
        const text: MarkdownNode = { type: "text", value: child.value ?? "" };
        children[index] = block ? { type: "paragraph", children: [text] } : text;
      } else if (child.children) {
        stack.push(child);
      }
    });
  }
}

/** The plugin for react-markdown's remarkPlugins. */
export function remarkHtmlAsText() {
  return htmlAsText;
}
