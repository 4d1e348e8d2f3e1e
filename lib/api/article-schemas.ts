import { z } from "zod";

export const BlockKindSchema = z.enum(["paragraph", "heading", "figure", "disclaimer"]);

export const BlockSchema = z
  .object({
    anchor: z.string().meta({ description: "Stable id derived from the content; the element id on the page.", example: "b-3f9a2c1d" }),
    kind: BlockKindSchema,
    label: z.string().nullable().meta({ description: "Section number of a heading, e.g. \"01\"." }),
    text: z.string().meta({ description: "The text exactly as published." }),
  })
  .meta({ id: "Block" });

export const ArticleSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    subtitle: z.string().nullable(),
    isOriginal: z.boolean(),
    publishedAt: z.iso.datetime(),
    views: z.number().int().nonnegative(),
  })
  .meta({ id: "ArticleSummary" });

export const RelatedArticleSchema = z.object({ title: z.string(), timeLabel: z.string() }).meta({ id: "RelatedArticle" });

export const ArticleSchema = ArticleSummarySchema.extend({
  byline: z.string().meta({ description: "The byline as printed in the source." }),
  blocks: z.array(BlockSchema),
  related: z.array(RelatedArticleSchema),
}).meta({ id: "Article" });

export const ArticleListSchema = z.object({ articles: z.array(ArticleSummarySchema) }).meta({ id: "ArticleList" });

export const ViewCountSchema = z
  .object({
    views: z.number().int().nonnegative(),
    counted: z.boolean().meta({ description: "False when this visitor was already counted today, or carried no visitor cookie." }),
    retry: z
      .boolean()
      .optional()
      .meta({ description: "True when the request carried no visitor cookie: this response sets it, and a second POST counts the view." }),
  })
  .meta({ id: "ViewCount" });

export const SlugParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });

export const HealthSchema = z.object({ status: z.literal("ok") }).meta({ id: "Health" });

export type ArticleDto = z.infer<typeof ArticleSchema>;
export type ArticleSummaryDto = z.infer<typeof ArticleSummarySchema>;
export type BlockDto = z.infer<typeof BlockSchema>;
export type ViewCountDto = z.infer<typeof ViewCountSchema>;
