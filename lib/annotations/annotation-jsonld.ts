import type { TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring/types";
import { annotationJsonLdUrl, articleUrl, siteUrl, userUrl } from "@/lib/annotations/jsonld-urls";
import { AppError } from "@/lib/errors";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** What the .jsonld endpoints answer with (Web Annotation Protocol, section 4). */
export const ANNOTATION_JSONLD_CONTENT_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;

// The site publishes Chinese articles, and notes on them are written in Chinese.
const CONTENT_LANGUAGE = "zh";

/** A reader's highlight (note null) or note, as stored. */
export type AnnotationInput = {
  id: string;
  articleSlug: string;
  articleTitle: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Markdown; null for a plain highlight. */
  note: string | null;
  creator: { id: string; name: string };
  created: Date;
  modified: Date | null;
  visibility: "public" | "private";
};

export type JsonLdOptions = {
  /** The site's absolute origin (and base path), e.g. "https://marginalia.example". */
  baseUrl: string;
};

export type TextualBody = {
  type: "TextualBody";
  value: string;
  format: "text/markdown";
  language: string;
};

export type Agent = {
  id: string;
  type: "Person" | "Software";
  name: string;
  homepage?: string;
};

/**
 * A SpecificResource (its type is left implicit, as in the model's examples).
 * The two selectors are alternatives for the same text: a consumer uses the
 * one it supports. Positions count code points of the normalised document text.
 * The source's label (rdfs:label in the anno context) is the article's title.
 */
export type AnnotationTarget = {
  source: { id: string; type: "Text"; format: "text/html"; language: string; label: string };
  selector: [TextQuoteSelector, TextPositionSelector];
};

/** An Annotation inside an AnnotationPage, where the page's @context applies. */
export type EmbeddedAnnotation = {
  id: string;
  type: "Annotation";
  motivation: "highlighting" | "commenting";
  body?: TextualBody;
  created: string;
  modified?: string;
  creator: Agent;
  generator: Agent;
  target: AnnotationTarget;
};

export type WebAnnotation = { "@context": typeof ANNO_CONTEXT } & EmbeddedAnnotation;

/** Private annotations never leave the app: to clients they do not exist. */
export class PrivateAnnotationError extends AppError {
  constructor(readonly annotationId: string) {
    super("not_found", "No public annotation with that id.");
    this.name = "PrivateAnnotationError";
  }
}

/** The generator of every exported annotation: this site. */
function marginaliaAgent(options: JsonLdOptions): Agent {
  const site = siteUrl(options.baseUrl);
  return { id: site, type: "Software", name: "Marginalia", homepage: site };
}

/** Throws PrivateAnnotationError for a private annotation. */
export function toEmbeddedAnnotation(input: AnnotationInput, options: JsonLdOptions): EmbeddedAnnotation {
  if (input.visibility !== "public") throw new PrivateAnnotationError(input.id);
  const { baseUrl } = options;
  const { quote, position } = input;
  return {
    id: annotationJsonLdUrl(baseUrl, input.id),
    type: "Annotation",
    motivation: input.note === null ? "highlighting" : "commenting",
    ...(input.note === null
      ? {}
      : { body: { type: "TextualBody", value: input.note, format: "text/markdown", language: CONTENT_LANGUAGE } }),
    created: input.created.toISOString(),
    ...(input.modified === null ? {} : { modified: input.modified.toISOString() }),
    creator: { id: userUrl(baseUrl, input.creator.id), type: "Person", name: input.creator.name },
    generator: marginaliaAgent(options),
    target: {
      source: {
        id: articleUrl(baseUrl, input.articleSlug),
        type: "Text",
        format: "text/html",
        language: CONTENT_LANGUAGE,
        label: input.articleTitle,
      },
      // Copied field by field so nothing else stored with a selector leaks out.
      selector: [
        { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: "TextPositionSelector", start: position.start, end: position.end },
      ],
    },
  };
}

/** GET /api/v1/annotations/<id>.jsonld. Throws PrivateAnnotationError for a private annotation. */
export function toAnnotation(input: AnnotationInput, options: JsonLdOptions): WebAnnotation {
  return { "@context": ANNO_CONTEXT, ...toEmbeddedAnnotation(input, options) };
}
