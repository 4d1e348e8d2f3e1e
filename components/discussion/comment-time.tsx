"use client";

import { useFormatter, useNow, useTimeZone, useTranslations } from "next-intl";
import { commentAge } from "@/components/discussion/comment-age";

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
const EXACT = { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit" } as const;

/** 刚刚 / 5分钟前 / 昨天 …, refreshed every minute; the exact time on hover and in dateTime. */
export function CommentTime({ iso, className }: { iso: string; className?: string }) {
  const now = useNow({ updateInterval: 60_000 });
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  const t = useTranslations("discussion.time");
  const date = new Date(iso);
  const age = commentAge(date, now, timeZone);
  let label: string;
  switch (age.kind) {
    case "justNow":
      label = t("justNow");
      break;
    case "yesterday":
      label = t("yesterday");
      break;
    case "ago":
      // Measured from a "now" exactly `value` units later, so the wording matches our rounding.
      label = format.relativeTime(date, { now: new Date(date.getTime() + age.value * UNIT_MS[age.unit]), unit: age.unit });
      break;
    case "date":
      label = format.dateTime(date, age.sameYear ? { month: "long", day: "numeric" } : { year: "numeric", month: "long", day: "numeric" });
      break;
  }
  return (
    // Server and browser may read the clock a minute apart.
    <time dateTime={iso} title={format.dateTime(date, EXACT)} className={className} suppressHydrationWarning>
      {label}
    </time>
  );
}

/** The exact time, for titles such as "编辑于 …". */
export function useExactTime() {
  const format = useFormatter();
  return (iso: string) => format.dateTime(new Date(iso), EXACT);
}
