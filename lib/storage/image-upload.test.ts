import { describe, expect, it } from "vitest";
import { detectImageType, freshMediaKey } from "./image-upload";
import { isValidMediaKey } from "./index";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("detectImageType", () => {
  it("knows images by their magic bytes", () => {
    expect(detectImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))?.ext).toBe("jpg");
    expect(detectImageType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]))?.ext).toBe("png");
    expect(detectImageType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))?.ext).toBe("webp");
    expect(detectImageType(bytes("GIF89a"))?.ext).toBe("gif");
    expect(detectImageType(bytes([0, 0, 0, 0x1c], "ftypavif"))?.ext).toBe("avif");
  });

  it("refuses anything else, whatever its name says", () => {
    expect(detectImageType(bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectImageType(bytes("%PDF-1.7"))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});

describe("freshMediaKey", () => {
  it("is new every time and a valid media key", () => {
    const a = freshMediaKey("products/7", "webp");
    expect(a).not.toBe(freshMediaKey("products/7", "webp"));
    expect(isValidMediaKey(a)).toBe(true);
  });
});
