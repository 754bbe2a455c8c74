CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`sheet` text NOT NULL,
	`rows` integer NOT NULL,
	`mode` text NOT NULL,
	`data_start` integer NOT NULL,
	`mapping_json` text NOT NULL,
	`stays` integer NOT NULL,
	`persons_created` integer NOT NULL,
	`persons_matched` integer NOT NULL,
	`rows_left_out` integer NOT NULL,
	`movements_written` integer NOT NULL,
	`decisions_written` integer NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`undone_at` text,
	`undone_by` integer,
	`undo_reason` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_mappings` (
	`signature` text PRIMARY KEY NOT NULL,
	`mapping_json` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `persons` ADD `import_batch_id` integer REFERENCES import_batches(id);--> statement-breakpoint
ALTER TABLE `stays` ADD `import_batch_id` integer REFERENCES import_batches(id);--> statement-breakpoint
-- Movements stay append-only, with one exception: undoing an import removes the movements it wrote, once the batch
-- is marked undone (import.undo refuses while anything else was recorded on its stays).
DROP TRIGGER `movements_no_delete`;--> statement-breakpoint
CREATE TRIGGER `movements_no_delete` BEFORE DELETE ON `movements`
WHEN NOT EXISTS (
  SELECT 1 FROM stays s JOIN import_batches b ON b.id = s.import_batch_id
  WHERE s.id = old.stay_id AND b.undone_at IS NOT NULL
) BEGIN
  SELECT RAISE(ABORT, 'movements are append-only');
END;
