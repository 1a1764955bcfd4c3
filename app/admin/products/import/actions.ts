"use server";

import { z } from "zod";
import { AdminError, adminAction, importProductsCsv, refreshCatalog } from "@/lib/admin";
import { CORRECT_FIELDS } from "@/lib/errors";

const MAX_CSV_BYTES = 900 * 1024; // under the server action body limit (1 MB by default)

export const importProductsAction = adminAction(
  z.object({ file: z.instanceof(File, { message: "Choose a CSV file." }) }),
  async ({ file }, { actor, db }) => {
    if (file.size === 0) throw new AdminError(CORRECT_FIELDS, { file: ["The file is empty."] });
    if (file.size > MAX_CSV_BYTES)
      throw new AdminError(CORRECT_FIELDS, { file: ["Split the file: at most 900 KB per import."] });
    const report = await importProductsCsv(db, actor, await file.text());
    const slugs = [...new Set(report.rows.filter((r) => r.ok).map((r) => r.slug))];
    // Category pages list these products; the whole categories tag covers every category they are in.
    if (slugs.length) await refreshCatalog({ productSlugs: slugs, categories: true });
    return report;
  },
);
