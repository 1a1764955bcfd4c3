CREATE TABLE "search_documents" (
	"product_id" integer PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"brand" text NOT NULL,
	"category_slugs" text[] DEFAULT '{}'::text[] NOT NULL,
	"price_amount" integer NOT NULL,
	"compare_at_amount" integer,
	"currency" char(3) NOT NULL,
	"price_bucket" text NOT NULL,
	"in_stock" boolean NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"image" jsonb,
	"name_text" text NOT NULL,
	"document" "tsvector" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"frequency" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_documents_document_idx" ON "search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_documents_name_trgm_idx" ON "search_documents" USING gin ("name_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_category_slugs_idx" ON "search_documents" USING gin ("category_slugs");--> statement-breakpoint
CREATE INDEX "search_documents_created_idx" ON "search_documents" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "search_documents_price_idx" ON "search_documents" USING btree ("price_amount");--> statement-breakpoint
CREATE INDEX "search_terms_term_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);