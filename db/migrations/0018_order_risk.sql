CREATE TYPE "public"."risk_level" AS ENUM('normal', 'elevated', 'high');--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "risk_level" "risk_level" DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "risk_score" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "risk_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "risk_approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "card_fingerprint" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "card_country" char(2);--> statement-breakpoint
CREATE INDEX "orders_email_created_idx" ON "orders" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "orders_card_fingerprint_idx" ON "orders" USING btree ("card_fingerprint","created_at");