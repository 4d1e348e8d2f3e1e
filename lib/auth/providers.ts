import "server-only";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import WeChat from "next-auth/providers/wechat";
import type { ProviderSetting } from "@/lib/auth/provider-settings";

// Sign-in is all we use a provider for: we never call its API afterwards, so no
// access or refresh token is stored (the Account row keeps only the identity).
const keepNoTokens = () => undefined;

function toProvider(setting: ProviderSetting): Provider {
  switch (setting.kind) {
    case "github":
      return GitHub({ clientId: setting.clientId, clientSecret: setting.clientSecret, checks: ["pkce", "state"], account: keepNoTokens });
    case "google":
      return Google({
        clientId: setting.clientId,
        clientSecret: setting.clientSecret,
        checks: ["pkce", "state", "nonce"],
        account: keepNoTokens,
      });
    case "wechat":
      return WeChat({
        clientId: setting.clientId,
        clientSecret: setting.clientSecret,
        platformType: setting.platformType,
        account: keepNoTokens,
        // The built-in profile keys accounts by unionid, which WeChat only sends
        // when the app is bound to an Open Platform account; openid always exists.
        profile: (profile) => ({
          id: profile.unionid ?? profile.openid,
          name: profile.nickname,
          email: null,
          image: profile.headimgurl,
        }),
      });
    case "oidc":
      return {
        id: setting.id,
        name: setting.name,
        type: "oidc",
        issuer: setting.issuer,
        clientId: setting.clientId,
        clientSecret: setting.clientSecret,
        checks: ["pkce", "state", "nonce"],
        account: keepNoTokens,
      };
  }
}

export function buildProviders(settings: readonly ProviderSetting[]): Provider[] {
  return settings.map(toProvider);
}
