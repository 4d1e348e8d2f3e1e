// Test support: runs the W3C Web Annotation test suite's JSON-schema assertions
// (copied into ./w3c, see its README) against a document, the way the suite's
// own runner (annotation-model/scripts/JSONtest.js) does, in Node with Ajv.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv, { type AnySchemaObject, type ValidateFunction } from "ajv-draft-04";

const SUITE_DIR = fileURLToPath(new URL("./w3c/", import.meta.url));

export type W3cTestFile =
  | "annotations/annotationMusts.test"
  | "annotations/annotationOptionals.test"
  | "annotations/annotationsAgentOptionals.test"
  | "collections/collectionMusts.test"
  | "collections/collectionOptionals.test"
  | "collections/pages/pageMusts.test"
  | "collections/pages/pageOptionals.test";

export type AssertionType = "must" | "should" | "may";

export type AssertionResult = {
  /** The assertion's file, relative to the suite, as the .test file lists it. */
  file: string;
  assertionType: AssertionType;
  title: string;
  passed: boolean;
  /** Ajv's errors when the result was not the expected one. */
  errors: string;
};

export type W3cAssertion = {
  file: string;
  assertionType: AssertionType;
  title: string;
  expectedResult: "valid" | "invalid";
  validate: ValidateFunction;
};

// RFC 3986 absolute URI: a scheme, then only URI characters (no spaces, no raw
// non-ASCII) with well-formed percent-escapes.
const URI = /^[a-z][a-z\d+.-]*:[\w\-.~:/?#[\]@!$&'()*+,;=%]*$/i;
const BAD_ESCAPE = /%(?![\da-f]{2})/i;
// RFC 3339 date-time, as draft-04 defines "date-time".
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(SUITE_DIR, file), "utf8"));
}

function createAjv(): Ajv {
  // strict: false because the schemas predate Ajv's strict mode (and carry the
  // suite's own keywords). Ajv 8 is stricter than the suite's Ajv 4 in one way:
  // it applies keywords next to a $ref, which draft-04 ignores; the W3C schemas
  // mean them. No inlining and no code optimisation: compiling the 223
  // assertions then takes about 4 s instead of over 10 s.
  const ajv = new Ajv({ allErrors: true, strict: false, inlineRefs: false, code: { optimize: false } });
  // The formats are the checks that matter most (ids are URIs, dates are
  // date-times); Ajv ships none, and unknown formats would pass anything.
  ajv.addFormat("uri", (value: string) => URI.test(value) && !BAD_ESCAPE.test(value));
  ajv.addFormat("date-time", (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));
  for (const file of readdirSync(path.join(SUITE_DIR, "definitions")).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(readJson(path.join("definitions", file)) as AnySchemaObject);
  }
  return ajv;
}

let sharedAjv: Ajv | undefined;
function suiteAjv(): Ajv {
  return (sharedAjv ??= createAjv());
}

const assertions = new Map<string, W3cAssertion>();

function loadAssertion(file: string): W3cAssertion {
  const cached = assertions.get(file);
  if (cached) return cached;
  const schema = readJson(file) as AnySchemaObject;
  const { assertionType, title, expectedResult = "valid", onUnexpectedResult = "failAndContinue" } = schema;
  // Every assertion the project uses continues after a failure; anything else
  // would need the runner's skip/abort logic.
  if (!["must", "should", "may"].includes(assertionType) || !String(onUnexpectedResult).endsWith("AndContinue")) {
    throw new Error(`${file}: unsupported assertion (${assertionType}, ${onUnexpectedResult})`);
  }
  const assertion: W3cAssertion = { file, assertionType, title, expectedResult, validate: suiteAjv().compile(schema) };
  assertions.set(file, assertion);
  return assertion;
}

/** The assertion files a .test file lists, loaded and compiled (cached across calls). */
export function loadW3cTest(testFile: W3cTestFile): W3cAssertion[] {
  const { assertions: entries } = readJson(testFile) as { assertions: unknown[] };
  return entries.map((entry) => {
    // The suite also allows inline and nested assertions; the files used here only list file names.
    if (typeof entry !== "string") throw new Error(`${testFile}: only assertion file names are supported`);
    return loadAssertion(entry);
  });
}

/** Every assertion of the .test file, applied to `document`. */
export function runW3cTest(testFile: W3cTestFile, document: unknown): AssertionResult[] {
  return loadW3cTest(testFile).map(({ file, assertionType, title, expectedResult, validate }) => {
    const valid = validate(document);
    const passed = valid === (expectedResult === "valid");
    return { file, assertionType, title, passed, errors: passed ? "" : suiteAjv().errorsText(validate.errors) };
  });
}
