CREATE TABLE `roll_amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`roll_id` integer NOT NULL,
	`stay_id` integer NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`reason` text NOT NULL,
	`amended_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`roll_id`) REFERENCES `rolls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`amended_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `roll_amendments_roll` ON `roll_amendments` (`roll_id`);--> statement-breakpoint
CREATE TABLE `roll_entries` (
	`roll_id` integer NOT NULL,
	`stay_id` integer NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`movement_id` integer,
	PRIMARY KEY(`roll_id`, `stay_id`),
	FOREIGN KEY (`roll_id`) REFERENCES `rolls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`movement_id`) REFERENCES `movements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `roll_entries_stay` ON `roll_entries` (`stay_id`);--> statement-breakpoint
CREATE TABLE `rolls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`area_id` integer NOT NULL,
	`roll_date` text NOT NULL,
	`slot` text NOT NULL,
	`taken_by` integer,
	`saved_at` text NOT NULL,
	`expected_count` integer NOT NULL,
	`present_count` integer NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`taken_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rolls_area_day_slot` ON `rolls` (`area_id`,`roll_date`,`slot`);--> statement-breakpoint
CREATE INDEX `rolls_day` ON `rolls` (`roll_date`);--> statement-breakpoint
CREATE TABLE `discipline_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`measure` text NOT NULL,
	`decision_number` text,
	`from_on` text NOT NULL,
	`to_on` text,
	`reason` text NOT NULL,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `discipline_records_stay` ON `discipline_records` (`stay_id`,`from_on`);--> statement-breakpoint
CREATE TABLE `handed_in_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`visit_id` integer,
	`received_on` text NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`amount_dong` integer,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handed_in_items_stay` ON `handed_in_items` (`stay_id`);--> statement-breakpoint
CREATE TABLE `visitors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` integer NOT NULL,
	`name` text NOT NULL,
	`relation` text NOT NULL,
	`id_number` text,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visitors_visit` ON `visitors` (`visit_id`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`visit_on` text NOT NULL,
	`start_time` text,
	`duration_minutes` integer NOT NULL,
	`approved_extension` integer DEFAULT false NOT NULL,
	`rule_override_reason` text,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visits_stay_day` ON `visits` (`stay_id`,`visit_on`);--> statement-breakpoint
ALTER TABLE `movements` ADD `destination` text;--> statement-breakpoint
ALTER TABLE `movements` ADD `expected_return_on` text;--> statement-breakpoint
-- Roll times of the day (an administrator may add or move them) and the visit rules with their citation.
INSERT INTO settings (key, value_json, updated_at) VALUES
  ('roll.times', '[{"slot":"morning","time":"06:30"},{"slot":"evening","time":"21:00"}]', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
--> statement-breakpoint
INSERT INTO legal_parameters (key, value_json, citation, effective_from) VALUES
  ('visits.rules', '{"perWeek":1,"hours":2,"hoursApproved":4,"visitors":3,"visitorsSpecial":5}', 'Nghị định 116/2021/NĐ-CP (thăm gặp học viên)', '2022-01-01'),
  ('voluntary.self_termination_working_days', '{"days":5}', 'Luật Phòng, chống ma túy 73/2021/QH14 (tự ý chấm dứt cai nghiện tự nguyện)', '2022-01-01');
