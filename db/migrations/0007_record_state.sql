CREATE TABLE "record_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "record_state_one_row_check" CHECK ("record_state"."id" = 1)
);
