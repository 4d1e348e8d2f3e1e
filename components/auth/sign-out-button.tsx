"use client";

import { useRef } from "react";
import { signOutAction } from "@/app/actions/auth";
import { currentLocation } from "@/components/auth/current-location";

/** Ends the session; with `followLocation` the reader stays on the page they are on. */
export function SignOutButton({ label, returnTo, followLocation = false }: { label: string; returnTo: string; followLocation?: boolean }) {
  const callbackUrl = useRef<HTMLInputElement>(null);
  return (
    <form
      action={signOutAction}
      onSubmit={() => {
        if (followLocation && callbackUrl.current) callbackUrl.current.value = currentLocation();
      }}
    >
      <input ref={callbackUrl} type="hidden" name="callbackUrl" defaultValue={returnTo} />
      <button
        type="submit"
        className="rounded-full border border-black/15 px-3 py-1 text-sm text-ink transition hover:border-black/40 focus-visible:outline-2 focus-visible:outline-accent"
      >
        {label}
      </button>
    </form>
  );
}
