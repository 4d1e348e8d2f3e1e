import "server-only";
import { getTranslations } from "next-intl/server";
import { enabledProviderSettings, type ProviderSetting } from "@/lib/auth/provider-settings";
import { env } from "@/lib/env";

export type NamedProvider = { id: string; name: string };

const TRANSLATED = new Set<ProviderSetting["kind"]>(["github", "google", "wechat"]);

/**
 * The enabled providers with names in the reader's language (微信 / WeChat);
 * an OpenID Connect issuer keeps the name its settings give it.
 */
export async function enabledProviders(): Promise<NamedProvider[]> {
  const t = await getTranslations("auth.providers");
  return enabledProviderSettings(env).map((setting) => ({
    id: setting.id,
    name: TRANSLATED.has(setting.kind) ? t(setting.kind as "github" | "google" | "wechat") : setting.name,
  }));
}

/** A provider's name, or its id when it is no longer enabled (its accounts stay listed). */
export function providerName(providers: readonly NamedProvider[], id: string): string {
  return providers.find((provider) => provider.id === id)?.name ?? id;
}
