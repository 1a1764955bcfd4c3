-- search_facet_counts holds, for each combination of facet values, how many search_documents
-- rows have it (db/schema/search.ts). Statement-level triggers keep it exact whatever writes the
-- documents: the indexer's upserts and deletes, a rebuild, and the cascade when a product is
-- deleted. Each statement adds its new rows and subtracts its old ones in one grouped upsert;
-- rows that reach zero are removed. Keys are upserted in key order so two writers never wait
-- on each other's rows in opposite orders.
CREATE FUNCTION "search_facet_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_facet_counts AS c (category_slugs, brand, price_bucket, in_stock, products)
    SELECT category_slugs, brand, price_bucket, in_stock, count(*)::int FROM new_rows
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (category_slugs, brand, price_bucket, in_stock) DO UPDATE SET products = c.products + excluded.products;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO search_facet_counts AS c (category_slugs, brand, price_bucket, in_stock, products)
    SELECT category_slugs, brand, price_bucket, in_stock, sum(delta)::int FROM (
      SELECT category_slugs, brand, price_bucket, in_stock, 1 AS delta FROM new_rows
      UNION ALL
      SELECT category_slugs, brand, price_bucket, in_stock, -1 FROM old_rows
    ) d
    GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (category_slugs, brand, price_bucket, in_stock) DO UPDATE SET products = c.products + excluded.products;
    DELETE FROM search_facet_counts WHERE products <= 0;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO search_facet_counts AS c (category_slugs, brand, price_bucket, in_stock, products)
    SELECT category_slugs, brand, price_bucket, in_stock, -count(*)::int FROM old_rows
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (category_slugs, brand, price_bucket, in_stock) DO UPDATE SET products = c.products + excluded.products;
    DELETE FROM search_facet_counts WHERE products <= 0;
  ELSE
    DELETE FROM search_facet_counts WHERE true;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "search_documents_facet_counts_insert" AFTER INSERT ON "search_documents"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER "search_documents_facet_counts_update" AFTER UPDATE ON "search_documents"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER "search_documents_facet_counts_delete" AFTER DELETE ON "search_documents"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER "search_documents_facet_counts_truncate" AFTER TRUNCATE ON "search_documents"
  FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply();
--> statement-breakpoint
INSERT INTO "search_facet_counts" ("category_slugs", "brand", "price_bucket", "in_stock", "products")
SELECT "category_slugs", "brand", "price_bucket", "in_stock", count(*)::int FROM "search_documents" GROUP BY 1, 2, 3, 4;
