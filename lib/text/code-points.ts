// Offsets in this app count Unicode code points, not UTF-16 code units, so
// characters outside the BMP (emoji, CJK Extension B such as 𠀀) count as one.

export function toCodePoints(text: string): string[] {
  return Array.from(text);
}

export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    // A high surrogate followed by its low surrogate is one code point.
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** Like String#slice, but `start` and `end` are code-point offsets (negative offsets are not supported). */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return toCodePoints(text).slice(start, end).join("");
}
