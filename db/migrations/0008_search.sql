DROP INDEX "search_documents_name_trgm_idx";--> statement-breakpoint
DROP INDEX "search_documents_category_slugs_idx";--> statement-breakpoint
DROP INDEX "search_documents_created_idx";--> statement-breakpoint
DROP INDEX "search_documents_price_idx";