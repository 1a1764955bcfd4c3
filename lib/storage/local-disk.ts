import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { assertValidMediaKey, assertValidPut, contentTypeFor, isValidMediaKey, type MediaStorage } from "./media-key";

// The embedded default keeps files under DATA_DIR, not public/: Next only serves public/
// files that existed at build time, and seeded images are made at run time.
export function localDiskStorage(root: string): MediaStorage {
  const fileFor = (key: string) => path.join(root, key);
  return {
    async put(key, body, contentType) {
      assertValidPut(key, contentType);
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const partial = `${file}.${randomBytes(6).toString("hex")}.partial`;
      await writeFile(partial, body);
      await rename(partial, file);
    },
    async get(key) {
      if (!isValidMediaKey(key)) return null;
      try {
        return { body: await readFile(fileFor(key)), contentType: contentTypeFor(key) };
      } catch (error) {
        // A folder (a key's prefix) or a path through a file holds no object either.
        if (["ENOENT", "EISDIR", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) return null;
        throw error;
      }
    },
    async exists(key) {
      if (!isValidMediaKey(key)) return false;
      return stat(fileFor(key)).then(
        (s) => s.isFile(),
        () => false,
      );
    },
    async delete(key) {
      assertValidMediaKey(key);
      await rm(fileFor(key), { force: true });
    },
  };
}
