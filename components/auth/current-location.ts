/** The page the reader is on, as a same-site path with its query and fragment. */
export function currentLocation(fallbackHash = ""): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${search}${hash || fallbackHash}`;
}
