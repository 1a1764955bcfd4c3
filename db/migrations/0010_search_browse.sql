CREATE TABLE "search_facet_counts" (
	"category_slugs" text[] NOT NULL,
	"brand" text NOT NULL,
	"price_bucket" text NOT NULL,
	"in_stock" boolean NOT NULL,
	"products" integer NOT NULL,
	CONSTRAINT "search_facet_counts_category_slugs_brand_price_bucket_in_stock_pk" PRIMARY KEY("category_slugs","brand","price_bucket","in_stock")
);
--> statement-breakpoint
CREATE INDEX "search_documents_category_slugs_idx" ON "search_documents" USING gin ("category_slugs") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "search_documents_browse_idx" ON "search_documents" USING btree ("featured" DESC NULLS LAST,"created_at" DESC NULLS LAST,"product_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "search_documents_newest_idx" ON "search_documents" USING btree ("created_at" DESC NULLS LAST,"product_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "search_documents_price_asc_idx" ON "search_documents" USING btree ("price_amount","product_id");--> statement-breakpoint
CREATE INDEX "search_documents_price_desc_idx" ON "search_documents" USING btree ("price_amount" DESC NULLS LAST,"product_id");