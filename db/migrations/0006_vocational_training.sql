CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_id` integer NOT NULL,
	`stay_id` integer NOT NULL,
	`status` text NOT NULL,
	`enrolled_on` text NOT NULL,
	`funding_flag` integer DEFAULT false NOT NULL,
	`funding_reason` text,
	`withdrawn_on` text,
	`withdraw_reason` text,
	`result` text,
	`result_reason` text,
	`certificate_number` text,
	`certificate_date` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `training_classes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_class_stay` ON `enrolments` (`class_id`,`stay_id`);--> statement-breakpoint
CREATE INDEX `enrolments_stay` ON `enrolments` (`stay_id`);--> statement-breakpoint
CREATE TABLE `session_attendance` (
	`session_id` integer NOT NULL,
	`enrolment_id` integer NOT NULL,
	`present` integer NOT NULL,
	`reason` text,
	`note` text,
	PRIMARY KEY(`session_id`, `enrolment_id`),
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `trades` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`duration_hours` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trades_name` ON `trades` (`name`);--> statement-breakpoint
CREATE TABLE `training_classes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trade_id` integer NOT NULL,
	`name` text NOT NULL,
	`trainer_id` integer NOT NULL,
	`place` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`schedule_json` text NOT NULL,
	`capacity` integer NOT NULL,
	`status` text NOT NULL,
	`partner_school` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`trade_id`) REFERENCES `trades`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trainer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_classes_trainer` ON `training_classes` (`trainer_id`,`status`);--> statement-breakpoint
CREATE INDEX `training_classes_dates` ON `training_classes` (`ends_on`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`class_id` integer NOT NULL,
	`session_on` text NOT NULL,
	`start_time` text NOT NULL,
	`hours` integer NOT NULL,
	`taken_at` text,
	`taken_by` integer,
	FOREIGN KEY (`class_id`) REFERENCES `training_classes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`taken_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_sessions_class_day` ON `training_sessions` (`class_id`,`session_on`,`start_time`);--> statement-breakpoint
CREATE INDEX `training_sessions_day` ON `training_sessions` (`session_on`);--> statement-breakpoint
-- The training rules with their citation (DOMAIN.md §7): state funding once per person; primary school is grades 1–5.
INSERT INTO legal_parameters (key, value_json, citation, effective_from) VALUES
  ('training.funded_times', '{"times":1}', 'Thông tư 62/2022/TT-BTC, Điều 5 khoản 6', '2022-01-01'),
  ('schooling.primary_grade', '{"grade":5}', 'Luật Giáo dục 2019, Điều 29 (giáo dục tiểu học từ lớp một đến hết lớp năm)', '2022-01-01');
