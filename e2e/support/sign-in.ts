import { expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { E2E_BASE_URL } from "./server-env";

/** The local issuers `npm start` runs for the tests (see server-env.ts). */
export type LocalIssuer = "oidc" | "oidc2";

/** A demo user name no earlier run has used (the e2e database persists between runs). */
export function uniqueUser(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/**
 * Signs in (or, when already signed in, links) through the real local OpenID
 * Connect issuer: clicks the provider's button inside `within` (the whole page
 * by default), types the demo user name on the issuer's form and follows the
 * authorization-code flow (PKCE, state, nonce) back to the app.
 */
export async function signIn(page: Page, options: { issuer?: LocalIssuer; user: string; within?: Locator }): Promise<void> {
  const { issuer = "oidc", user, within = page.locator("main") } = options;
  await within.locator(`button[name="provider"][value="${issuer}"]`).first().click();
  await signInAtIssuer(page, user);
}

/** The issuer's half: its login form, then the redirect back to the app. */
export async function signInAtIssuer(page: Page, user: string): Promise<void> {
  const name = page.getByLabel("演示用户名 Demo user name");
  await expect(name).toBeVisible();
  await name.fill(user);
  await page.getByRole("button", { name: "登录 Sign in" }).click();
  await page.waitForURL((url) => url.origin === E2E_BASE_URL);
}

/** Signs out from the header's avatar menu. */
export async function signOut(page: Page): Promise<void> {
  const menu = page.getByTestId("user-menu");
  await menu.locator("summary").click();
  await menu.getByRole("button", { name: /退出登录|Sign out/ }).click();
  await expect(page.getByTestId("user-menu")).toHaveCount(0);
}

/** A reader with a browser context of their own, signed in through the local issuer, for API calls with their cookies. */
export type SignedInReader = { context: BrowserContext; api: APIRequestContext; id: string; name: string };

export async function signedInReader(browser: Browser, prefix: string, name = uniqueUser(prefix)): Promise<SignedInReader> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signIn(page, { user: name });
  const me = await context.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  const { id } = (await me.json()) as { id: string };
  await page.close();
  return { context, api: context.request, id, name };
}
