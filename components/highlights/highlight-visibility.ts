import type { HighlightDto } from "@/lib/api/highlight-schemas";

export type HighlightVisibility = HighlightDto["visibility"];
