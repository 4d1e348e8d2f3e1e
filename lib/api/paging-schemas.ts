import { z } from "zod";

/** Keyset paging, the same on every list: an opaque cursor in, the next one out. */
export const CursorParamSchema = z.string().max(500).optional().meta({ description: "The nextCursor of the previous page." });

export const NextCursorSchema = z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null at the end." });
