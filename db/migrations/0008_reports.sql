CREATE TABLE `report_finals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`period_json` text NOT NULL,
	`number` text NOT NULL,
	`signed_on` text NOT NULL,
	`signer_name` text NOT NULL,
	`signer_title` text NOT NULL,
	`figures_json` text NOT NULL,
	`finalised_at` text NOT NULL,
	`finalised_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`finalised_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_finals_period` ON `report_finals` (`from_date`,`to_date`);--> statement-breakpoint
CREATE TABLE `report_year_end` (
	`year` integer NOT NULL,
	`key` text NOT NULL,
	`value` integer,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	PRIMARY KEY(`year`, `key`),
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- A finalised report is what the head signed and sent: never deleted or rewritten.
CREATE TRIGGER `report_finals_no_delete` BEFORE DELETE ON `report_finals` BEGIN
  SELECT RAISE(ABORT, 'finalised reports are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `report_finals_no_update` BEFORE UPDATE ON `report_finals` BEGIN
  SELECT RAISE(ABORT, 'a finalised report never changes');
END;
--> statement-breakpoint
-- The report's header (NĐ 30/2020): empty unit names fall back to the facility's own; the signer is asked before printing.
INSERT INTO settings (key, value_json, updated_at) VALUES
  ('report.header', '{"governingUnit":"","issuingUnit":"","numberSymbol":"BC-CSCN","place":"","signerTitle":"TRƯỞNG CƠ SỞ","signerName":"","recipients":["Cơ quan cấp trên (để báo cáo);","Lưu: VT."],"defaultConvention":"calendar"}', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
