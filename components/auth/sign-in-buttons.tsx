"use client";

import { useActionState, useRef } from "react";
import { signInAction, type SignInState } from "@/app/actions/auth";
import { currentLocation } from "@/components/auth/current-location";

export type LabelledProvider = { id: string; label: string };

/**
 * One button per enabled provider; the reader comes back to `returnTo`. With
 * `followLocation`, the page they are on when they click wins (fragment
 * included, which only the browser knows, hence the value set on submit);
 * `returnTo` then only serves browsers without JavaScript.
 */
export function SignInButtons({
  providers,
  returnTo,
  followLocation = false,
  fallbackHash,
}: {
  providers: LabelledProvider[];
  returnTo: string;
  followLocation?: boolean;
  /** Used when the page has no fragment, e.g. "#discussion" to land back at the panel. */
  fallbackHash?: string;
}) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, null);
  const callbackUrl = useRef<HTMLInputElement>(null);
  return (
    <form
      action={formAction}
      onSubmit={() => {
        if (followLocation && callbackUrl.current) callbackUrl.current.value = currentLocation(fallbackHash);
      }}
    >
      <input ref={callbackUrl} type="hidden" name="callbackUrl" defaultValue={returnTo} />
      <div className="flex flex-wrap gap-2">
        {providers.map((provider) => (
          <button
            key={provider.id}
            type="submit"
            name="provider"
            value={provider.id}
            disabled={pending}
            className="rounded-full border border-ink/80 bg-white px-4 py-2 text-sm font-medium text-ink transition hover:bg-ink hover:text-paper focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60"
          >
            {provider.label}
          </button>
        ))}
      </div>
      <p aria-live="polite" role="status" className="mt-2 min-h-5 text-sm text-red-700">
        {state?.error}
      </p>
    </form>
  );
}
