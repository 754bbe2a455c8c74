CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`username` text,
	`method` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`before_json` text,
	`after_json` text,
	`reason` text,
	`prev_hash` text,
	`hash` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`purpose` text NOT NULL,
	`sex` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `areas_code` ON `areas` (`code`);--> statement-breakpoint
CREATE TABLE `beds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`code` text NOT NULL,
	`in_service` integer DEFAULT true NOT NULL,
	`out_of_service_reason` text,
	`out_of_service_since` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `beds_room_code` ON `beds` (`room_id`,`code`);--> statement-breakpoint
CREATE INDEX `beds_room` ON `beds` (`room_id`);--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`area_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`floor_area_m2` real,
	`design_capacity` integer NOT NULL,
	`working_capacity` integer NOT NULL,
	`separate_room` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rooms_area_code` ON `rooms` (`area_id`,`code`);--> statement-breakpoint
CREATE TABLE `facility` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`governing_unit` text NOT NULL,
	`address` text NOT NULL,
	`design_capacity` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `movements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`type` text NOT NULL,
	`occurred_at` text NOT NULL,
	`occurred_on` text NOT NULL,
	`recorded_at` text NOT NULL,
	`from_bed_id` integer,
	`to_bed_id` integer,
	`reason` text,
	`document_number` text,
	`document_date` text,
	`reverses_id` integer,
	`override` integer DEFAULT false NOT NULL,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_bed_id`) REFERENCES `beds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_bed_id`) REFERENCES `beds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reverses_id`) REFERENCES `movements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `movements_stay` ON `movements` (`stay_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `movements_day` ON `movements` (`occurred_on`,`type`);--> statement-breakpoint
CREATE INDEX `movements_to_bed` ON `movements` (`to_bed_id`,`occurred_on`);--> statement-breakpoint
CREATE TABLE `family_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`name` text NOT NULL,
	`relation` text NOT NULL,
	`phone` text,
	`address` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `family_contacts_person` ON `family_contacts` (`person_id`);--> statement-breakpoint
CREATE TABLE `health_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`recorded_on` text NOT NULL,
	`hiv` integer,
	`tuberculosis` integer,
	`hepatitis` integer,
	`mental_disorder` integer,
	`infectious_group_ab` integer,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `health_records_person` ON `health_records` (`person_id`,`recorded_on`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`full_name` text NOT NULL,
	`family_name` text NOT NULL,
	`middle_name` text NOT NULL,
	`given_name` text NOT NULL,
	`name_folded` text NOT NULL,
	`name_sort_key` text NOT NULL,
	`other_names` text,
	`birth_date` text,
	`birth_year` integer NOT NULL,
	`sex` text NOT NULL,
	`physical_sex` text,
	`citizen_id` text,
	`citizen_id_kind` text,
	`ethnicity` text,
	`religion` text,
	`education` text,
	`occupation` text,
	`marital_status` text,
	`permanent_province` text,
	`permanent_commune` text,
	`permanent_old_district` text,
	`permanent_address` text,
	`current_province` text,
	`current_commune` text,
	`current_address` text,
	`drugs_used` text,
	`years_of_use` integer,
	`previous_rehab_count` integer,
	`photo_path` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `persons_citizen_id` ON `persons` (`citizen_id`);--> statement-breakpoint
CREATE INDEX `persons_sort` ON `persons` (`name_sort_key`);--> statement-breakpoint
CREATE INDEX `persons_folded_birth` ON `persons` (`name_folded`,`birth_year`);--> statement-breakpoint
CREATE TABLE `legal_parameters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`value_json` text NOT NULL,
	`citation` text NOT NULL,
	`effective_from` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legal_parameters_key_from` ON `legal_parameters` (`key`,`effective_from`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value_json` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `court_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`court` text NOT NULL,
	`decision_number` text NOT NULL,
	`decision_date` text NOT NULL,
	`term_months` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `court_decisions_stay` ON `court_decisions` (`stay_id`);--> statement-breakpoint
CREATE TABLE `file_number_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `management_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`decision_number` text NOT NULL,
	`decision_date` text NOT NULL,
	`issuer` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `management_decisions_stay` ON `management_decisions` (`stay_id`);--> statement-breakpoint
CREATE TABLE `stay_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`file_path` text,
	`received_on` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stay_documents_stay` ON `stay_documents` (`stay_id`);--> statement-breakpoint
CREATE TABLE `stays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`file_number` text NOT NULL,
	`kind` text NOT NULL,
	`admitted_on` text NOT NULL,
	`term_months` integer,
	`held_days_deducted` integer DEFAULT 0 NOT NULL,
	`is_readmission` integer DEFAULT false NOT NULL,
	`state` text NOT NULL,
	`current_bed_id` integer,
	`expected_release` text,
	`discharged_on` text,
	`discharge_reason` text,
	`import_source` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`current_bed_id`) REFERENCES `beds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stays_file_number` ON `stays` (`file_number`);--> statement-breakpoint
CREATE INDEX `stays_person` ON `stays` (`person_id`);--> statement-breakpoint
CREATE INDEX `stays_state` ON `stays` (`state`);--> statement-breakpoint
CREATE INDEX `stays_bed` ON `stays` (`current_bed_id`);--> statement-breakpoint
CREATE INDEX `stays_release` ON `stays` (`expected_release`);--> statement-breakpoint
CREATE TABLE `term_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`kind` text NOT NULL,
	`months` integer DEFAULT 0 NOT NULL,
	`decision_number` text NOT NULL,
	`decided_on` text NOT NULL,
	`cause` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `term_adjustments_stay` ON `term_adjustments` (`stay_id`);--> statement-breakpoint
CREATE TABLE `voluntary_contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`contract_number` text NOT NULL,
	`signed_on` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`fee_dong` integer NOT NULL,
	`payer` text NOT NULL,
	`priority_group` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `voluntary_contracts_stay` ON `voluntary_contracts` (`stay_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);