CREATE TABLE `handover_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handover_id` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`note` text,
	FOREIGN KEY (`handover_id`) REFERENCES `handover_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handover_items_record` ON `handover_items` (`handover_id`);--> statement-breakpoint
CREATE TABLE `handover_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`received_on` text NOT NULL,
	`handed_over_by` text NOT NULL,
	`health_on_arrival` text NOT NULL,
	`note` text,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handover_records_stay` ON `handover_records` (`stay_id`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`kind` text NOT NULL,
	`recipient` text NOT NULL,
	`due_on` text NOT NULL,
	`sent_on` text,
	`reference` text,
	`sent_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sent_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notices_due` ON `notices` (`sent_on`,`due_on`);--> statement-breakpoint
CREATE INDEX `notices_stay` ON `notices` (`stay_id`);--> statement-breakpoint
CREATE TABLE `person_photos` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`mime` text NOT NULL,
	`data` blob NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `rooms` ADD `care_24h` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `persons` ADD `current_old_district` text;--> statement-breakpoint
-- Public holidays (YYYY-MM-DD) skipped when counting working days for notices; the administrator keeps the list.
INSERT INTO settings (key, value_json, updated_at) VALUES ('calendar.holidays', '[]', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
