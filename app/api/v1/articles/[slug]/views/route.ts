import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { SlugParamsSchema } from "@/lib/api/article-schemas";
import { recordArticleView } from "@/lib/articles/record-article-view";
import { isVisitorId } from "@/lib/articles/view-day";

const VISITOR_COOKIE = "mg_visitor";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export const POST = handleErrors(async (request: NextRequest, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await parseParams(SlugParamsSchema, context.params);
  const known = request.cookies.get(VISITOR_COOKIE)?.value;
  const visitorId = isVisitorId(known) ? known : null;
  // Without the cookie nothing is counted: the cookie is set here and the client posts again.
  const response = NextResponse.json(await recordArticleView({ slug, visitorId }));
  if (visitorId === null) {
    response.cookies.set(VISITOR_COOKIE, randomUUID(), {
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      maxAge: ONE_YEAR_SECONDS,
      path: "/",
    });
  }
  return response;
});
