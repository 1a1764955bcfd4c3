import { mediaUrl } from "@/lib/storage";

/** A logo, favicon or hero image as settings keep it: a path under public/ ("/logo.svg") or an uploaded media key. */
export function settingsImageUrl(path: string): string {
  return path.startsWith("/") ? path : mediaUrl(path);
}
