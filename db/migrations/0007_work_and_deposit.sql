CREATE TABLE `deposit_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`kind` text NOT NULL,
	`line_on` text NOT NULL,
	`amount_dong` integer NOT NULL,
	`description` text NOT NULL,
	`source` text,
	`reverses_id` integer,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deposit_lines_stay` ON `deposit_lines` (`stay_id`,`id`);--> statement-breakpoint
CREATE INDEX `deposit_lines_day` ON `deposit_lines` (`line_on`,`kind`);--> statement-breakpoint
CREATE TABLE `pay_run_lines` (
	`run_id` integer NOT NULL,
	`stay_id` integer NOT NULL,
	`hours` real NOT NULL,
	`amount_dong` integer NOT NULL,
	PRIMARY KEY(`run_id`, `stay_id`),
	FOREIGN KEY (`run_id`) REFERENCES `pay_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `pay_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`status` text NOT NULL,
	`total_dong` integer NOT NULL,
	`drafted_by` integer,
	`drafted_at` text NOT NULL,
	`approved_by` integer,
	`approved_at` text,
	FOREIGN KEY (`drafted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pay_runs_month` ON `pay_runs` (`month`);--> statement-breakpoint
CREATE TABLE `product_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`rate_dong` integer NOT NULL,
	`valid_from` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `product_rates_product_from` ON `product_rates` (`product_id`,`valid_from`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_name` ON `products` (`name`);--> statement-breakpoint
CREATE TABLE `work_exemptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stay_id` integer NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_exemptions_stay` ON `work_exemptions` (`stay_id`,`from_on`);--> statement-breakpoint
CREATE TABLE `work_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`stay_id` integer NOT NULL,
	`work_on` text NOT NULL,
	`product_id` integer NOT NULL,
	`quantity` real NOT NULL,
	`hours` real NOT NULL,
	`rate_dong` integer NOT NULL,
	`amount_dong` integer NOT NULL,
	`reverses_id` integer,
	`reason` text,
	`recorded_by` integer,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_lines_day` ON `work_lines` (`work_on`);--> statement-breakpoint
CREATE INDEX `work_lines_stay_day` ON `work_lines` (`stay_id`,`work_on`);--> statement-breakpoint
CREATE INDEX `work_lines_team_day` ON `work_lines` (`team_id`,`work_on`);--> statement-breakpoint
-- Output and deposit lines are money: append-only, corrected by reversal lines, never edited or deleted.
CREATE TRIGGER `work_lines_no_update` BEFORE UPDATE ON `work_lines` BEGIN
  SELECT RAISE(ABORT, 'work lines are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `work_lines_no_delete` BEFORE DELETE ON `work_lines` BEGIN
  SELECT RAISE(ABORT, 'work lines are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `deposit_lines_no_update` BEFORE UPDATE ON `deposit_lines` BEGIN
  SELECT RAISE(ABORT, 'deposit lines are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `deposit_lines_no_delete` BEFORE DELETE ON `deposit_lines` BEGIN
  SELECT RAISE(ABORT, 'deposit lines are append-only');
END;
