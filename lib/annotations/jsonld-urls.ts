// Ids in the JSON-LD documents must be URIs, not IRIs: a slug or id is
// percent-encoded so Chinese slugs stay valid (the W3C schemas check "format": "uri").

function root(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

export function annotationJsonLdUrl(baseUrl: string, annotationId: string): string {
  return `${root(baseUrl)}/api/v1/annotations/${encodeURIComponent(annotationId)}.jsonld`;
}

/** The article's AnnotationCollection, or one of its AnnotationPages when `page` is given. */
export function articleAnnotationsJsonLdUrl(baseUrl: string, articleSlug: string, page?: number): string {
  const collection = `${root(baseUrl)}/api/v1/articles/${encodeURIComponent(articleSlug)}/annotations.jsonld`;
  return page === undefined ? collection : `${collection}?page=${page}`;
}

export function articleUrl(baseUrl: string, articleSlug: string): string {
  return `${root(baseUrl)}/articles/${encodeURIComponent(articleSlug)}`;
}

export function userUrl(baseUrl: string, userId: string): string {
  return `${root(baseUrl)}/users/${encodeURIComponent(userId)}`;
}

export function siteUrl(baseUrl: string): string {
  return root(baseUrl);
}
