"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { updateSettingsAction } from "@/app/moderation/actions";
import type { ModerationErrorKey } from "@/app/moderation/action-result";
import { PreModerationSchema, type ModerationSettingsDto } from "@/lib/api/moderation-schemas";

const FIELD = "mt-1 block w-28 rounded-lg border border-black/20 bg-white px-2.5 py-1.5 tabular-nums focus-visible:outline-2 focus-visible:outline-accent";

type NumberSetting = Exclude<keyof ModerationSettingsDto, "preModeration" | "holdLinksFromNewUsers">;
/** Bounds the schema enforces, repeated for the browser's own number fields. */
const NUMBERS: Record<NumberSetting, { min: number; max: number }> = {
  newUserCommentCount: { min: 0, max: 1000 },
  reportHideThreshold: { min: 1, max: 1000 },
  commentIntervalSeconds: { min: 0, max: 86_400 },
  commentsPerHour: { min: 1, max: 100_000 },
  signInAttemptsPer15Min: { min: 1, max: 100_000 },
};

type Status = { kind: "saved" } | { kind: "error"; key: ModerationErrorKey; fields: string[] } | null;

/** Pre-moderation, held links, the report threshold and the rate limits; saved together, audited by the service. */
export function SettingsForm({ settings }: { settings: ModerationSettingsDto }) {
  const t = useTranslations("moderation.settings");
  const tErrors = useTranslations("moderation.errors");
  const [status, setStatus] = useState<Status>(null);
  const [pending, startTransition] = useTransition();

  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const numbers = Object.fromEntries(Object.keys(NUMBERS).map((key) => [key, Number(data.get(key))]));
    startTransition(async () => {
      const result = await updateSettingsAction({
        preModeration: String(data.get("preModeration")) as ModerationSettingsDto["preModeration"],
        holdLinksFromNewUsers: data.get("holdLinksFromNewUsers") === "on",
        ...numbers,
      });
      setStatus(result.ok ? { kind: "saved" } : { kind: "error", key: result.error, fields: Object.keys(result.fields ?? {}) });
    });
  };

  const invalid = (field: string) => status?.kind === "error" && status.fields.includes(field);
  const numberField = (name: NumberSetting) => (
    <label key={name} className="block text-sm">
      <span className="font-medium">{t(`fields.${name}`)}</span>
      <input
        type="number"
        name={name}
        inputMode="numeric"
        defaultValue={settings[name]}
        min={NUMBERS[name].min}
        max={NUMBERS[name].max}
        step={1}
        required
        aria-invalid={invalid(name)}
        className={`${FIELD} aria-invalid:border-red-600`}
      />
      {invalid(name) && <span className="mt-1 block text-xs text-red-700">{t("outOfRange", NUMBERS[name])}</span>}
    </label>
  );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
      onChange={() => setStatus(null)}
      className="space-y-6"
      data-testid="settings-form"
    >
      <fieldset className="space-y-2 text-sm">
        <legend className="font-medium">{t("preModeration")}</legend>
        {PreModerationSchema.options.map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="preModeration" value={value} defaultChecked={settings.preModeration === value} className="accent-accent" />
            {t(`preModerationOptions.${value}`)}
          </label>
        ))}
        <div className="pl-6">{numberField("newUserCommentCount")}</div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="holdLinksFromNewUsers" defaultChecked={settings.holdLinksFromNewUsers} className="size-4 accent-accent" />
        {t("fields.holdLinksFromNewUsers")}
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        {numberField("reportHideThreshold")}
        {numberField("commentIntervalSeconds")}
        {numberField("commentsPerHour")}
        {numberField("signInAttemptsPer15Min")}
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-full bg-ink px-4 py-1.5 text-sm text-paper disabled:opacity-60">
          {pending ? t("saving") : t("save")}
        </button>
        <p aria-live="polite" className="text-sm">
          {status?.kind === "saved" && <span className="text-green-800">{t("saved")}</span>}
          {status?.kind === "error" && <span className="text-red-700">{tErrors(status.key)}</span>}
        </p>
      </div>
    </form>
  );
}
