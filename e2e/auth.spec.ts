import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_BASE_URL } from "./support/server-env";
import { signIn, signInAtIssuer, signOut, uniqueUser } from "./support/sign-in";

// Every test signs in through the local issuers at least once, which a busy machine makes slow.
test.describe.configure({ timeout: 60_000 });

type Me = { id: string; name: string | null; image: string | null; role: string; status: string; accounts: string[] };

async function firstArticlePath(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/v1/articles");
  const { articles } = (await response.json()) as { articles: { slug: string }[] };
  const slug = articles[0]?.slug;
  if (!slug) throw new Error("the app serves no article");
  return `/articles/${slug}`;
}

async function me(page: Page): Promise<{ status: number; body: unknown }> {
  const response = await page.request.get("/api/v1/me");
  return { status: response.status(), body: await response.json() };
}

async function signedInUser(page: Page): Promise<Me> {
  const { status, body } = await me(page);
  expect(status).toBe(200);
  return body as Me;
}

async function expectSignedOut(page: Page) {
  expect(await me(page)).toEqual({
    status: 401,
    body: { error: { code: "unauthorized", message: "Sign in to see your account." } },
  });
}

test.describe("sign-in", () => {
  test("signs in from the article page and lands back on the same place", async ({ page, request }) => {
    const article = await firstArticlePath(request);
    const place = `${article}?thread=demo#discussion`;
    await page.goto(place);
    await expectSignedOut(page);

    const panel = page.getByTestId("sign-in-panel");
    await expect(panel).toContainText("登录后参与讨论");
    await expect(panel.getByRole("button")).toHaveText(["使用 本地演示 Demo 登录", "使用 本地演示 Demo 2 登录"]);

    const user = uniqueUser("reader");
    await signIn(page, { issuer: "oidc", user, within: panel });
    expect(page.url()).toBe(`${E2E_BASE_URL}${place}`);
    await expect(page.getByTestId("discussion-signed-in")).toContainText(`已登录为 ${user}`);
    await expect(page.getByTestId("user-menu")).toContainText(user);

    const current = await signedInUser(page);
    expect(current).toMatchObject({ name: user, role: "member", status: "active", accounts: ["oidc"] });
    expect(current.image).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/avatar\.svg\?/);

    const session = (await page.context().cookies()).find((cookie) => cookie.name === "authjs.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  });

  test("signs in from the header and returns to the page it was opened on", async ({ page, request }) => {
    const article = await firstArticlePath(request);
    await page.goto(`${article}#discussion-heading`);
    const header = page.getByTestId("header-sign-in");
    await header.locator("summary").click();
    await signIn(page, { issuer: "oidc2", user: uniqueUser("header"), within: header });
    expect(page.url()).toBe(`${E2E_BASE_URL}${article}#discussion-heading`);
    expect((await signedInUser(page)).accounts).toEqual(["oidc2"]);
  });

  test("never returns to another site after signing in", async ({ page }) => {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("https://evil.example/phish")}`);
    await signIn(page, { issuer: "oidc", user: uniqueUser("redirect") });
    expect(page.url()).toBe(`${E2E_BASE_URL}/`);
  });

  test("signing out ends the session in the database", async ({ page, browser }) => {
    await page.goto("/");
    await page.getByTestId("header-sign-in").locator("summary").click();
    await signIn(page, { user: uniqueUser("leaver"), within: page.getByTestId("header-sign-in") });
    await signedInUser(page);
    const token = (await page.context().cookies()).find((cookie) => cookie.name === "authjs.session-token");
    expect(token).toBeDefined();

    await signOut(page);
    await expectSignedOut(page);

    // The old cookie, replayed from elsewhere, no longer names a session.
    const replay = await browser.newContext({ baseURL: E2E_BASE_URL });
    await replay.addCookies([{ ...token!, expires: -1 }]);
    expect((await replay.request.get("/api/v1/me")).status()).toBe(401);
    await replay.close();
  });
});

test.describe("linked sign-in methods", () => {
  // Each test runs three or four complete sign-ins through the issuers.
  test.describe.configure({ timeout: 90_000 });

  test("links a second identity, signs in with either, and unlinks while one remains", async ({ page }) => {
    const first = uniqueUser("linker");
    const second = uniqueUser("linker-2");
    await page.goto("/sign-in");
    await signIn(page, { issuer: "oidc", user: first });
    const { id } = await signedInUser(page);

    await page.goto("/account");
    await expect(page.getByTestId("sign-in-methods").locator("li")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "取消关联 本地演示 Demo" })).toBeDisabled();
    await page.getByRole("button", { name: "关联 本地演示 Demo 2" }).click();
    await signInAtIssuer(page, second);
    expect(page.url()).toBe(`${E2E_BASE_URL}/account`);
    await expect(page.getByTestId("sign-in-methods").locator("li")).toHaveCount(2);
    expect(await signedInUser(page)).toMatchObject({ id, accounts: ["oidc", "oidc2"] });

    for (const [issuer, user] of [["oidc2", second], ["oidc", first]] as const) {
      await signOut(page);
      await page.goto("/sign-in");
      await signIn(page, { issuer, user });
      expect((await signedInUser(page)).id).toBe(id);
    }

    await page.goto("/account");
    await page.getByRole("button", { name: "取消关联 本地演示 Demo 2" }).click();
    await expect(page.getByText("已取消关联。")).toBeVisible();
    await expect(page.getByTestId("sign-in-methods").locator("li")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "取消关联 本地演示 Demo" })).toBeDisabled();
    expect(await signedInUser(page)).toMatchObject({ id, accounts: ["oidc"] });
  });

  test("refuses to link an identity that belongs to another account", async ({ page }) => {
    const owner = uniqueUser("owner");
    await page.goto("/sign-in");
    await signIn(page, { issuer: "oidc2", user: owner });
    const ownerId = (await signedInUser(page)).id;
    await signOut(page);

    await page.goto("/sign-in");
    await signIn(page, { issuer: "oidc", user: uniqueUser("other") });
    const otherId = (await signedInUser(page)).id;
    await page.goto("/account");
    await page.getByRole("button", { name: "关联 本地演示 Demo 2" }).click();
    await signInAtIssuer(page, owner);

    await expect(page.getByTestId("sign-in-error")).toContainText("这个登录身份已经属于另一个账号");
    expect(await signedInUser(page)).toMatchObject({ id: otherId, accounts: ["oidc"] });
    await signOut(page);
    await page.goto("/sign-in");
    await signIn(page, { issuer: "oidc2", user: owner });
    expect(await signedInUser(page)).toMatchObject({ id: ownerId, accounts: ["oidc2"] });
  });

  test("never links accounts by a matching e-mail address alone", async ({ page }) => {
    // The same demo name on both issuers carries the same e-mail address.
    const name = uniqueUser("twin");
    await page.goto("/sign-in");
    await signIn(page, { issuer: "oidc", user: name });
    await signOut(page);

    await page.goto("/sign-in");
    await signIn(page, { issuer: "oidc2", user: name });
    await expect(page.getByTestId("sign-in-error")).toContainText("我们不会自动合并账号");
    await expectSignedOut(page);
  });
});

test.describe("account page", () => {
  test("edits the display name and explains what it refuses", async ({ page }) => {
    await page.goto("/sign-in");
    await signIn(page, { user: uniqueUser("namer") });
    await page.goto("/account");
    const field = page.getByLabel("显示名称");
    const save = page.getByRole("button", { name: "保存" });

    await field.fill("ad\u200Bmin");
    await save.click();
    await expect(page.getByText("名字不能包含控制字符或不可见字符")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");

    await field.fill("字".repeat(31));
    await save.click();
    await expect(page.getByText("名字最多 30 个字符。")).toBeVisible();

    await field.fill("  边注读者𠮷  ");
    await save.click();
    await expect(page.getByText("已保存。")).toBeVisible();
    await expect(page.getByTestId("user-menu")).toContainText("边注读者𠮷");
    expect((await signedInUser(page)).name).toBe("边注读者𠮷");
  });

  test("asks signed-out readers to sign in", async ({ page }) => {
    await page.goto("/account");
    await expect(page.getByText("请先登录。")).toBeVisible();
    await signIn(page, { user: uniqueUser("late") });
    expect(page.url()).toBe(`${E2E_BASE_URL}/account`);
    await expect(page.getByLabel("显示名称")).toBeVisible();
  });
});
