CREATE TABLE "carrier_events" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"status" text NOT NULL,
	"message" text NOT NULL,
	"location" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "carrier_shipment_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "carrier_rate_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "label_url" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "label_claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "carrier_events" ADD CONSTRAINT "carrier_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carrier_events_order_idx" ON "carrier_events" USING btree ("order_id","occurred_at");--> statement-breakpoint
CREATE INDEX "orders_carrier_shipment_idx" ON "orders" USING btree ("carrier_shipment_id");--> statement-breakpoint
CREATE INDEX "orders_tracking_number_idx" ON "orders" USING btree ("tracking_number");