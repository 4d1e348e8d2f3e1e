import { beforeAll, describe, expect, it } from "vitest";
import {
  ANNOTATION_JSONLD_CONTENT_TYPE,
  PrivateAnnotationError,
  toAnnotation,
  type AnnotationInput,
} from "./annotation-jsonld";
import {
  PageOutOfRangeError,
  toAnnotationCollection,
  toAnnotationPage,
  type AnnotationCollectionInput,
  type AnnotationPageInput,
} from "./collection-jsonld";
import { loadW3cTest, runW3cTest, type AssertionResult, type AssertionType, type W3cTestFile } from "./w3c-validator";

const OPTIONS = { baseUrl: "https://marginalia.example/" };

const highlight: AnnotationInput = {
  id: "clh1ghl1ght",
  articleSlug: "openai-palace-intrigue",
  articleTitle: "OpenAI 宫斗大戏",
  quote: {
    type: "TextQuoteSelector",
    exact: "微软大哥倒吸一口凉气",
    prefix: "看着自己培养的合作伙伴彻底黑化,",
    suffix: ",不要是吧,那来我这干吧。",
  },
  position: { type: "TextPositionSelector", start: 120, end: 130 },
  note: null,
  creator: { id: "user-1", name: "读者甲" },
  created: new Date("2026-11-28T08:30:00.000Z"),
  modified: null,
  visibility: "public",
};

const note: AnnotationInput = {
  ...highlight,
  id: "clh1n0te",
  note: "说得好 👍😀 **加粗** <script>alert('x')</script>",
  modified: new Date("2026-11-29T01:02:03.456Z"),
};

// A quote at the very start of the document has no text before it.
const atDocumentStart: AnnotationInput = {
  ...highlight,
  id: "clh1start",
  quote: { type: "TextQuoteSelector", exact: "OpenAI", prefix: "", suffix: " 宫斗" },
  position: { type: "TextPositionSelector", start: 0, end: 6 },
};

const ANNOTATION_TESTS: W3cTestFile[] = [
  "annotations/annotationMusts.test",
  "annotations/annotationOptionals.test",
  "annotations/annotationsAgentOptionals.test",
];
const COLLECTION_TESTS: W3cTestFile[] = ["collections/collectionMusts.test", "collections/collectionOptionals.test"];
const PAGE_TESTS: W3cTestFile[] = ["collections/pages/pageMusts.test", "collections/pages/pageOptionals.test"];

function run(files: W3cTestFile[], document: unknown): AssertionResult[] {
  return files.flatMap((file) => runW3cTest(file, document));
}

/** Failed MUST assertions with Ajv's reasons, so a failure says what broke. */
function mustFailures(results: AssertionResult[]): string[] {
  return results.filter((r) => r.assertionType === "must" && !r.passed).map((r) => `${r.file} (${r.title}): ${r.errors}`);
}

function files(results: AssertionResult[], type: AssertionType, passed: boolean): string[] {
  return results.filter((r) => r.assertionType === type && r.passed === passed).map((r) => r.file);
}

function pageInput(page: number, total: number, pageSize: number): AnnotationPageInput {
  const first = (page - 1) * pageSize;
  const count = Math.min(pageSize, total - first);
  const annotations = Array.from({ length: count }, (_, i) => ({ ...(i % 2 ? note : highlight), id: `a${first + i}` }));
  return { articleSlug: highlight.articleSlug, articleTitle: highlight.articleTitle, annotations, page, pageSize, total };
}

function collectionInput(total: number, pageSize: number): AnnotationCollectionInput {
  const { articleSlug, articleTitle, annotations } = pageInput(1, total, pageSize);
  return { articleSlug, articleTitle, annotations, pageSize, total };
}

/** An item of a page on its own: the page's @context is what applies to it. */
function standalone(item: object) {
  return { "@context": "http://www.w3.org/ns/anno.jsonld", ...item };
}

const COLLECTION_URL = "https://marginalia.example/api/v1/articles/openai-palace-intrigue/annotations.jsonld";

describe("toAnnotation", () => {
  it("exports a highlight as a highlighting Annotation on the article, with both selectors", () => {
    expect(toAnnotation(highlight, OPTIONS)).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "https://marginalia.example/api/v1/annotations/clh1ghl1ght.jsonld",
      type: "Annotation",
      motivation: "highlighting",
      created: "2026-11-28T08:30:00.000Z",
      creator: { id: "https://marginalia.example/users/user-1", type: "Person", name: "读者甲" },
      generator: {
        id: "https://marginalia.example",
        type: "Software",
        name: "Marginalia",
        homepage: "https://marginalia.example",
      },
      target: {
        source: {
          id: "https://marginalia.example/articles/openai-palace-intrigue",
          type: "Text",
          format: "text/html",
          language: "zh",
          label: "OpenAI 宫斗大戏",
        },
        selector: [highlight.quote, highlight.position],
      },
    });
  });

  it("exports a note as a commenting Annotation whose Markdown is a TextualBody, verbatim", () => {
    const annotation = toAnnotation(note, OPTIONS);
    expect(annotation).toMatchObject({
      motivation: "commenting",
      body: { type: "TextualBody", value: note.note, format: "text/markdown", language: "zh" },
      modified: "2026-11-29T01:02:03.456Z",
    });
    // Serialised as JSON the note is a string value like any other: nothing to escape for HTML here.
    expect(JSON.parse(JSON.stringify(annotation)).body.value).toBe("说得好 👍😀 **加粗** <script>alert('x')</script>");
  });

  it("copies only the selector fields", () => {
    const stored = { ...highlight, position: { ...highlight.position, startAnchor: "p06" } as AnnotationInput["position"] };
    expect(toAnnotation(stored, OPTIONS).target.selector[1]).toEqual({ type: "TextPositionSelector", start: 120, end: 130 });
  });

  it("percent-encodes slugs and ids so every id stays a URI", () => {
    const annotation = toAnnotation({ ...highlight, id: "a/b", articleSlug: "宫斗", creator: { id: "u 1", name: "x" } }, OPTIONS);
    expect(annotation.id).toBe("https://marginalia.example/api/v1/annotations/a%2Fb.jsonld");
    expect(annotation.target.source.id).toBe("https://marginalia.example/articles/%E5%AE%AB%E6%96%97");
    expect(annotation.creator.id).toBe("https://marginalia.example/users/u%201");
  });

  it("refuses a private annotation with an error the API answers as 404", () => {
    const refuse = () => toAnnotation({ ...note, visibility: "private" }, OPTIONS);
    expect(refuse).toThrow(PrivateAnnotationError);
    expect(refuse).toThrow(expect.objectContaining({ code: "not_found", status: 404, annotationId: note.id }));
  });

  it("names the Web Annotation JSON-LD media type", () => {
    expect(ANNOTATION_JSONLD_CONTENT_TYPE).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  });
});

describe("toAnnotationCollection and toAnnotationPage", () => {
  it("has no pages without annotations", () => {
    expect(toAnnotationCollection(collectionInput(0, 20), OPTIONS)).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: COLLECTION_URL,
      type: "AnnotationCollection",
      label: "Public highlights and notes: OpenAI 宫斗大戏",
      total: 0,
    });
    expect(() => toAnnotationPage(pageInput(1, 0, 20), OPTIONS)).toThrow(PageOutOfRangeError);
  });

  it("embeds the only page, which is also the last", () => {
    const collection = toAnnotationCollection(collectionInput(2, 20), OPTIONS);
    expect(collection).toMatchObject({
      total: 2,
      first: { id: `${COLLECTION_URL}?page=1`, type: "AnnotationPage", partOf: COLLECTION_URL, startIndex: 0 },
      last: `${COLLECTION_URL}?page=1`,
    });
    expect(collection.first?.items.map((item) => item.id)).toEqual([
      "https://marginalia.example/api/v1/annotations/a0.jsonld",
      "https://marginalia.example/api/v1/annotations/a1.jsonld",
    ]);
    // Items inherit the collection's @context.
    expect(collection.first?.items[0]).not.toHaveProperty("@context");
    expect(collection.first).not.toHaveProperty("prev");
    expect(collection.first).not.toHaveProperty("next");
  });

  it("links the first page to the next and names the last of several", () => {
    const collection = toAnnotationCollection(collectionInput(5, 2), OPTIONS);
    expect(collection.first).toMatchObject({ next: `${COLLECTION_URL}?page=2` });
    expect(collection.last).toBe(`${COLLECTION_URL}?page=3`);
  });

  it("serves page 2 of 3 with prev, next, startIndex and the collection it is part of", () => {
    const page = toAnnotationPage(pageInput(2, 5, 2), OPTIONS);
    expect(page).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${COLLECTION_URL}?page=2`,
      type: "AnnotationPage",
      partOf: { id: COLLECTION_URL, label: "Public highlights and notes: OpenAI 宫斗大戏", total: 5 },
      prev: `${COLLECTION_URL}?page=1`,
      next: `${COLLECTION_URL}?page=3`,
      startIndex: 2,
    });
    expect(page.items).toHaveLength(2);
    expect(toAnnotationPage(pageInput(3, 5, 2), OPTIONS)).not.toHaveProperty("next");
  });

  it("refuses pages that do not exist, and private annotations", () => {
    expect(() => toAnnotationPage(pageInput(4, 5, 2), OPTIONS)).toThrow(PageOutOfRangeError);
    expect(() => toAnnotationPage({ ...pageInput(1, 5, 2), page: 0 }, OPTIONS)).toThrow(PageOutOfRangeError);
    expect(() => toAnnotationPage({ ...pageInput(1, 5, 2), pageSize: 0 }, OPTIONS)).toThrow(RangeError);
    const withPrivate = { ...collectionInput(1, 20), annotations: [{ ...highlight, visibility: "private" as const }] };
    expect(() => toAnnotationCollection(withPrivate, OPTIONS)).toThrow(PrivateAnnotationError);
  });
});

describe("validity against the W3C Web Annotation test suite", () => {
  // Compiling the suite's schemas takes a few seconds; do it once.
  beforeAll(() => {
    for (const file of [...ANNOTATION_TESTS, ...COLLECTION_TESTS, ...PAGE_TESTS]) loadW3cTest(file);
  }, 120_000);

  it.each([
    ["a highlight", highlight],
    ["a note with Chinese, emoji and <script> in its Markdown", note],
    ["a quote at the document start (empty prefix)", atDocumentStart],
    ["a quote at the document end (empty suffix)", { ...highlight, quote: { ...highlight.quote, suffix: "" } }],
  ])("%s passes every MUST assertion for annotations", (_, input) => {
    expect(mustFailures(run(ANNOTATION_TESTS, toAnnotation(input, OPTIONS)))).toEqual([]);
  });

  it("the validator is live: a broken annotation fails exactly the MUSTs it breaks", () => {
    const broken: Record<string, unknown> = {
      ...toAnnotation(highlight, OPTIONS),
      type: "Highlight",
      created: "yesterday",
      id: "https://marginalia.example/注释/1", // an IRI, not a URI
    };
    delete broken["@context"];
    expect(files(run(ANNOTATION_TESTS, broken), "must", false)).toEqual([
      "annotations/3.1-annotationContextValidated.json",
      "annotations/3.1-annotationIdValidated.json",
      "annotations/3.1-annotationTypeValidated.json",
      "annotations/3.3.1-annotationCreatedValidated.json",
    ]);
  });

  it("a note is recognised as having what the export sets out to have", () => {
    const passedOptional = (results: AssertionResult[]) => [...files(results, "should", true), ...files(results, "may", true)];
    expect(passedOptional(run(ANNOTATION_TESTS, toAnnotation(note, OPTIONS)))).toEqual(
      expect.arrayContaining([
        "annotations/3.3.5-annotationSingleMotivationImplemented.json",
        "annotations/3.3.1-annotationCreatedImplemented.json",
        "annotations/3.3.1-annotationModifiedImplemented.json",
        "annotations/3.1-bodyKeyFound.json",
        "annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json",
        "annotations/bodiesTargets/3.2.1-bodySingleFormat.json",
        "annotations/bodiesTargets/3.2.1-bodySingleLanguage.json",
        "annotations/bodiesTargets/3.2.1-targSingleFormat.json",
        "annotations/bodiesTargets/3.2.1-targSingleLanguage.json",
        "annotations/bodiesTargets/4-targSpecificResource.json",
        "annotations/specificResource/4.2.4-textQuoteSelector.json",
        "annotations/specificResource/4.2.4-prefix.json",
        "annotations/specificResource/4.2.4-suffix.json",
        "annotations/specificResource/4.2.5-textPositionSelector.json",
        "annotations/3.3.2-annotationCreatorAgentIdImplemented.json",
        "annotations/3.3.2-annotationCreatorAgentTypeImplemented.json",
        "annotations/3.3.2-annotationCreatorAgentSingleNameImplemented.json",
        "annotations/3.3.2-annotationGeneratorAgentIdImplemented.json",
        "annotations/3.3.2-annotationGeneratorAgentTypeImplemented.json",
        "annotations/3.3.2-annotationGeneratorAgentSingleNameImplemented.json",
        "annotations/3.3.2-annotationGeneratorAgentHomepageImplemented.json",
      ]),
    );
  });

  // The SHOULDs a note misses are about features the export does not have:
  // bodies and targets with their own creator and dates, agent nicknames, and
  // a FragmentSelector's conformsTo. A highlight also has no body at all.
  const NOTE_UNMET_SHOULDS = [
    "annotations/bodiesTargets/3.3.1-bodySingleCreator.json",
    "annotations/bodiesTargets/3.3.1-bodyCreated.json",
    "annotations/bodiesTargets/3.3.1-targSingleCreator.json",
    "annotations/bodiesTargets/3.3.1-targCreated.json",
    "annotations/specificResource/4.2.1-conformsTo.json",
    "annotations/3.3.2-annotationCreatorAgentNicknameImplemented.json",
    "annotations/3.3.2-annotationGeneratorAgentNicknameImplemented.json",
    "annotations/bodiesTargets/3.3.2-bodyCreatorAgentIdImplemented.json",
    "annotations/bodiesTargets/3.3.2-bodyCreatorAgentTypeImplemented.json",
    "annotations/bodiesTargets/3.3.2-bodyCreatorAgentNicknameImplemented.json",
    "annotations/bodiesTargets/3.3.2-bodyCreatorAgentSingleNameImplemented.json",
    "annotations/bodiesTargets/3.3.2-targCreatorAgentIdImplemented.json",
    "annotations/bodiesTargets/3.3.2-targCreatorAgentTypeImplemented.json",
    "annotations/bodiesTargets/3.3.2-targCreatorAgentNicknameImplemented.json",
    "annotations/bodiesTargets/3.3.2-targCreatorAgentSingleNameImplemented.json",
  ];
  const HIGHLIGHT_ONLY_UNMET_SHOULDS = [
    "annotations/3.1-bodyKeyFound.json",
    "annotations/bodiesTargets/3.2.1-bodySingleFormat.json",
    "annotations/bodiesTargets/3.2.1-bodySingleLanguage.json",
    "annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json",
  ];

  it("a note misses only the SHOULDs about features it does not have", () => {
    const unmet = files(run(ANNOTATION_TESTS, toAnnotation(note, OPTIONS)), "should", false);
    expect(unmet.sort()).toEqual([...NOTE_UNMET_SHOULDS].sort());
  });

  it("a highlight misses, besides those, only the SHOULDs about a body", () => {
    const unmet = files(run(ANNOTATION_TESTS, toAnnotation(highlight, OPTIONS)), "should", false);
    expect(unmet.sort()).toEqual([...NOTE_UNMET_SHOULDS, ...HIGHLIGHT_ONLY_UNMET_SHOULDS].sort());
  });

  it("an empty collection passes every MUST and SHOULD for collections but the last page it cannot have", () => {
    const results = run(COLLECTION_TESTS, toAnnotationCollection(collectionInput(0, 20), OPTIONS));
    expect(mustFailures(results)).toEqual([]);
    expect(files(results, "should", false)).toEqual(["collections/5.1-collectionLastImplemented.json"]);
  });

  it.each([
    ["one page", collectionInput(2, 20)],
    ["several pages", collectionInput(5, 2)],
  ])("a collection of %s embeds a first page: it passes every MUST and SHOULD for collections and pages", (_, input) => {
    const collection = toAnnotationCollection(input, OPTIONS);
    const results = run([...COLLECTION_TESTS, ...PAGE_TESTS], collection);
    expect(mustFailures(results)).toEqual([]);
    expect(files(results, "should", false)).toEqual([]);
    for (const item of collection.first?.items ?? []) {
      expect(mustFailures(run(ANNOTATION_TESTS, standalone(item)))).toEqual([]);
    }
  });

  it.each([
    ["page 2 of 3 (prev and next)", pageInput(2, 5, 2)],
    ["page 3 of 3 (prev only)", pageInput(3, 5, 2)],
  ])("%s passes every MUST and SHOULD for pages, and each of its items every MUST for annotations", (_, input) => {
    const page = toAnnotationPage(input, OPTIONS);
    const results = run(PAGE_TESTS, page);
    expect(mustFailures(results)).toEqual([]);
    expect(files(results, "should", false)).toEqual([]);
    for (const item of page.items) {
      expect(mustFailures(run(ANNOTATION_TESTS, standalone(item)))).toEqual([]);
    }
  });

  it("the validator is live for pages too", () => {
    const page = toAnnotationPage(pageInput(2, 5, 2), OPTIONS);
    const broken = { ...page, startIndex: -1, next: "page=3", items: [{ id: "x" }] };
    expect(files(run(PAGE_TESTS, broken), "must", false)).toEqual([
      "collections/pages/5.2-pageItemsValidated.json",
      "collections/pages/5.2-pageStartIndexValidated.json",
      "collections/pages/5.2-pageNextValidated.json",
    ]);
  });
});
