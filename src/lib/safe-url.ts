/** An API link, only when it is http(s); anything else (javascript:, data:, relative) is not a link. */
export function safeHttpUrl(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An image source the page may load: inline raster or SVG data images only. Remote
 * thumbnails are not loaded (the Content-Security-Policy allows only this origin and
 * data: images, and a remote image would tell a third party who opened the dashboard).
 */
export function safeImageSrc(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  return /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i.test(trimmed) ? trimmed : undefined;
}
