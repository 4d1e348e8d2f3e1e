import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "./support/server-env";
import { signIn, uniqueUser } from "./support/sign-in";

const SLUG = "openai-board-reversal";
const ARTICLE = `/articles/${SLUG}`;

type Reader = { page: Page; name: string; id: string };

/** A browser context of its own, signed in through the local OpenID Connect issuer. */
async function signedIn(browser: Browser, prefix: string): Promise<Reader> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "zh-CN" });
  const page = await context.newPage();
  const name = uniqueUser(prefix);
  await page.goto("/sign-in");
  await signIn(page, { user: name });
  const me = (await (await page.request.get("/api/v1/me")).json()) as { id: string };
  return { page, name, id: me.id };
}

async function sql(text: string, values: unknown[] = []): Promise<void> {
  const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await db.connect();
  try {
    await db.query(text, values);
  } finally {
    await db.end();
  }
}

/** Roles are set directly in the test database: appointing the first staff is the CLI's job, not the UI's. */
const setRole = (userId: string, role: "MODERATOR" | "ADMIN") => sql(`UPDATE "User" SET "role" = $2 WHERE "id" = $1`, [userId, role]);

async function paragraphAnchor(page: Page, n: number): Promise<string> {
  const { blocks } = (await (await page.request.get(`/api/v1/articles/${SLUG}`)).json()) as { blocks: { anchor: string; kind: string }[] };
  const block = blocks.filter((candidate) => candidate.kind === "paragraph")[n - 1];
  if (!block) throw new Error(`the article has no paragraph ${n}`);
  return block.anchor;
}

async function visibleIds(page: Page, anchor: string): Promise<string[]> {
  const response = await page.request.get(`/api/v1/articles/${SLUG}/comments?anchor=${anchor}&sort=newest&limit=50`);
  const { threads } = (await response.json()) as { threads: { id: string; replies: { id: string }[] }[] };
  return threads.flatMap((thread) => [thread.id, ...thread.replies.map((reply) => reply.id)]);
}

/** Opens the paragraph's thread and reports the comment there with `reason`; answers the comment's element. */
async function report(reader: Reader, anchor: string, commentId: string, reason: string): Promise<Locator> {
  const { page } = reader;
  await page.goto(`${ARTICLE}?thread=${anchor}`);
  const comment = page.getByTestId("thread-panel").locator(`[data-comment-id="${commentId}"]`);
  await comment.getByRole("button", { name: "举报" }).click();
  const dialog = page.getByTestId("report-dialog");
  await dialog.getByLabel(reason).check();
  await dialog.getByRole("button", { name: "提交举报" }).click();
  await expect(dialog).toHaveCount(0);
  return comment;
}

/**
 * Opens a queue tab on the page that lists the comment: the pending tab lists
 * the longest-waiting first, so a database kept from earlier runs may show
 * older held comments before it.
 */
async function queueItemIn(page: Page, tab: "pending" | "reported" | "hidden" | "recent", commentId: string): Promise<Locator> {
  await page.goto(`/moderation?tab=${tab}`);
  const item = page.locator(`[data-testid="queue-item"][data-comment-id="${commentId}"]`);
  while ((await item.count()) === 0) {
    const next = page.getByRole("link", { name: "下一页" });
    if ((await next.count()) === 0) throw new Error(`comment ${commentId} is not in the ${tab} tab`);
    const before = page.url();
    await next.click();
    await expect(page).not.toHaveURL(before);
  }
  return item;
}

/** The day a time falls on as the site shows it (Asia/Shanghai), e.g. "2026年12月6日". */
function siteDay(time: number): string {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" }).format(time);
}

test.describe("moderation", () => {
  test("three reports hide a comment; a moderator restores it and suspends its author; the audit log shows it all", async ({ browser }) => {
    test.setTimeout(240_000);
    // The documented defaults, whatever an earlier run of the suite left behind.
    await sql(
      `INSERT INTO "ModerationSettings" ("id", "preModeration", "reportHideThreshold", "updatedAt") VALUES (1, 'OFF', 3, now())
       ON CONFLICT ("id") DO UPDATE SET "preModeration" = 'OFF', "reportHideThreshold" = 3`,
    );

    const author = await signedIn(browser, "author");
    const anchor = await paragraphAnchor(author.page, 4);
    const body = `加我微信领取免费课程 ${Date.now()}`;
    const posted = await author.page.request.post(`/api/v1/articles/${SLUG}/comments`, { data: { anchor, body } });
    expect(posted.status()).toBe(201);
    const commentId = ((await posted.json()) as { id: string }).id;

    // The author cannot report their own comment.
    await author.page.goto(`${ARTICLE}?thread=${anchor}`);
    const own = author.page.getByTestId("thread-panel").locator(`[data-comment-id="${commentId}"]`);
    await expect(own.getByTestId("comment-body")).toContainText(body);
    await expect(own.getByRole("button", { name: "举报" })).toHaveCount(0);

    // The first reader learns what the dialog needs before it is sent.
    const first = await signedIn(browser, "reporter");
    await first.page.goto(`${ARTICLE}?thread=${anchor}`);
    const target = first.page.getByTestId("thread-panel").locator(`[data-comment-id="${commentId}"]`);
    await target.getByRole("button", { name: "举报" }).click();
    const dialog = first.page.getByTestId("report-dialog");
    await dialog.getByRole("button", { name: "提交举报" }).click();
    await expect(dialog.getByTestId("report-error")).toHaveText("请选择一个原因。");
    await dialog.getByLabel("其他").check();
    await dialog.getByRole("button", { name: "提交举报" }).click();
    await expect(dialog.getByTestId("report-error")).toHaveText("选择“其他”时,请写明原因。");
    await dialog.getByLabel("请说明原因(必填)").fill("冒充官方发课程广告");
    await dialog.getByRole("button", { name: "提交举报" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(target.getByTestId("reported")).toHaveText("已举报");
    // Once per reader: after a reload it still says so.
    await first.page.reload();
    await expect(target.getByTestId("reported")).toHaveText("已举报");

    const second = await signedIn(browser, "reporter");
    await expect((await report(second, anchor, commentId, "垃圾广告")).getByTestId("reported")).toHaveText("已举报");
    expect(await visibleIds(second.page, anchor)).toContain(commentId);

    // The third report hides it: it leaves the open threads at once, and listings no longer carry it.
    const third = await signedIn(browser, "reporter");
    await expect(await report(third, anchor, commentId, "骚扰/辱骂")).toHaveCount(0);
    await expect(second.page.getByTestId("thread-panel").locator(`[data-comment-id="${commentId}"]`)).toHaveCount(0);
    expect(await visibleIds(first.page, anchor)).not.toContain(commentId);
    // Its author is told why it is gone.
    await author.page.reload();
    await expect(own).toContainText("这条评论因多人举报已暂时隐藏,等待审核,仅你可见。");

    // A member finds no moderation pages.
    const refused = await first.page.goto("/moderation");
    expect(refused?.status()).toBe(404);
    await expect(first.page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();

    // A moderator finds it under 已隐藏 with its context and restores it.
    const moderator = await signedIn(browser, "steward");
    await setRole(moderator.id, "MODERATOR");
    const mod = moderator.page;
    await mod.goto("/");
    await mod.getByTestId("user-menu").locator("summary").click();
    await mod.getByTestId("moderation-link").click();
    await expect(mod).toHaveURL(/\/moderation$/);
    await mod.getByTestId("queue-tab-hidden").click();
    const item = mod.locator(`[data-testid="queue-item"][data-comment-id="${commentId}"]`);
    await expect(item.getByTestId("queue-status")).toHaveText("已隐藏");
    await expect(item.getByTestId("queue-body")).toContainText(body);
    await expect(item.getByTestId("queue-report")).toHaveCount(3);
    await expect(item.getByTestId("queue-report").first()).toContainText("骚扰/辱骂");
    await expect(item.getByTestId("queue-flag").filter({ hasText: "3 人举报" })).toHaveCount(1);
    await expect(item.getByTestId("queue-author")).toHaveText(author.name);

    // The shortcut help opens with ? and closes with Escape.
    await mod.keyboard.press("?");
    await expect(mod.getByTestId("shortcuts-help")).toBeVisible();
    await mod.keyboard.press("Escape");
    await expect(mod.getByTestId("shortcuts-help")).toHaveCount(0);

    await item.getByRole("button", { name: "恢复" }).click();
    await expect(mod.getByTestId("queue-outcome")).toHaveText("恢复:1 条已处理");
    await expect(item).toHaveCount(0);
    await expect.poll(() => visibleIds(first.page, anchor)).toContain(commentId);

    // From the comment (now under 最近) to its author's page: suspend for 7 days with a reason.
    await mod.getByTestId("queue-tab-recent").click();
    await mod.locator(`[data-testid="queue-item"][data-comment-id="${commentId}"]`).getByTestId("queue-author").click();
    await expect(mod.getByTestId("moderated-user-name")).toHaveText(author.name);
    const standing = mod.getByTestId("standing-form");
    await standing.getByLabel("7 天").check();
    await standing.getByRole("button", { name: "暂停发言" }).click();
    await expect(standing.getByRole("alert")).toHaveText("请写明原因。");
    await standing.getByLabel("原因").fill("反复发布广告");
    const suspendedAt = Date.now();
    await standing.getByRole("button", { name: "暂停发言" }).click();
    await expect(standing.getByTestId("standing-done")).toHaveText("已暂停这个用户。");
    await expect(mod.getByTestId("user-standing").first()).toContainText("暂停至");
    await expect(mod.getByTestId("moderated-user-reason")).toHaveText("处理原因:反复发布广告");

    // The author, whose page is still open, cannot post: the refusal at once shows until when and why, and so does a reload.
    const panel = author.page.getByTestId("thread-panel");
    await panel.getByLabel("写评论").fill("我再发一次");
    await panel.getByRole("button", { name: "发布" }).click();
    const notice = panel.getByTestId("posting-blocked");
    for (const reloaded of [false, true]) {
      if (reloaded) await author.page.reload();
      await expect(notice).toContainText(`你的账号已被暂停发言,至 ${siteDay(suspendedAt + 7 * 86_400_000)}`);
      await expect(notice.getByTestId("posting-blocked-reason")).toHaveText("原因:反复发布广告");
      await expect(panel.locator("textarea")).toHaveCount(0);
    }
    const refusedPost = await author.page.request.post(`/api/v1/articles/${SLUG}/comments`, { data: { anchor, body: "换个号也要发" } });
    expect(refusedPost.status()).toBe(403);
    expect(((await refusedPost.json()) as { error: { code: string } }).error.code).toBe("account_suspended");

    // An admin reads all of it in the audit log.
    await setRole(moderator.id, "ADMIN");
    await mod.goto(`/moderation/audit-log?targetId=${commentId}`);
    const entries = mod.getByTestId("audit-entry");
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toHaveAttribute("data-action", "comment.restore");
    await expect(entries.nth(0)).toContainText(moderator.name);
    await expect(entries.nth(1)).toHaveAttribute("data-action", "comment.hide");
    await expect(entries.nth(1)).toContainText("系统");
    // The comment opens in its thread, from the log.
    const targetLink = entries.nth(0).getByTestId("audit-target-link");
    await expect(targetLink).toHaveAttribute("href", `${ARTICLE}?thread=${anchor}#comment-${commentId}`);
    await mod.screenshot({ path: "/tmp/h6-audit-1280.png" });
    // On a phone the entries are cards that fit the screen, not a table to scroll sideways.
    await mod.setViewportSize({ width: 360, height: 800 });
    const tableBox = await mod.getByTestId("audit-table").boundingBox();
    expect(tableBox?.width).toBeLessThanOrEqual(360);
    await expect(entries.nth(0).getByText("操作者")).toBeVisible();
    await mod.screenshot({ path: "/tmp/h6-audit-360.png", fullPage: true });
    await targetLink.click();
    await expect(mod.getByTestId("thread-panel").locator(`[data-comment-id="${commentId}"]`)).toBeVisible();
    await mod.goBack();
    await mod.setViewportSize({ width: 1280, height: 720 });

    const filters = mod.getByTestId("audit-filters");
    await filters.getByLabel("对象类型").selectOption("user");
    await filters.getByLabel("对象 ID").fill(author.id);
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(mod).toHaveURL(new RegExp(`targetId=${author.id}`));
    const suspension = mod.locator('[data-testid="audit-entry"][data-action="user.suspend"]');
    await expect(suspension).toHaveCount(1);
    await expect(suspension).toContainText("暂停用户");
    await expect(suspension).toContainText("反复发布广告");
    await expect(suspension).toContainText("ACTIVE → SUSPENDED");

    for (const reader of [author, first, second, third, moderator]) await reader.page.context().close();
  });

  test("an admin's settings and word lists take effect, and the queue works from the keyboard", async ({ browser }) => {
    test.setTimeout(180_000);
    const admin = await signedIn(browser, "chief");
    await setRole(admin.id, "ADMIN");
    const word = `代开发票${Date.now().toString(36)}`;
    try {
      const { page } = admin;
      await page.goto("/moderation/settings");
      const settings = page.getByTestId("settings-form");
      await settings.getByLabel("所有人的评论").check();
      await settings.getByRole("button", { name: "保存设置" }).click();
      await expect(settings.getByText("已保存。")).toBeVisible();

      // Several terms at once; the one that is too long is refused on its own and stays in the box.
      const blocked = page.getByTestId("word-list-blocked");
      const tooLong = "长".repeat(51);
      await blocked.getByRole("textbox").fill(`${word}\n${tooLong}`);
      await blocked.getByRole("button", { name: "添加" }).click();
      await expect(blocked.getByText("已添加 1 个。")).toBeVisible();
      await expect(blocked.getByTestId("word-rejections")).toHaveText(`“${tooLong}”太长了(最多 50 个字)。`);
      await expect(blocked.getByRole("textbox")).toHaveValue(tooLong);
      await expect(blocked.getByTestId("word-entry").filter({ hasText: word })).toHaveCount(1);

      // A writer is told which word is blocked; a clean comment waits for review.
      const writer = await signedIn(browser, "writer");
      await writer.page.goto(`${ARTICLE}?thread=article`);
      const section = writer.page.locator("#discussion");
      await section.getByLabel("写评论").fill(`这里可以${word}`);
      await section.getByRole("button", { name: "发布" }).click();
      await expect(section.getByTestId("composer-error")).toHaveText(`评论中有不允许使用的词语:${word}。请修改后再发。`);
      const held = `先审后发的评论 ${Date.now()}`;
      await section.getByLabel("写评论").fill(held);
      await section.getByRole("button", { name: "发布" }).click();
      const mine = section.locator("[data-comment-id]").filter({ hasText: held });
      await expect(mine).toContainText("正在审核,仅你可见。");
      const heldId = await mine.getAttribute("data-comment-id");

      const item = await queueItemIn(page, "pending", heldId ?? "");
      await expect(item.getByTestId("queue-flag")).toHaveText("先审后发 · 所有人");
      await item.getByTestId("queue-body").click();
      // r opens the reject dialog; typing there (a included) sets off no shortcut; Escape backs out.
      await page.keyboard.press("r");
      const reject = page.getByTestId("reject-dialog");
      await expect(reject).toBeVisible();
      await reject.getByRole("textbox").pressSequentially("a");
      await expect(reject.getByRole("textbox")).toHaveValue("a");
      await page.keyboard.press("Escape");
      await expect(reject).toHaveCount(0);
      await page.keyboard.press("x");
      await expect(item.getByRole("checkbox")).toBeChecked();
      await expect(page.getByTestId("bulk-bar")).toContainText("已选 1 条");
      await page.keyboard.press("a");
      await expect(page.getByTestId("queue-outcome")).toHaveText("通过:1 条已处理");
      await expect(item).toHaveCount(0);
      // Published now: readers' listings carry it.
      expect(await visibleIds(page, "article")).toContain(heldId);

      await page.goto("/moderation/settings");
      await page.getByTestId("word-list-blocked").getByRole("button", { name: `删除“${word}”` }).click();
      await expect(page.getByTestId("word-list-blocked").getByTestId("word-entry").filter({ hasText: word })).toHaveCount(0);
      await writer.page.context().close();
    } finally {
      // Other specs share this database: leave the defaults behind.
      await sql(`UPDATE "ModerationSettings" SET "preModeration" = 'OFF' WHERE "id" = 1`);
      await sql(`DELETE FROM "WordEntry" WHERE "term" = $1`, [word]);
      await admin.page.context().close();
    }
  });
});

test.describe("bulk thread actions", () => {
  test("lock and pin a root from the bulk bar; a reply among the chosen says why it was not applicable", async ({ browser }) => {
    test.setTimeout(150_000);
    const author = await signedIn(browser, "rooter");
    const moderator = await signedIn(browser, "bulkmod");
    await setRole(moderator.id, "MODERATOR");
    const anchor = await paragraphAnchor(author.page, 5);
    const stamp = Date.now();
    const posted = await author.page.request.post(`/api/v1/articles/${SLUG}/comments`, { data: { anchor, body: `批量锁定的主评论 ${stamp}` } });
    expect(posted.status()).toBe(201);
    const root = (await posted.json()) as { id: string };
    // The moderator answers: one post each, so no rate limit comes into play.
    const answered = await moderator.page.request.post(`/api/v1/articles/${SLUG}/comments`, { data: { anchor, parentId: root.id, body: `批量里的回复 ${stamp}` } });
    expect(answered.status()).toBe(201);
    const reply = (await answered.json()) as { id: string };

    const { page } = moderator;
    await page.goto("/moderation?tab=recent");
    const card = (id: string) => page.locator(`[data-testid="queue-item"][data-comment-id="${id}"]`);
    const bar = page.getByTestId("bulk-bar");
    const bulk = async (action: string) => {
      await card(root.id).getByRole("checkbox").check();
      await card(reply.id).getByRole("checkbox").check();
      await expect(bar).toContainText("已选 2 条");
      await bar.getByRole("button", { name: action, exact: true }).click();
    };

    await bulk("锁定");
    await expect(page.getByTestId("queue-outcome")).toHaveText("锁定:1 条已处理;1 条不适用(见各条的说明)");
    await expect(card(reply.id).getByTestId("queue-item-outcome")).toHaveText("不适用:这是一条回复,只有主评论可以锁定讨论。");
    await expect(card(reply.id).getByTestId("queue-item-outcome")).toHaveAttribute("data-outcome", "not_applicable");
    await expect(card(root.id).getByTestId("queue-item-outcome")).toHaveCount(0);
    await expect(card(root.id).locator("header")).toContainText("已锁定");

    await bulk("置顶");
    await expect(page.getByTestId("queue-outcome")).toHaveText("置顶:1 条已处理;1 条不适用(见各条的说明)");
    await expect(card(reply.id).getByTestId("queue-item-outcome")).toHaveText("不适用:只有已发布的主评论可以置顶。");
    await expect(card(root.id).locator("header")).toContainText("置顶");
    await card(reply.id).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/h6-bulk-1280.png" });
    await page.setViewportSize({ width: 360, height: 800 });
    await card(reply.id).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/h6-bulk-360.png" });

    // Locking the root again changes nothing there, and its card says so.
    await bulk("锁定");
    await expect(card(root.id).getByTestId("queue-item-outcome")).toHaveText("锁定:本来就是这样,没有改动。");
    // Readers can no longer answer in the locked thread.
    const refused = await author.page.request.post(`/api/v1/articles/${SLUG}/comments`, { data: { anchor, parentId: root.id, body: `锁定后的回复 ${stamp}` } });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("thread_locked");

    await bulk("解锁");
    await expect(page.getByTestId("queue-outcome")).toHaveText("解锁:1 条已处理;1 条不适用(见各条的说明)");
    await bulk("取消置顶");
    await expect(page.getByTestId("queue-outcome")).toHaveText("取消置顶:1 条已处理;1 条不适用(见各条的说明)");
    for (const reader of [author, moderator]) await reader.page.context().close();
  });
});
