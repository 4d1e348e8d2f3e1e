import { expect, test, type Page } from "@playwright/test";

const SLUG = "openai-board-reversal";
const ARTICLE_PATH = `/articles/${SLUG}`;

type ApiBlock = { anchor: string; kind: string; label: string | null; text: string };

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("the article page", () => {
  test("renders every block of the article in order, with its anchor as the id", async ({ page, request }) => {
    const api = (await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { title: string; blocks: ApiBlock[] };
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(api.title);

    const rendered = await page.locator("[data-block]").evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.id,
        kind: element.getAttribute("data-kind"),
        text: element.querySelector("[data-block-text]")?.textContent ?? "",
      })),
    );
    expect(rendered).toEqual(api.blocks.map((block) => ({ id: block.anchor, kind: block.kind, text: block.text })));
    expect(api.blocks.length).toBeGreaterThan(50);

    await expect(page.getByRole("heading", { level: 2, name: /被“流放”48小时/ })).toBeVisible();
    await expect(page.locator("figure figcaption").first()).toHaveText("(来源:X)");
    await expect(page.getByTestId("related-articles").getByRole("listitem")).toHaveCount(3);
    await expect(page.getByText("我也说两句")).toHaveCount(0);
    await expect(page.getByText("手机号码")).toHaveCount(0);
  });

  test("shows the meta line with the original mark, date and views", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const meta = page.getByTestId("article-meta");
    await expect(meta).toContainText("原创");
    await expect(meta).toContainText("2023年11月20日");
    await expect(page.getByTestId("view-count")).toContainText(/1\.\d万 阅读/);
  });

  test("counts a visitor once a day", async ({ page, request }) => {
    const before = ((await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { views: number }).views;
    const counted = page.waitForResponse((response) => response.url().endsWith("/views") && response.ok());
    await page.goto(ARTICLE_PATH);
    await counted;
    const secondVisit = page.waitForResponse((response) => response.url().endsWith("/views") && response.ok());
    await page.reload();
    await secondVisit;
    const after = ((await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { views: number }).views;
    expect(after).toBe(before + 1);
  });

  test("scrolls to the block named in the URL fragment", async ({ page, request }) => {
    const api = (await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { blocks: ApiBlock[] };
    const target = api.blocks.filter((block) => block.kind === "paragraph").at(-5);
    if (!target) throw new Error("no paragraph to target");
    await page.goto(`${ARTICLE_PATH}#${target.anchor}`);
    const block = page.locator(`[id="${target.anchor}"]`);
    await expect(block).toBeInViewport();
    await expect(page.getByRole("heading", { level: 1 })).not.toBeInViewport();
  });

  test("sends each block's text once besides its markup; a thread named in the URL arrives with its quote and hydrates cleanly", async ({ page, request }) => {
    const api = (await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { blocks: ApiBlock[] };
    // A paragraph that needs no escaping in HTML or in the inline payload, so it can be counted as written.
    const plain = api.blocks.find((block) => block.kind === "paragraph" && block.text.length > 40 && !/["'&<>\\]/.test(block.text));
    if (!plain) throw new Error("no plain paragraph");
    const html = await (await request.get(ARTICLE_PATH)).text();
    // In the markup and in React's inline payload that hydrates it; the panel reads quotes from the page, adding no copy.
    expect(html.split(plain.text).length - 1).toBe(2);

    const errors = collectConsoleErrors(page);
    const url = `${ARTICLE_PATH}?thread=${plain.anchor}`;
    const withThread = await (await request.get(url)).text();
    expect(withThread).toContain(`data-testid="thread-quote">${plain.text}</blockquote>`);
    await page.goto(url);
    await expect(page.getByTestId("thread-quote")).toHaveText(plain.text);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("switches between Chinese and English and remembers the choice", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("article-meta")).toContainText("Published");
    // The article itself stays Chinese and says so.
    await expect(page.locator("article")).toHaveAttribute("lang", "zh-CN");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "切换到中文" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("has no console errors and no horizontal scrolling on a 360 px phone", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(ARTICLE_PATH);
    await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test("answers an unknown article with the not-found page", async ({ page }) => {
    const response = await page.goto("/articles/no-such-article");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
  });

  test("lists the article on the home page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /不回了!Open AI宫斗大反转/ }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));
  });
});

test.describe("the JSON API", () => {
  test("reports health", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("answers unknown slugs and endpoints in the error shape", async ({ request }) => {
    for (const path of ["/api/v1/articles/no-such-article", "/api/v1/articles/BAD%20SLUG", "/api/v1/nothing-here"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("not_found");
      expect(body.error.message.length).toBeGreaterThan(0);
    }
    const views = await request.post("/api/v1/articles/no-such-article/views");
    expect(views.status()).toBe(404);
  });

  test("documents itself in OpenAPI", async ({ request }) => {
    const document = (await (await request.get("/api/v1/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/v1/articles", "/api/v1/articles/{slug}"]),
    );
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Article", "Block", "Error"]));
  });
});
