import { NextResponse } from "next/server";
import { handleErrors } from "@/lib/api/json-response";
import { listArticles } from "@/lib/articles/list-articles";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async () => NextResponse.json({ articles: await listArticles() }));
