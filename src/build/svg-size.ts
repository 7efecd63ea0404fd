/**
 * An SVG's intrinsic size, as a browser gives it: its root's `width` and `height` in
 * pixels, or the proportions of its `viewBox` (scaled to a given width or height). A
 * size in other units (`%`, `em`) or none at all: undefined, and the image keeps no size.
 */
export interface Size {
  width: number;
  height: number;
}

const number = String.raw`[+]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? (match[1] ?? match[2])!.trim() : undefined;
}

/** A length in pixels (`120`, `120px`); anything else is not a fixed size. */
function pixels(value: string | undefined): number | undefined {
  const match = value === undefined ? null : new RegExp(`^(${number})(?:px)?$`, 'i').exec(value);
  const n = match ? Number(match[1]) : NaN;
  return n > 0 ? n : undefined;
}

function viewBox(value: string | undefined): Size | undefined {
  const parts = value?.split(/[\s,]+/).map(Number);
  if (parts?.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [, , width, height] = parts as [number, number, number, number];
  return width > 0 && height > 0 ? { width, height } : undefined;
}

export function svgSize(text: string): Size | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const width = pixels(attribute(tag, 'width'));
  const height = pixels(attribute(tag, 'height'));
  const box = viewBox(attribute(tag, 'viewBox'));
  const round = (n: number) => Math.max(1, Math.round(n));
  if (width && height) return { width: round(width), height: round(height) };
  if (!box) return undefined;
  if (width) return { width: round(width), height: round((width * box.height) / box.width) };
  if (height) return { width: round((height * box.width) / box.height), height: round(height) };
  return { width: round(box.width), height: round(box.height) };
}
