import type { ReportReason } from "@/lib/api/moderation-schemas";

/** The reasons a reader can give, in the order the report dialog lists them. */
export const REPORT_REASONS = ["SPAM", "ABUSE", "OFF_TOPIC", "MISINFORMATION", "OTHER"] as const satisfies readonly ReportReason[];
