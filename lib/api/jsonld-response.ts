import "server-only";
import { NextResponse } from "next/server";
import { ANNOTATION_JSONLD_CONTENT_TYPE } from "@/lib/annotations/annotation-jsonld";
import { env } from "@/lib/env";

/** The origin annotation ids are built on: the configured public site, else the address asked. */
export function jsonLdBaseUrl(request: Request): string {
  return env.SITE_URL ?? new URL(request.url).origin;
}

/** A Web Annotation Protocol answer: JSON-LD with the anno.jsonld profile. Public data, so shared caches may keep it briefly. */
export function jsonLdResponse(document: object): NextResponse {
  return NextResponse.json(document, {
    headers: { "Content-Type": ANNOTATION_JSONLD_CONTENT_TYPE, "Cache-Control": "public, max-age=60", Vary: "Accept" },
  });
}
