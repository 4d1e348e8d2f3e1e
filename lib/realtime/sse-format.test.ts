import { describe, expect, it } from "vitest";
import { sseComment, sseMessage, sseRetry } from "@/lib/realtime/sse-format";

describe("SSE wire format", () => {
  it("writes id, event and JSON data, ended by a blank line", () => {
    expect(sseMessage({ id: "42", event: "comment.liked", data: { id: "c1", likeCount: 2 } })).toBe(
      'id: 42\nevent: comment.liked\ndata: {"id":"c1","likeCount":2}\n\n',
    );
  });

  it("keeps line breaks inside the data's strings escaped, on one data line", () => {
    const text = sseMessage({ data: { body: "第一行\n第二行\r\n第三行" } });
    expect(text).toBe('data: {"body":"第一行\\n第二行\\r\\n第三行"}\n\n');
    expect(text.split("\n").filter((line) => line.startsWith("data:"))).toHaveLength(1);
  });

  it("refuses ids and event names that would start a new field", () => {
    expect(() => sseMessage({ id: "1\nevent: forged", data: null })).toThrow(/line breaks/);
    expect(() => sseMessage({ event: "a\rb", data: null })).toThrow(/line breaks/);
    expect(() => sseComment("ping\n\ndata: x")).toThrow(/line breaks/);
  });

  it("writes retry and comment lines", () => {
    expect(sseRetry(2000)).toBe("retry: 2000\n\n");
    expect(sseComment("keep-alive")).toBe(": keep-alive\n\n");
  });
});
