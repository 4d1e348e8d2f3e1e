import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { popularLevel } from "../components/highlights/paint-layers";
import { documentText } from "../lib/anchoring/document-text";
import { createSelectors } from "../lib/anchoring/selectors";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "./support/server-env";
import { signedInReader, signIn, uniqueUser } from "./support/sign-in";

const SLUG = "openai-board-reversal";
const ARTICLE = `/articles/${SLUG}`;

type ApiHighlight = { id: string; exact: string; startAnchor: string; endAnchor: string; visibility: string; isMine: boolean; note: { body: string | null } | null };

/** A browser context of its own, signed in through the local OpenID Connect issuer; it may use the clipboard. */
async function signedInPage(browser: Browser, prefix: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: E2E_BASE_URL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signIn(page, { user: uniqueUser(prefix) });
  return page;
}

const paragraph = (page: Page, n: number) => page.locator('[data-testid="article-body"] p[data-kind="paragraph"]').nth(n - 1);
const paragraphText = (page: Page, n: number) => paragraph(page, n).locator("[data-block-text]");

/** The text of every range a highlight layer paints (the CSS Custom Highlight API leaves the DOM alone). */
function painted(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? Array.from(highlight, (range) => (range as Range).toString()) : [];
  }, layer);
}

/** Paragraph `n`'s text with every character no 热门划线 level shades replaced by U+FFFD. */
function shadedText(page: Page, n: number): Promise<string> {
  return paragraphText(page, n).evaluate((element) => {
    const text = element.textContent ?? "";
    const covered = new Array<boolean>(text.length).fill(false);
    const block = document.createRange();
    block.selectNodeContents(element);
    for (const level of ["mg-popular-1", "mg-popular-2", "mg-popular-3"]) {
      for (const painted of CSS.highlights.get(level) ?? []) {
        const range = painted as Range;
        if (!range.intersectsNode(element)) continue;
        const part = range.cloneRange();
        if (part.compareBoundaryPoints(Range.START_TO_START, block) < 0) part.setStart(block.startContainer, block.startOffset);
        if (part.compareBoundaryPoints(Range.END_TO_END, block) > 0) part.setEnd(block.endContainer, block.endOffset);
        const before = block.cloneRange();
        before.setEnd(part.startContainer, part.startOffset);
        const from = before.toString().length;
        covered.fill(true, from, from + part.toString().length);
      }
    }
    return text.split("").map((unit, index) => (covered[index] ? unit : "\uFFFD")).join("");
  });
}

async function myHighlights(page: Page): Promise<ApiHighlight[]> {
  const response = await page.request.get(`/api/v1/articles/${SLUG}/highlights`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { highlights: ApiHighlight[] }).highlights.filter((highlight) => highlight.isMine);
}

/** Drags the mouse from a point in `from` to a point in `to`, both given relative to their boxes. */
async function dragSelect(page: Page, from: Locator, fromAt: { x: number; y: number }, to: Locator, toAt: { x: number; y: number }) {
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error("the paragraphs are not on screen");
  await page.mouse.move(start.x + fromAt.x, start.y + fromAt.y);
  await page.mouse.down();
  await page.mouse.move(end.x + toAt.x, end.y + toAt.y, { steps: 8 });
  await page.mouse.up();
}

/** Clicks the middle of the first line of a paragraph's text. */
async function clickText(page: Page, text: Locator) {
  await text.scrollIntoViewIfNeeded();
  const box = await text.boundingBox();
  if (!box) throw new Error("no text box");
  await page.mouse.click(box.x + 40, box.y + 12);
}

const toolbar = (page: Page) => page.getByTestId("selection-toolbar");

/** The article's text as the server anchors highlights in it, and where its `n`th paragraph lies there. */
async function paragraphInText(request: APIRequestContext, n: number) {
  const article = (await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { blocks: { anchor: string; kind: string; text: string }[] };
  const doc = documentText(article.blocks);
  const anchor = article.blocks.filter((block) => block.kind === "paragraph")[n - 1]?.anchor;
  const block = doc.blocks.find((candidate) => candidate.anchor === anchor);
  if (!block) throw new Error(`the article has no paragraph ${n}`);
  return { doc, block };
}

/** The viewport point at the middle of the character `index` code points into a block's text. */
async function characterPoint(page: Page, anchor: string, index: number): Promise<{ x: number; y: number }> {
  await page.locator(`[id="${anchor}"]`).scrollIntoViewIfNeeded();
  return page.evaluate(
    ({ anchor, index }) => {
      const node = document.getElementById(anchor)?.querySelector("[data-block-text]")?.firstChild;
      if (!node?.nodeValue) throw new Error(`block ${anchor} has no text`);
      const unit = Array.from(node.nodeValue).slice(0, index).join("").length;
      const range = document.createRange();
      range.setStart(node, unit);
      range.setEnd(node, unit + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { anchor, index },
  );
}

/** Polls until a page has loaded, hydrated and painted; on this loaded machine that can take well over 5 s. */
function settled<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 20_000 });
}

test.describe("highlights and notes", () => {
  test("highlight across paragraphs by mouse and keyboard, reload, make public, another reader sees it and hides it", async ({ browser }) => {
    test.setTimeout(180_000);
    const alice = await signedInPage(browser, "hl-alice");
    await alice.goto(ARTICLE);
    const p2 = (await paragraphText(alice, 2).textContent()) ?? "";
    const p3 = (await paragraphText(alice, 3).textContent()) ?? "";

    // Mouse: from the start of paragraph 2 into the first line of paragraph 3 (past a figure caption between them).
    await dragSelect(alice, paragraphText(alice, 2), { x: 1, y: 10 }, paragraphText(alice, 3), { x: 120, y: 12 });
    await expect(toolbar(alice)).toBeVisible();
    await expect(toolbar(alice)).toHaveAttribute("role", "toolbar");
    await toolbar(alice).getByRole("button", { name: "划线" }).click();
    await expect(toolbar(alice)).toHaveCount(0);
    await expect(alice.getByRole("status").filter({ hasText: "已划线" })).toHaveCount(1);

    let mine = await myHighlights(alice);
    expect(mine).toHaveLength(1);
    const byMouse = mine[0]!;
    expect(byMouse.startAnchor).toBe(await paragraph(alice, 2).getAttribute("data-block"));
    expect(byMouse.endAnchor).toBe(await paragraph(alice, 3).getAttribute("data-block"));
    // One painted range per block it covers: all of paragraph 2, the blocks between, the start of paragraph 3.
    const mousePieces = byMouse.exact.split("\n\n");
    expect(mousePieces[0]).toBe(p2);
    expect(p3.startsWith(mousePieces.at(-1)!)).toBe(true);
    expect(mousePieces.at(-1)!.length).toBeGreaterThan(1);
    await settled(() => painted(alice, "mg-mine")).toEqual(mousePieces);

    // Keyboard: a word of paragraph 4 selected (without caret browsing a static page has no
    // caret to start from), extended with Shift+arrows into paragraph 5, Tab into the toolbar, Enter.
    const p4 = paragraphText(alice, 4);
    await p4.scrollIntoViewIfNeeded();
    const p4Box = await p4.boundingBox();
    await alice.mouse.dblclick(p4Box!.x + 40, p4Box!.y + 12);
    const fifth = paragraph(alice, 5);
    for (let step = 0; step < 20; step++) {
      const inFifth = await fifth.evaluate((element) => {
        const focus = document.getSelection()?.focusNode;
        return focus ? element.contains(focus) : false;
      });
      if (inFifth) break;
      await alice.keyboard.press("Shift+ArrowDown");
    }
    await alice.keyboard.press("Shift+ArrowRight");
    await expect(toolbar(alice)).toBeVisible();
    await alice.keyboard.press("Tab");
    await expect(toolbar(alice).getByRole("button", { name: "划线" })).toBeFocused();
    await alice.keyboard.press("Enter");
    await expect(toolbar(alice)).toHaveCount(0);

    await settled(async () => (await myHighlights(alice)).length).toBe(2);
    mine = await myHighlights(alice);
    const byKeyboard = mine.find((highlight) => highlight.id !== byMouse.id)!;
    expect(byKeyboard.startAnchor).toBe(await paragraph(alice, 4).getAttribute("data-block"));
    expect(byKeyboard.endAnchor).toBe(await fifth.getAttribute("data-block"));

    // Reload: both are still painted.
    const keyboardPieces = byKeyboard.exact.split("\n\n");
    await alice.reload();
    await settled(async () => (await painted(alice, "mg-mine")).length).toBe(mousePieces.length + keyboardPieces.length);
    expect(await painted(alice, "mg-mine")).toEqual([...mousePieces, ...keyboardPieces]);

    // Make the first public from its popover.
    await clickText(alice, paragraphText(alice, 2));
    const popover = alice.getByTestId("highlight-popover");
    await expect(popover).toBeVisible();
    await expect(popover.getByTestId("highlight-visibility")).toHaveText("仅自己可见");
    await popover.getByRole("button", { name: "设为公开" }).click();
    await expect(popover.getByTestId("highlight-visibility")).toHaveText("公开的划线");
    await alice.keyboard.press("Escape");
    await expect(popover).toHaveCount(0);
    await alice.screenshot({ path: "/tmp/h2-article-1280.png" });

    // A second reader sees it underlined and shaded as popular, with the count on hover.
    const bob = await signedInPage(browser, "hl-bob");
    await bob.goto(ARTICLE);
    await settled(() => painted(bob, "mg-others")).toContain(p2);
    // Other specs' public highlights may share parts of the paragraph, so its shading can be split across levels.
    await settled(() => shadedText(bob, 2)).toContain(p2);
    const box = await paragraphText(bob, 2).boundingBox();
    await bob.mouse.move(box!.x + 40, box!.y + 12);
    await expect(bob.getByTestId("popular-tip")).toHaveText(/\d+ 位读者划了这段/);
    expect(await painted(bob, "mg-mine")).toEqual([]);

    // Bob hides other readers' highlights; the choice survives a reload.
    await bob.getByLabel("显示其他读者的划线").uncheck();
    await settled(() => painted(bob, "mg-others")).toEqual([]);
    expect(await Promise.all(["mg-popular-1", "mg-popular-2", "mg-popular-3"].map((level) => painted(bob, level)))).toEqual([[], [], []]);
    await bob.reload();
    await expect(bob.getByLabel("显示其他读者的划线")).not.toBeChecked();
    await expect(bob.getByTestId("highlight-controls")).toBeVisible();
    expect(await painted(bob, "mg-others")).toEqual([]);
    await bob.getByLabel("显示其他读者的划线").check();
    await settled(() => painted(bob, "mg-others")).toContain(p2);

    await alice.context().close();
    await bob.context().close();
  });

  test("a reader with the article open sees another reader's new public highlight shaded live, its count on hover", async ({ browser, request }) => {
    test.setTimeout(120_000);
    const { doc, block } = await paragraphInText(request, 12);
    const { quote, position } = createSelectors(doc, block.start + 4, block.start + 16);
    const hovered = block.start + 10;
    const alice = await signedInReader(browser, "live-alice");
    const bob = await signedInPage(browser, "live-bob");

    // Bob opens the article: his highlights are loaded and his live stream answered (the server subscribes before it answers).
    const loaded = bob.waitForResponse((response) => new URL(response.url()).pathname === `/api/v1/articles/${SLUG}/highlights` && response.ok());
    const subscribed = bob.waitForResponse((response) => new URL(response.url()).pathname === `/api/v1/articles/${SLUG}/events` && response.ok());
    await bob.goto(ARTICLE);
    const [list] = await Promise.all([loaded, subscribed]);
    // Earlier runs on the kept database may have highlighted the passage already: the count goes up by one.
    const { popular } = (await list.json()) as { popular: { start: number; end: number; count: number }[] };
    const before = Math.max(0, ...popular.filter((passage) => passage.start <= hovered && hovered < passage.end).map((passage) => passage.count));

    const response = await alice.api.post(`/api/v1/articles/${SLUG}/highlights`, { data: { selectors: [quote, position], visibility: "public" } });
    expect(response.status(), await response.text()).toBe(201);

    // Without a reload: the passage is shaded for its new count, and hovering it tells the count.
    await settled(() => painted(bob, `mg-popular-${popularLevel(before + 1)}`)).toContain(quote.exact);
    await settled(() => painted(bob, "mg-others")).toContain(quote.exact);
    const point = await characterPoint(bob, block.anchor, hovered - block.start);
    let nudge = 0;
    await settled(async () => {
      // The tip follows the pointer: move it a little each time it is read.
      nudge = 1 - nudge;
      await bob.mouse.move(point.x + nudge, point.y);
      return bob.getByTestId("popular-tip").allTextContents();
    }).toEqual([`${before + 1} 位读者划了这段`]);

    await alice.context.close();
    await bob.context().close();
  });

  test("a public note gets a reply from another reader; links to passages open scrolled and flashed; 我的笔记 and its export", async ({ browser }) => {
    test.setTimeout(180_000);
    const alice = await signedInPage(browser, "note-alice");
    const bob = await signedInPage(browser, "note-bob");
    await alice.goto(ARTICLE);

    // Alice writes a public note on part of paragraph 6.
    const p6 = paragraphText(alice, 6);
    await dragSelect(alice, p6, { x: 30, y: 12 }, p6, { x: 200, y: 12 });
    await toolbar(alice).getByRole("button", { name: "批注" }).click();
    const noteBody = `A 的批注 ${Date.now()}`;
    await toolbar(alice).getByLabel("写批注").fill(noteBody);
    await toolbar(alice).getByLabel(/公开/).check();
    await toolbar(alice).getByLabel("写批注").press("Control+Enter");
    await expect(toolbar(alice)).toHaveCount(0);
    const note = (await myHighlights(alice)).find((highlight) => highlight.note?.body === noteBody)!;
    expect(note.visibility).toBe("public");
    await settled(() => painted(alice, "mg-mine-noted")).toEqual([note.exact]);

    // Bob clicks the noted passage: its thread opens in the panel, and he replies.
    await bob.goto(ARTICLE);
    await settled(() => painted(bob, "mg-others")).toContain(note.exact);
    await clickText(bob, paragraphText(bob, 6).first());
    await expect(bob).toHaveURL(new RegExp(`[?&]thread=note-${note.id}`));
    const panel = bob.getByTestId("thread-panel");
    await expect(panel.getByTestId("thread-quote")).toHaveText(note.exact);
    await expect(panel.getByText(noteBody)).toBeVisible();
    const reply = `B 的回复 ${Date.now()}`;
    await panel.getByLabel("写评论").fill(reply);
    await panel.getByRole("button", { name: "发布" }).click();
    await expect(panel.getByText(reply)).toBeVisible();

    // The thread reopens on reload, and Alice sees the reply counted in her popover and in the thread.
    await bob.reload();
    await expect(bob.getByTestId("thread-panel").getByText(reply)).toBeVisible({ timeout: 20_000 });
    await alice.reload();
    await settled(() => painted(alice, "mg-mine-noted")).toEqual([note.exact]);
    await clickText(alice, paragraphText(alice, 6));
    const popover = alice.getByTestId("highlight-popover");
    await popover.getByRole("button", { name: "打开批注 · 1 条回复" }).click();
    await expect(alice.getByTestId("thread-panel").getByText(reply)).toBeVisible();
    await alice.keyboard.press("Escape");

    // Copy a link to an unsaved passage in paragraph 9; it opens scrolled to the passage, flashed.
    const p9 = paragraphText(alice, 9);
    await dragSelect(alice, p9, { x: 20, y: 12 }, p9, { x: 160, y: 12 });
    const selected = await alice.evaluate(() => document.getSelection()?.toString() ?? "");
    await toolbar(alice).getByRole("button", { name: "复制引用链接" }).click();
    await expect(toolbar(alice).getByRole("button", { name: "已复制链接" })).toBeVisible();
    const link = await alice.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`${ARTICLE}?passage=`);
    await bob.bringToFront();
    await bob.goto(link);
    await settled(() => painted(bob, "mg-passage")).toEqual([selected]);
    const inView = await paragraphText(bob, 9).evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return window.scrollY > 0 && rect.top >= 0 && rect.top < window.innerHeight;
    });
    expect(inView).toBe(true);

    // 我的笔记, from the user menu: the note, a link back to its passage, the Markdown export.
    await alice.getByTestId("user-menu").locator("summary").click();
    await alice.getByTestId("my-notes-link").click();
    await expect(alice).toHaveURL(/\/me\/notes$/);
    // The menu closes once the page changes (the header outlives client navigation).
    await expect(alice.getByTestId("my-notes-link")).toBeHidden();
    const item = alice.getByTestId("my-note").filter({ hasText: noteBody });
    await expect(item).toContainText(note.exact);
    await expect(item).toContainText("1 条回复");
    await alice.screenshot({ path: "/tmp/h2-notes-1280.png" });
    const exported = await alice.request.get("/api/v1/me/notes.md");
    expect(exported.headers()["content-type"]).toContain("text/markdown");
    const markdown = await exported.text();
    expect(markdown).toContain(`> ${note.exact}`);
    expect(markdown).toContain(noteBody);
    await item.getByRole("link", { name: "回到原文" }).click();
    await settled(() => painted(alice, "mg-passage")).toEqual([note.exact]);

    await alice.context().close();
    await bob.context().close();
  });

  test("a highlight whose passage is gone is listed under 无法定位 on 我的笔记, with the quote as it was highlighted", async ({ browser, request }) => {
    const { doc, block } = await paragraphInText(request, 7);
    const { quote, position } = createSelectors(doc, block.start + 2, block.start + 12);
    const reader = await signedInPage(browser, "hl-orphan");
    const response = await reader.request.post(`/api/v1/articles/${SLUG}/highlights`, { data: { selectors: [quote, position] } });
    expect(response.status(), await response.text()).toBe(201);
    const { id } = (await response.json()) as { id: string };

    // What re-importing a revision leaves behind when the passage cannot be found again: the row kept, marked orphaned,
    // here after an earlier revision had moved it onto slightly different text. (The shared article is not re-imported:
    // other specs depend on its text.)
    const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await db.connect();
    try {
      const updated = await db.query(`UPDATE "Highlight" SET "orphanedAt" = now(), "exact" = $2 WHERE "id" = $1`, [id, `${quote.exact}(改)`]);
      expect(updated.rowCount).toBe(1);
    } finally {
      await db.end();
    }

    await reader.goto("/me/notes");
    const orphans = reader.getByTestId("orphans");
    await expect(orphans.getByRole("heading", { name: "无法定位" })).toBeVisible();
    const item = orphans.locator(`[data-highlight-id="${id}"]`);
    await expect(item.locator("blockquote")).toHaveText(quote.exact);
    // Nowhere to go back to, and not also listed among the highlights that are still anchored.
    await expect(item.getByRole("link", { name: "回到原文" })).toHaveCount(0);
    await expect(reader.locator(`[data-highlight-id="${id}"]`)).toHaveCount(1);
    await reader.context().close();
  });

  test("signed-out readers are offered sign-in and come back to the passage; the toolbar fits a 360 px phone", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "zh-CN", viewport: { width: 360, height: 740 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const p3 = paragraphText(page, 3);
    await dragSelect(page, p3, { x: 10, y: 12 }, p3, { x: 200, y: 12 });
    await expect(toolbar(page)).toBeVisible();
    const bar = await toolbar(page).boundingBox();
    expect(bar!.x).toBeGreaterThanOrEqual(0);
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: "/tmp/h2-toolbar-360.png" });
    await toolbar(page).getByRole("button", { name: "划线" }).click();
    await expect(page.getByTestId("highlight-sign-in")).toBeVisible();
    await expect(page).toHaveURL(/\?passage=\d+-\d+&quote=/);
    await page.getByTestId("highlight-sign-in").locator('button[name="provider"][value="oidc"]').click();
    const name = page.getByLabel("演示用户名 Demo user name");
    await name.fill(uniqueUser("hl-late"));
    await page.getByRole("button", { name: "登录 Sign in" }).click();
    await expect(page).toHaveURL(/\/articles\/openai-board-reversal\?passage=/);
    await settled(async () => (await painted(page, "mg-passage")).length).toBe(1);
    await context.close();
  });
});
