"use client";

import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";

/**
 * Shows the view total and reports this visit once. The server counts a
 * visitor once a day, so a reload or React's double effect costs nothing.
 */
export function ViewCounter({ slug, initialViews }: { slug: string; initialViews: number }) {
  const [views, setViews] = useState(initialViews);
  const format = useFormatter();
  const t = useTranslations("article");

  useEffect(() => {
    const controller = new AbortController();
    const post = () =>
      fetch(`/api/v1/articles/${encodeURIComponent(slug)}/views`, { method: "POST", signal: controller.signal }).then((response) =>
        response.ok ? (response.json() as Promise<{ views: number; retry?: boolean }>) : null,
      );
    // A first visit has no visitor cookie yet: that answer sets it and asks for one more POST, which counts.
    post()
      .then((body) => (body?.retry ? post() : body))
      .then((body) => {
        if (body) setViews(body.views);
      })
      .catch(() => {
        // A missed count is not worth bothering the reader about.
      });
    return () => controller.abort();
  }, [slug]);

  return (
    <span data-testid="view-count" title={t("viewsExact", { count: format.number(views) })}>
      {t("views", { count: format.number(views, { notation: "compact", maximumFractionDigits: 1 }) })}
    </span>
  );
}
