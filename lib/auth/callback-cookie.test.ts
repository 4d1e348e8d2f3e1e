import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { dropUnsafeCallbackCookies, unsafeCallbackCookieNames } from "@/lib/auth/callback-cookie";

const origin = "https://marginalia.example";

describe("unsafeCallbackCookieNames", () => {
  it("names callback-URL cookies that Auth.js would refuse", () => {
    const cookies = [
      { name: "authjs.callback-url", value: "javascript:alert(1)" },
      { name: "__Secure-authjs.callback-url", value: "data:text/html,x" },
    ];
    expect(unsafeCallbackCookieNames(cookies, origin)).toEqual(["authjs.callback-url", "__Secure-authjs.callback-url"]);
  });

  it("keeps same-site callback URLs and leaves other cookies alone", () => {
    const cookies = [
      { name: "authjs.callback-url", value: "/articles/one?x=1#c" },
      { name: "__Secure-authjs.callback-url", value: "https://marginalia.example/account" },
      { name: "theme", value: "javascript:alert(1)" },
    ];
    expect(unsafeCallbackCookieNames(cookies, origin)).toEqual([]);
  });

  it("leaves http URLs to the redirect callback, which sends other origins to the root", () => {
    // Next reports 127.0.0.1 as localhost, so an origin comparison here would drop this site's own URLs.
    const cookies = [
      { name: "authjs.callback-url", value: "http://127.0.0.1:3100/articles/one?thread=demo#discussion" },
      { name: "__Secure-authjs.callback-url", value: "https://evil.example/" },
    ];
    expect(unsafeCallbackCookieNames(cookies, "http://localhost:3100")).toEqual([]);
  });
});

describe("dropUnsafeCallbackCookies", () => {
  it("drops a javascript: callback-URL cookie from the request and the browser, keeping the others", () => {
    const request = new NextRequest("https://marginalia.example/sign-in", {
      method: "POST",
      headers: { cookie: "authjs.callback-url=javascript%3Aalert(1); theme=dark" },
    });
    const response = dropUnsafeCallbackCookies(request);
    expect(response.headers.get("x-middleware-request-cookie")).toBe("theme=dark");
    expect(response.cookies.get("authjs.callback-url")?.value).toBe("");
  });

  it("passes a same-site callback URL through untouched", () => {
    const request = new NextRequest("https://marginalia.example/sign-in", { headers: { cookie: "authjs.callback-url=%2Farticles%2Fone" } });
    const response = dropUnsafeCallbackCookies(request);
    expect(response.headers.get("x-middleware-request-cookie")).toBeNull();
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});
