import Image from "next/image";

/**
 * The avatar the provider gave, or the name's first character. Provider images
 * come from hosts we cannot list in advance, so they are not optimised.
 */
export function Avatar({ name, image, size = 32 }: { name: string; image: string | null; size?: number }) {
  if (image && /^https?:\/\//.test(image)) {
    return (
      <Image
        src={image}
        alt=""
        width={size}
        height={size}
        unoptimized
        referrerPolicy="no-referrer"
        className="shrink-0 rounded-full bg-black/5 object-cover"
        data-testid="avatar"
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size }}
      className="inline-flex shrink-0 items-center justify-center rounded-full bg-accent text-sm font-semibold text-paper"
    >
      {Array.from(name)[0] ?? "?"}
    </span>
  );
}
