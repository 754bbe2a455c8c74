ALTER TABLE `users` RENAME COLUMN "locked_until" TO "locked_at";--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Sign-in policy: wrong passwords in a row before the account locks, and minutes of inactivity before the
-- session ends and the screen locks (short: the facility's PCs are shared).
INSERT INTO settings (key, value_json, updated_at) VALUES
  ('auth.lock_after_failures', '5', strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  ('auth.idle_minutes', '15', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
