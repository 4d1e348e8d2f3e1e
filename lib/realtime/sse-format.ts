/**
 * Server-Sent Events wire format (WHATWG HTML, "Parsing an event stream").
 * A message is `field: value` lines ended by a blank line; `data` may span
 * lines, one `data:` field each; a line starting with ":" is a comment.
 */
export function sseMessage(message: { id?: string; event?: string; data: unknown }): string {
  let text = "";
  if (message.id !== undefined) text += `id: ${singleLine(message.id, "id")}\n`;
  if (message.event !== undefined) text += `event: ${singleLine(message.event, "event")}\n`;
  for (const line of JSON.stringify(message.data).split(/\r\n|\r|\n/)) text += `data: ${line}\n`;
  return `${text}\n`;
}

/** Sets how long the browser waits before reconnecting. */
export function sseRetry(milliseconds: number): string {
  return `retry: ${Math.round(milliseconds)}\n\n`;
}

/** A comment line: ignored by EventSource, but it keeps proxies from timing the stream out. */
export function sseComment(text: string): string {
  return `: ${singleLine(text, "comment")}\n\n`;
}

function singleLine(value: string, field: string): string {
  // A line break would start a new field; NUL in an id makes browsers ignore it.
  if (/[\r\n\0]/.test(value)) throw new Error(`an SSE ${field} cannot contain line breaks or NUL`);
  return value;
}
