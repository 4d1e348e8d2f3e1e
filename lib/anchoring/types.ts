/** One block of the article (paragraph, heading, ...) as stored. */
export type Block = {
  anchor: string;
  text: string;
};

/** Where a block sits in the document text, in code points; `end` is exclusive. */
export type BlockSpan = {
  anchor: string;
  start: number;
  end: number;
};

/** A position expressed relative to a block instead of the whole document. */
export type BlockPosition = {
  anchor: string;
  offset: number;
};

/** W3C Web Annotation TextQuoteSelector; all strings are in normalised form. */
export type TextQuoteSelector = {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
};

/** W3C Web Annotation TextPositionSelector, in code points of the document text; `end` is exclusive. */
export type TextPositionSelector = {
  type: "TextPositionSelector";
  start: number;
  end: number;
};

/** Everything stored with a highlight to find it again. */
export type HighlightSelectors = {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  startAnchor: string;
  endAnchor: string;
};

export type AnchorMethod = "position" | "quote" | "fuzzy";

export type AnchorResult =
  | {
      status: "anchored";
      start: number;
      end: number;
      method: AnchorMethod;
      startAnchor: string;
      endAnchor: string;
    }
  | { status: "orphan" };
