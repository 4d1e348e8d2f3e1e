import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "./support/server-env";
import { signIn, uniqueUser } from "./support/sign-in";

const SLUG = "openai-board-reversal";
// The embedded server `npm start` runs for the tests (its fixed local credentials).
const ARTICLE = `/articles/${SLUG}`;

type ApiBlock = { anchor: string; kind: string; text: string };
type Counts = { blocks: Record<string, number>; article: number };
type ApiComment = { id: string; body: string | null; status: string; replies?: ApiComment[] };

async function paragraphs(request: APIRequestContext): Promise<ApiBlock[]> {
  const response = await request.get(`/api/v1/articles/${SLUG}`);
  const { blocks } = (await response.json()) as { blocks: ApiBlock[] };
  return blocks.filter((block) => block.kind === "paragraph");
}

async function nthParagraph(request: APIRequestContext, n: number): Promise<ApiBlock> {
  const block = (await paragraphs(request))[n - 1];
  if (!block) throw new Error(`the article has no paragraph ${n}`);
  return block;
}

async function counts(request: APIRequestContext): Promise<Counts> {
  return (await (await request.get(`/api/v1/articles/${SLUG}/comment-counts`)).json()) as Counts;
}

async function threads(request: APIRequestContext, anchor: string): Promise<ApiComment[]> {
  const response = await request.get(`/api/v1/articles/${SLUG}/comments?anchor=${anchor}&sort=newest&limit=50`);
  return ((await response.json()) as { threads: ApiComment[] }).threads;
}

/** A browser context of its own, signed in through the local OpenID Connect issuer. */
async function signedInPage(browser: Browser, prefix: string): Promise<{ page: Page; name: string }> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "zh-CN" });
  const page = await context.newPage();
  const name = uniqueUser(prefix);
  await page.goto("/sign-in");
  await signIn(page, { user: name });
  return { page, name };
}

const marker = (page: Page, anchor: string) => page.locator(`[data-thread-marker="${anchor}"]`);
const panel = (page: Page) => page.getByRole("dialog");
const commentByText = (scope: Locator, text: string) => scope.locator("[data-comment-id]").filter({ hasText: text }).first();

async function openThread(page: Page, anchor: string): Promise<Locator> {
  await marker(page, anchor).click();
  await expect(page).toHaveURL(new RegExp(`[?&]thread=${anchor}`));
  const dialog = panel(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("thread-list").or(dialog.getByText(/还没有人评论/))).toBeVisible();
  return dialog;
}

test.describe("paragraph discussion", () => {
  test("two readers discuss paragraph 5 live: post, reply, notify, edit, like, delete", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const p5 = await nthParagraph(request, 5);
    const before = (await counts(request)).blocks[p5.anchor] ?? 0;
    const alice = await signedInPage(browser, "alice");
    const bob = await signedInPage(browser, "bob");
    await Promise.all([alice.page.goto(ARTICLE), bob.page.goto(ARTICLE)]);

    // A opens paragraph 5: the panel quotes it and takes focus.
    const aPanel = await openThread(alice.page, p5.anchor);
    await expect(aPanel).toHaveAccessibleName("这一段的讨论");
    await expect(aPanel.getByTestId("thread-quote")).toHaveText(p5.text);
    await expect(aPanel.getByRole("heading", { name: "这一段的讨论" })).toBeFocused();

    // A double-clicks 发布: one comment.
    const first = `A 的评论 ${Date.now()} 😀`;
    await aPanel.getByLabel("写评论").fill(first);
    await expect(aPanel.getByTestId("composer-counter")).toHaveText(`${Array.from(first).length} / 5,000`);
    await aPanel.getByRole("button", { name: "发布" }).dblclick();
    const aComment = commentByText(aPanel, first);
    await expect(aComment).toBeVisible();
    await expect(aPanel.getByLabel("写评论")).toHaveValue("");
    await expect.poll(async () => (await threads(request, p5.anchor)).filter((c) => c.body === first)).toHaveLength(1);

    // B, without reloading, sees the count and then the comment.
    await expect(marker(bob.page, p5.anchor)).toHaveAccessibleName(`${before + 1} 条评论,打开这一段的讨论`);
    const bPanel = await openThread(bob.page, p5.anchor);
    const bView = commentByText(bPanel, first);
    await expect(bView).toBeVisible();
    await expect(bView.locator("time")).toHaveText("刚刚");
    await expect(bView.locator("time")).toHaveAttribute("title", /\d{4}年\d{1,2}月\d{1,2}日/);

    // B replies, picking A's name from the @mention list with the keyboard.
    await bView.getByRole("button", { name: "回复" }).first().click();
    const replyBox = bPanel.getByLabel(`回复 ${alice.name}`);
    await expect(replyBox).toBeFocused();
    await replyBox.pressSequentially("同意 @" + alice.name.slice(0, 3));
    const options = bPanel.getByRole("listbox").getByRole("option");
    await expect(options.filter({ hasText: alice.name })).toBeVisible();
    await replyBox.press("Enter");
    await expect(replyBox).toHaveValue(`同意 @${alice.name} `);
    await replyBox.pressSequentially("说得好");
    await replyBox.press("Control+Enter");
    const reply = `同意 @${alice.name} 说得好`;
    await expect(commentByText(bPanel, reply)).toBeVisible();

    // A sees the reply arrive in the open panel, nested under the comment.
    await expect(aComment.locator("ol [data-comment-id]").filter({ hasText: reply })).toBeVisible();

    // A's badge learns of the reply without waiting for its poll; a reload reopens the same thread.
    await expect(alice.page.getByTestId("notification-badge-count")).toHaveText(/^[1-9]/);
    await alice.page.reload();
    await expect(panel(alice.page)).toBeVisible();
    await expect(panel(alice.page).getByTestId("thread-quote")).toHaveText(p5.text);
    await expect(alice.page.getByTestId("notification-badge-count")).toHaveText(/^[1-9]/);
    await alice.page.getByTestId("notification-badge").click();
    await expect(alice.page).toHaveURL(/\/notifications$/);
    const note = alice.page.getByTestId("notification").filter({ hasText: `${bob.name} 回复了你` }).first();
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute("data-unread", "true");
    await note.click();
    await expect(alice.page).toHaveURL(new RegExp(`\\?thread=${p5.anchor}#comment-`));
    const linked = panel(alice.page).locator("[data-comment-id][data-highlight]");
    await expect(linked).toContainText(reply);
    await expect(linked).toBeFocused();

    // A edits: B sees the new text and 已编辑 live.
    const aPanel2 = panel(alice.page);
    const aOwn = commentByText(aPanel2, first);
    await aOwn.getByRole("button", { name: "编辑" }).first().click();
    const edited = `${first}(补充)`;
    await aPanel2.getByLabel("编辑评论").fill(edited);
    await aPanel2.getByRole("button", { name: "保存" }).click();
    await expect(commentByText(aPanel2, edited).getByText("已编辑").first()).toBeVisible();
    await expect(commentByText(bPanel, edited)).toBeVisible();

    // B likes A's comment (optimistic), A sees the count live; B takes it back.
    const bLike = commentByText(bPanel, edited).getByRole("button", { name: /赞/ }).first();
    await bLike.click();
    await expect(bLike).toHaveAttribute("aria-pressed", "true");
    await expect(bLike).toContainText("1");
    await expect(commentByText(aPanel2, edited).getByTestId("like-count").first()).toHaveText("1");
    await bLike.click();
    await expect(bLike).toHaveAttribute("aria-pressed", "false");
    await expect(commentByText(aPanel2, edited).getByTestId("like-count").first()).toHaveText("0");

    // A deletes the comment: it has a reply, so both see the placeholder and the reply stays.
    const aRoot = commentByText(aPanel2, edited);
    await aRoot.getByRole("button", { name: "删除" }).first().click();
    await aPanel2.getByRole("group", { name: "删除这条评论?" }).getByRole("button", { name: "删除" }).click();
    await expect(aPanel2.getByText(edited)).toHaveCount(0);
    for (const view of [aPanel2, bPanel]) {
      await expect(view.getByTestId("comment-deleted").first()).toHaveText("此评论已删除");
      await expect(commentByText(view, reply)).toBeVisible();
    }
    // Only the reply still counts.
    await expect(marker(bob.page, p5.anchor)).toHaveAccessibleName(`${before + 1} 条评论,打开这一段的讨论`);

    // Escape closes B's panel, drops ?thread= and puts focus back on the marker.
    await bob.page.keyboard.press("Escape");
    await expect(panel(bob.page)).toHaveCount(0);
    await expect(bob.page).not.toHaveURL(/thread=/);
    await expect(marker(bob.page, p5.anchor)).toBeFocused();

    await alice.page.context().close();
    await bob.page.context().close();
  });

  test("anonymous readers see the discussion but are asked to sign in, and come back to the thread", async ({ browser, page, request }) => {
    test.setTimeout(90_000);
    const p6 = await nthParagraph(request, 6);
    const author = await signedInPage(browser, "writer");
    await author.page.goto(`${ARTICLE}?thread=${p6.anchor}`);
    const text = `给匿名读者看的 ${Date.now()}`;
    await panel(author.page).getByLabel("写评论").fill(text);
    await panel(author.page).getByRole("button", { name: "发布" }).click();
    await expect(commentByText(panel(author.page), text)).toBeVisible();
    await author.page.context().close();

    await page.goto(`${ARTICLE}?thread=${p6.anchor}`);
    const dialog = panel(page);
    await expect(dialog).toBeVisible();
    const comment = commentByText(dialog, text);
    await expect(comment).toBeVisible();
    await expect(dialog.locator("textarea")).toHaveCount(0);
    await expect(comment.getByRole("button")).toHaveCount(0);
    await expect(comment.getByTestId("like-count")).toHaveText("0");
    const signInPanel = dialog.getByTestId("sign-in-panel");
    await expect(signInPanel).toContainText("登录后参与讨论");
    // The article-wide discussion below asks the same.
    await expect(page.locator("#discussion").getByTestId("sign-in-panel")).toBeVisible();

    // Signing in from the panel returns to the same thread, now with a composer.
    await signIn(page, { user: uniqueUser("late"), within: signInPanel });
    await expect(page).toHaveURL(new RegExp(`\\?thread=${p6.anchor}`));
    await expect(panel(page).getByLabel("写评论")).toBeVisible();
  });
});

test.describe("writing a comment", () => {
  test("Enter is a newline, Ctrl+Enter posts, an open IME composition never posts", async ({ browser }) => {
    test.setTimeout(90_000);
    const { page } = await signedInPage(browser, "typist");
    await page.goto(`${ARTICLE}?thread=article`);
    const section = page.locator("#discussion");
    const box = section.getByLabel("写评论");
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith(`/articles/${SLUG}/comments`)) posts.push(request.url());
    });

    await box.click();
    await box.pressSequentially("第一行");
    await box.press("Enter");
    await box.pressSequentially("第二行");
    await expect(box).toHaveValue("第一行\n第二行");
    expect(posts).toHaveLength(0);

    // A 拼音 composition is open: Ctrl+Enter must not post.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "ni", selectionStart: 2, selectionEnd: 2 });
    await box.press("Control+Enter");
    await page.waitForTimeout(300);
    expect(posts).toHaveLength(0);
    // The candidate is confirmed; now Ctrl+Enter posts.
    await cdp.send("Input.insertText", { text: "你" });
    await expect(box).toHaveValue("第一行\n第二行你");
    await box.press("Control+Enter");
    await expect(commentByText(section, "第二行你")).toBeVisible();
    expect(posts).toHaveLength(1);
    await expect(box).toHaveValue("");
    const body = await commentByText(section, "第二行你").getByTestId("comment-body").innerText();
    expect(body).toContain("第一行");
    await page.context().close();
  });

  test("keeps the draft across a reload and a failed post, retrying with the same idempotency key", async ({ browser }) => {
    test.setTimeout(90_000);
    const { page } = await signedInPage(browser, "drafter");
    await page.goto(`${ARTICLE}?thread=article`);
    const section = page.locator("#discussion");
    const text = `草稿 ${Date.now()} 𠮷`;
    await section.getByLabel("写评论").fill(text);
    await page.reload();
    await expect(section.getByLabel("写评论")).toHaveValue(text);

    const keys: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/comments")) keys.push(request.headers()["idempotency-key"] ?? "");
    });
    // The first attempt never reaches the server.
    await page.route("**/api/v1/articles/*/comments", (route) => (route.request().method() === "POST" ? route.abort() : route.fallback()), { times: 1 });
    await section.getByRole("button", { name: "发布" }).click();
    await expect(section.getByTestId("composer-error")).toHaveText("网络连接出了问题,评论还在,请再试一次。");
    await expect(section.getByLabel("写评论")).toHaveValue(text);

    await section.getByRole("button", { name: "发布" }).click();
    await expect(commentByText(section, text)).toBeVisible();
    await expect(section.getByTestId("composer-error")).toHaveText("");

    await section.getByLabel("写评论").fill(`${text} 第二条`);
    await section.getByRole("button", { name: "发布" }).click();
    await expect(commentByText(section, `${text} 第二条`)).toBeVisible();
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    await page.context().close();
  });
});

/** What a moderator's suspension does to the account (there is no moderation UI yet). */
async function suspend(page: Page, until: string): Promise<void> {
  const me = (await (await page.request.get("/api/v1/me")).json()) as { id: string };
  const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await db.connect();
  try {
    await db.query(`UPDATE "User" SET "status" = 'SUSPENDED', "suspendedUntil" = $2 WHERE "id" = $1`, [me.id, until]);
  } finally {
    await db.end();
  }
}

test.describe("a suspended reader", () => {
  test("sees until when they cannot post as soon as a post is refused, and keeps the draft", async ({ browser }) => {
    test.setTimeout(90_000);
    const { page } = await signedInPage(browser, "suspended");
    await page.goto(`${ARTICLE}?thread=article`);
    const section = page.locator("#discussion");
    const text = `被暂停前写的 ${Date.now()}`;
    await section.getByLabel("写评论").fill(text);
    // Suspended while the page was open: the API answers 403 account_suspended, and the notice replaces the composer at once.
    await suspend(page, "2031-06-01T04:00:00.000Z");
    await section.getByRole("button", { name: "发布" }).click();
    const notice = section.getByTestId("posting-blocked");
    await expect(notice).toContainText("你的账号已被暂停发言,至 2031年6月1日 12:00 恢复。在此之前你仍可以阅读讨论。");
    await expect(notice.getByTestId("posting-blocked-draft")).toHaveText("你写的内容已保存为草稿,恢复发言后可以继续。");
    await expect(section.locator("textarea")).toHaveCount(0);
    const drafts = () => page.evaluate(() => Object.values({ ...window.sessionStorage }).join("\n"));
    expect(await drafts()).toContain(text);
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/h6-suspended-1280.png" });
    await page.setViewportSize({ width: 360, height: 800 });
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/h6-suspended-360.png" });

    await page.reload();
    await expect(notice).toHaveText("你的账号已被暂停发言,至 2031年6月1日 12:00 恢复。在此之前你仍可以阅读讨论。");
    await expect(section.locator("textarea")).toHaveCount(0);
    expect(await drafts()).toContain(text);
    await page.context().close();
  });
});

test.describe("thread layout", () => {
  test("sorts, loads more with the cursor, and nests replies three levels deep", async ({ browser, request }) => {
    test.setTimeout(120_000);
    const p7 = await nthParagraph(request, 7);
    const { page, name } = await signedInPage(browser, "prolific");
    const post = async (body: string, parentId?: string) => {
      const response = await page.request.post(`/api/v1/articles/${SLUG}/comments`, { data: { anchor: p7.anchor, body, parentId } });
      expect(response.ok()).toBe(true);
      return (await response.json()) as ApiComment;
    };
    const stamp = Date.now();
    const existing = (await counts(request)).blocks[p7.anchor] ?? 0;
    const root = await post(`根 ${stamp} 0`);
    for (let i = 1; i <= 20; i++) await post(`根 ${stamp} ${i}`);
    const level1 = await post("一级回复", root.id);
    const level2 = await post("二级回复", level1.id);
    await post("三级回复", level2.id);

    await page.goto(`${ARTICLE}?thread=${p7.anchor}`);
    const dialog = panel(page);
    await expect(marker(page, p7.anchor)).toHaveAccessibleName(`${existing + 24} 条评论,打开这一段的讨论`);
    await dialog.getByRole("button", { name: "最新" }).click();
    await expect(dialog.getByRole("button", { name: "最新" })).toHaveAttribute("aria-pressed", "true");
    const roots = dialog.getByTestId("thread-list").locator(":scope > li");
    await expect(roots).toHaveCount(20);
    await expect(roots.first()).toContainText(`根 ${stamp} 20`);
    await dialog.getByRole("button", { name: "加载更多" }).click();
    await expect(roots.filter({ hasText: `根 ${stamp} 0` })).toHaveCount(1);

    const thread = roots.filter({ hasText: `根 ${stamp} 0` });
    // Level 1 inside the root, level 2 inside level 1; the answer to level 2 stays there and names whom it answers.
    const first = thread.locator('[data-level="1"]');
    await expect(first).toHaveCount(1);
    await expect(first).toContainText("一级回复");
    const second = first.locator('[data-level="2"]');
    await expect(second).toHaveCount(2);
    await expect(second.nth(0)).toContainText("二级回复");
    await expect(second.nth(0)).not.toContainText("回复 @");
    await expect(second.nth(1)).toContainText("三级回复");
    await expect(second.nth(1)).toContainText(`回复 @${name}`);
    await expect(second.nth(1).locator("[data-comment-id]")).toHaveCount(0);

    await dialog.getByRole("button", { name: "最早" }).click();
    await expect(roots.first()).not.toContainText(`根 ${stamp} 20`);
    await page.context().close();
  });

  test("looks right at 1280 px and on a 360 px phone", async ({ browser, request }) => {
    test.setTimeout(90_000);
    const p5 = await nthParagraph(request, 5);
    const { page } = await signedInPage(browser, "looker");
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`${ARTICLE}?thread=${p5.anchor}`);
    await expect(panel(page)).toBeVisible();
    await panel(page).getByLabel("写评论").fill(`桌面端的评论,看看排版是否舒服。Mixed 中英文 text。`);
    await panel(page).getByRole("button", { name: "发布" }).click();
    await expect(commentByText(panel(page), "桌面端的评论")).toBeVisible();
    // The article stays beside the panel, not under it.
    const article = await page.locator("article[aria-labelledby=article-title]").boundingBox();
    const side = await panel(page).boundingBox();
    expect(article && side && article.x + article.width <= side.x + 1).toBe(true);
    await page.locator(`[id="${p5.anchor}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/discussion-desktop.png" });

    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(ARTICLE);
    await page.locator(`[id="${p5.anchor}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/discussion-phone-article.png" });
    await marker(page, p5.anchor).click();
    const sheet = panel(page);
    await expect(sheet).toBeVisible();
    const box = await sheet.boundingBox();
    expect(box && Math.round(box.x) === 0 && Math.round(box.width) === 360).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "/tmp/discussion-phone-sheet.png" });
    await page.keyboard.press("Escape");
    await expect(sheet).toHaveCount(0);
    await page.goto(`${ARTICLE}?thread=article`);
    await page.screenshot({ path: "/tmp/discussion-phone-article-thread.png", fullPage: false });
    await page.context().close();
  });
});
