"use client";

import { useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { CommentAction, CommentActionOutcome, QueueItem } from "@/lib/api/moderation-schemas";
import { moderateCommentsAction } from "@/app/moderation/actions";
import type { ModerationErrorKey } from "@/app/moderation/action-result";
import { BULK_ACTION_GROUPS } from "@/components/moderation/queue-actions";
import { queueCommand } from "@/components/moderation/queue-shortcuts";
import { QueueItemCard } from "@/components/moderation/queue-item-card";
import { RejectDialog } from "@/components/moderation/reject-dialog";
import { ShortcutsHelp } from "@/components/moderation/shortcuts-help";

type Outcome = { kind: "done"; action: CommentAction; results: CommentActionOutcome[] } | { kind: "error"; key: ModerationErrorKey };

const BUTTON =
  "rounded-full border border-black/15 bg-white px-3 py-1 text-sm text-ink transition hover:border-black/40 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-50";

function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  const t = useTranslations("moderation");
  if (!outcome) return null;
  if (outcome.kind === "error") {
    return (
      <p role="alert" className="text-sm text-red-700" data-testid="queue-error">
        {t(`errors.${outcome.key}`)}
      </p>
    );
  }
  const count = (kind: CommentActionOutcome["outcome"]) => outcome.results.filter((result) => result.outcome === kind).length;
  const parts = [
    t("queue.outcome.done", { count: count("done"), action: t(`actions.${outcome.action}`) }),
    count("unchanged") > 0 && t("queue.outcome.unchanged", { count: count("unchanged") }),
    count("not_applicable") > 0 && t("queue.outcome.not_applicable", { count: count("not_applicable") }),
    count("not_found") > 0 && t("queue.outcome.not_found", { count: count("not_found") }),
  ].filter(Boolean);
  return (
    <p role="status" className="text-sm text-green-800" data-testid="queue-outcome">
      {parts.join(t("queue.outcome.separator"))}
    </p>
  );
}

/**
 * One tab of the queue: items with their context, single and bulk actions,
 * and keyboard shortcuts (j/k move, x selects, a approves, r rejects, ? helps).
 * Nothing is changed optimistically: after an action the server re-renders
 * the page from the database, so what shows is what is stored.
 */
export function ModerationQueue({ items, emptyMessage }: { items: QueueItem[]; emptyMessage: string }) {
  const t = useTranslations("moderation");
  const [current, setCurrent] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rejecting, setRejecting] = useState<string[] | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();
  const cards = useRef(new Map<string, HTMLElement>());

  const ids = items.map((item) => item.comment.id);
  const chosen = ids.filter((id) => selected.has(id));
  const currentIndex = Math.min(current, Math.max(ids.length - 1, 0));

  const run = (action: CommentAction, commentIds: string[], reason?: string) =>
    startTransition(async () => {
      const result = await moderateCommentsAction({ commentIds, action, reason });
      if (!result.ok) {
        setOutcome({ kind: "error", key: result.error });
        return;
      }
      setOutcome({ kind: "done", action, results: result.value });
      setRejecting(null);
      setSelected(new Set());
    });

  const request = (action: CommentAction, commentIds: string[]) => {
    if (commentIds.length === 0) return;
    setOutcome(null);
    if (action === "reject") setRejecting(commentIds);
    else run(action, commentIds);
  };

  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const move = (to: number) => {
    const index = Math.max(0, Math.min(ids.length - 1, to));
    setCurrent(index);
    const id = ids[index];
    const card = id ? cards.current.get(id) : undefined;
    card?.focus({ preventScroll: true });
    card?.scrollIntoView({ block: "nearest" });
  };

  // An effect event: the listener is attached once and always reads the current state.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (rejecting !== null || helpOpen || event.defaultPrevented) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const command = queueCommand({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      isComposing: event.isComposing,
      keyCode: event.keyCode,
      target: target && { tagName: target.tagName, isContentEditable: target.isContentEditable, type: target.getAttribute("type") ?? undefined },
    });
    if (!command) return;
    event.preventDefault();
    const focusedId = ids[currentIndex];
    const targets = chosen.length > 0 ? chosen : focusedId ? [focusedId] : [];
    switch (command) {
      case "next":
        return move(currentIndex + 1);
      case "previous":
        return move(currentIndex - 1);
      case "toggleSelect":
        if (focusedId) toggle(focusedId);
        return;
      case "approve":
        return request("approve", targets);
      case "reject":
        return request("reject", targets);
      case "help":
        return setHelpOpen(true);
    }
  });

  useEffect(() => {
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const allSelected = ids.length > 0 && chosen.length === ids.length;
  // Each card says why the last action did not apply to it (pinning a reply, say), until the next action.
  const lastResults = new Map(outcome?.kind === "done" ? outcome.results.map((result) => [result.id, { action: outcome.action, outcome: result.outcome }]) : []);
  return (
    <div className="space-y-4">
      <div className="sticky top-14 z-10 -mx-1 flex flex-wrap items-center gap-2 rounded-xl bg-paper/95 px-1 py-2 backdrop-blur" data-testid="bulk-bar">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={allSelected}
            disabled={ids.length === 0}
            onChange={() => setSelected(allSelected ? new Set() : new Set(ids))}
            className="size-4 accent-accent"
          />
          {chosen.length > 0 ? t("queue.selected", { count: chosen.length }) : t("queue.selectAll")}
        </label>
        {(Object.keys(BULK_ACTION_GROUPS) as (keyof typeof BULK_ACTION_GROUPS)[]).map((group) => (
          <div
            key={group}
            role="group"
            aria-label={t(`queue.bulkGroups.${group}`)}
            className={`flex flex-wrap items-center gap-2 ${group === "threads" ? "sm:border-l sm:border-black/10 sm:pl-3" : ""}`}
          >
            {group === "threads" && <span className="text-xs text-muted">{t("queue.bulkGroups.threads")}</span>}
            {BULK_ACTION_GROUPS[group].map((action) => (
              <button key={action} type="button" disabled={pending || chosen.length === 0} onClick={() => request(action, chosen)} className={BUTTON} data-bulk-action={action}>
                {t(`actions.${action}`)}
              </button>
            ))}
          </div>
        ))}
        <button type="button" onClick={() => setHelpOpen(true)} className="ml-auto text-xs text-muted underline underline-offset-4 hover:text-ink">
          {t("shortcuts.hint")}
        </button>
      </div>
      <div aria-live="polite">
        <OutcomeLine outcome={outcome} />
      </div>
      {items.length === 0 && (
        // The queue stays mounted when its last item is handled, so the outcome above remains readable.
        <p className="rounded-xl border border-dashed border-black/15 px-4 py-10 text-center text-sm text-muted" data-testid="queue-empty">
          {emptyMessage}
        </p>
      )}
      <ol className="space-y-4">
        {items.map((item, index) => (
          <li key={item.comment.id}>
            <QueueItemCard
              ref={(element) => {
                if (element) cards.current.set(item.comment.id, element);
                else cards.current.delete(item.comment.id);
              }}
              item={item}
              selected={selected.has(item.comment.id)}
              current={index === currentIndex}
              pending={pending}
              lastResult={lastResults.get(item.comment.id) ?? null}
              onToggle={() => toggle(item.comment.id)}
              onFocus={() => setCurrent(index)}
              onAction={(action) => request(action, [item.comment.id])}
            />
          </li>
        ))}
      </ol>
      {rejecting && (
        <RejectDialog
          count={rejecting.length}
          pending={pending}
          error={outcome?.kind === "error" ? t(`errors.${outcome.key}`) : null}
          onReject={(reason) => run("reject", rejecting, reason)}
          onClose={() => setRejecting(null)}
        />
      )}
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
