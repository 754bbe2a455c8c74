CREATE TABLE `certificate_counters` (
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`kind`, `year`)
);
--> statement-breakpoint
CREATE TABLE `certificates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`stay_id` integer NOT NULL,
	`issued_on` text NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`issued_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_number` ON `certificates` (`kind`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_seq` ON `certificates` (`kind`,`year`,`seq`);--> statement-breakpoint
CREATE INDEX `certificates_stay` ON `certificates` (`stay_id`);--> statement-breakpoint
CREATE TABLE `discharges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`movement_id` integer NOT NULL,
	`reason` text NOT NULL,
	`occurred_at` text NOT NULL,
	`discharged_on` text NOT NULL,
	`decision_number` text,
	`decision_date` text,
	`issuer` text,
	`destination` text,
	`death_cause` text,
	`note` text,
	`handed_to_json` text,
	`settlement_json` text NOT NULL,
	`certificate_id` integer,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`undone_at` text,
	`undone_by` integer,
	`undo_reason` text,
	`undo_movement_id` integer,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`movement_id`) REFERENCES `movements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undo_movement_id`) REFERENCES `movements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `discharges_stay` ON `discharges` (`stay_id`);--> statement-breakpoint
CREATE INDEX `discharges_day` ON `discharges` (`discharged_on`);--> statement-breakpoint
CREATE TABLE `exemption_grounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`ground` text NOT NULL,
	`recorded_on` text NOT NULL,
	`document_number` text,
	`note` text,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `exemption_grounds_stay` ON `exemption_grounds` (`stay_id`);--> statement-breakpoint
CREATE TABLE `merit_acts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`act_on` text NOT NULL,
	`description` text NOT NULL,
	`document_number` text,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merit_acts_stay` ON `merit_acts` (`stay_id`);--> statement-breakpoint
CREATE TABLE `rating_months` (
	`month` text PRIMARY KEY NOT NULL,
	`confirmed_by` integer,
	`confirmed_at` text NOT NULL,
	FOREIGN KEY (`confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`month` text NOT NULL,
	`grade` text NOT NULL,
	`note` text,
	`team_id` integer,
	`rated_by` integer,
	`rated_at` text NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_stay_month` ON `ratings` (`stay_id`,`month`);--> statement-breakpoint
CREATE INDEX `ratings_month` ON `ratings` (`month`);--> statement-breakpoint
CREATE TABLE `reduction_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`stay_id` integer NOT NULL,
	`kind` text NOT NULL,
	`months_proposed` integer DEFAULT 0 NOT NULL,
	`grounds` text NOT NULL,
	`merit` integer DEFAULT false NOT NULL,
	`included` integer DEFAULT true NOT NULL,
	`note` text,
	`outcome` text,
	`decision_number` text,
	`decided_on` text,
	`months_granted` integer,
	`term_adjustment_id` integer,
	FOREIGN KEY (`review_id`) REFERENCES `reduction_reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`term_adjustment_id`) REFERENCES `term_adjustments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reduction_proposals_review_stay` ON `reduction_proposals` (`review_id`,`stay_id`);--> statement-breakpoint
CREATE INDEX `reduction_proposals_stay` ON `reduction_proposals` (`stay_id`);--> statement-breakpoint
CREATE TABLE `reduction_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`review_on` text NOT NULL,
	`status` text NOT NULL,
	`posting_from` text,
	`posting_to` text,
	`drafted_by` integer,
	`approved_by` integer,
	`approved_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`drafted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `team_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`stay_id` integer NOT NULL,
	`joined_on` text NOT NULL,
	`left_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `team_members_team` ON `team_members` (`team_id`,`left_on`);--> statement-breakpoint
CREATE INDEX `team_members_stay` ON `team_members` (`stay_id`,`left_on`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`officer_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_name` ON `teams` (`name`);--> statement-breakpoint
ALTER TABLE `notices` ADD `cancelled_at` text;--> statement-breakpoint
-- Certificates and discharges have legal weight: never deleted; a certificate keeps its number when voided.
CREATE TRIGGER `certificates_no_delete` BEFORE DELETE ON `certificates` BEGIN
  SELECT RAISE(ABORT, 'certificates are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `certificates_number_fixed` BEFORE UPDATE OF kind, year, seq, number, stay_id ON `certificates` BEGIN
  SELECT RAISE(ABORT, 'a certificate number never changes');
END;
--> statement-breakpoint
CREATE TRIGGER `discharges_no_delete` BEFORE DELETE ON `discharges` BEGIN
  SELECT RAISE(ABORT, 'discharges are never deleted');
END;
--> statement-breakpoint
-- Release planning figures with their citation (DOMAIN.md §4, §8).
INSERT INTO legal_parameters (key, value_json, citation, effective_from) VALUES
  ('reduction.rules', '{"goodMonths":3,"monthsMin":1,"monthsMax":3,"meritMonthsMin":3,"meritMonthsMax":6,"reviewEveryMonths":3,"postingWorkingDays":5}', 'Nghị định 116/2021/NĐ-CP, Điều 58 khoản 1', '2022-01-01'),
  ('death.notice_hours', '{"hours":24}', 'Nghị định 116/2021/NĐ-CP (thông báo khi học viên chết)', '2022-01-01');
--> statement-breakpoint
INSERT INTO settings (key, value_json, updated_at) VALUES
  ('rating.scale', '[{"code":"tot","label":"Tốt","good":true},{"code":"kha","label":"Khá","good":true},{"code":"trung_binh","label":"Trung bình","good":false},{"code":"kem","label":"Kém","good":false}]', strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  ('certificate.patterns', '{"mau46":"{nnnn}/{yyyy}/GCN","mau26b":"{nnnn}/{yyyy}/GCN-TN"}', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
