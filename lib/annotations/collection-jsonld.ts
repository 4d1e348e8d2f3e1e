import {
  ANNO_CONTEXT,
  toEmbeddedAnnotation,
  type AnnotationInput,
  type EmbeddedAnnotation,
  type JsonLdOptions,
} from "@/lib/annotations/annotation-jsonld";
import { articleAnnotationsJsonLdUrl } from "@/lib/annotations/jsonld-urls";
import { AppError } from "@/lib/errors";

/** One page of an article's public annotations; `page` counts from 1. */
export type AnnotationPageInput = {
  articleSlug: string;
  articleTitle: string;
  /** The public annotations on this page, in the collection's order. */
  annotations: readonly AnnotationInput[];
  page: number;
  pageSize: number;
  /** Public annotations on the article, over all pages. */
  total: number;
};

/** The collection document embeds its first page, so `annotations` are those of page 1. */
export type AnnotationCollectionInput = Omit<AnnotationPageInput, "page">;

/** An AnnotationPage as the collection's embedded `first`, where partOf is just the collection's id. */
export type EmbeddedAnnotationPage = {
  id: string;
  type: "AnnotationPage";
  partOf: string;
  startIndex: number;
  items: EmbeddedAnnotation[];
  prev?: string;
  next?: string;
};

/** A page on its own says which collection it belongs to and how big that is. */
export type AnnotationPage = {
  "@context": typeof ANNO_CONTEXT;
  partOf: { id: string; label: string; total: number };
} & Omit<EmbeddedAnnotationPage, "partOf">;

/** Without annotations there are no pages, so no first and last (model 5.1). */
export type AnnotationCollection = {
  "@context": typeof ANNO_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first?: EmbeddedAnnotationPage;
  last?: string;
};

/** A page number past the last page (or any page of an empty collection). */
export class PageOutOfRangeError extends AppError {
  constructor(readonly page: number) {
    super("not_found", "No such page of annotations.");
    this.name = "PageOutOfRangeError";
  }
}

export function pageCount(total: number, pageSize: number): number {
  return Math.ceil(total / pageSize);
}

function collectionLabel(articleTitle: string): string {
  return `Public highlights and notes: ${articleTitle}`;
}

function checkCounts(pageSize: number, total: number) {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`invalid page size ${pageSize}`);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`invalid total ${total}`);
}

function embeddedPage(input: AnnotationPageInput, options: JsonLdOptions): EmbeddedAnnotationPage {
  const { articleSlug, page, pageSize, total } = input;
  checkCounts(pageSize, total);
  const pages = pageCount(total, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new PageOutOfRangeError(page);
  const pageUrl = (n: number) => articleAnnotationsJsonLdUrl(options.baseUrl, articleSlug, n);
  return {
    id: pageUrl(page),
    type: "AnnotationPage",
    partOf: articleAnnotationsJsonLdUrl(options.baseUrl, articleSlug),
    startIndex: (page - 1) * pageSize,
    items: input.annotations.map((annotation) => toEmbeddedAnnotation(annotation, options)),
    ...(page > 1 ? { prev: pageUrl(page - 1) } : {}),
    ...(page < pages ? { next: pageUrl(page + 1) } : {}),
  };
}

/**
 * GET /api/v1/articles/<slug>/annotations.jsonld?page=N. Throws
 * PageOutOfRangeError for a page that does not exist, PrivateAnnotationError
 * if a private annotation slipped in.
 */
export function toAnnotationPage(input: AnnotationPageInput, options: JsonLdOptions): AnnotationPage {
  const { id, type, partOf, ...rest } = embeddedPage(input, options);
  return {
    "@context": ANNO_CONTEXT,
    id,
    type,
    partOf: {
      id: partOf,
      label: collectionLabel(input.articleTitle),
      total: input.total,
    },
    ...rest,
  };
}

/**
 * GET /api/v1/articles/<slug>/annotations.jsonld. The first page is embedded
 * (as the Web Annotation Protocol does) so most articles need one request.
 */
export function toAnnotationCollection(input: AnnotationCollectionInput, options: JsonLdOptions): AnnotationCollection {
  checkCounts(input.pageSize, input.total);
  const collection: AnnotationCollection = {
    "@context": ANNO_CONTEXT,
    id: articleAnnotationsJsonLdUrl(options.baseUrl, input.articleSlug),
    type: "AnnotationCollection",
    label: collectionLabel(input.articleTitle),
    total: input.total,
  };
  if (input.total === 0) return collection;
  const last = pageCount(input.total, input.pageSize);
  return {
    ...collection,
    first: embeddedPage({ ...input, page: 1 }, options),
    last: articleAnnotationsJsonLdUrl(options.baseUrl, input.articleSlug, last),
  };
}
