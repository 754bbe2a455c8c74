-- Accent-free name and citizen-ID search: an FTS5 index over the folded name kept in step by triggers.
CREATE VIRTUAL TABLE `persons_fts` USING fts5(
  name_folded, citizen_id,
  content='persons', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `persons_fts_insert` AFTER INSERT ON `persons` BEGIN
  INSERT INTO persons_fts(rowid, name_folded, citizen_id) VALUES (new.id, new.name_folded, new.citizen_id);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_fts_delete` AFTER DELETE ON `persons` BEGIN
  INSERT INTO persons_fts(persons_fts, rowid, name_folded, citizen_id) VALUES ('delete', old.id, old.name_folded, old.citizen_id);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_fts_update` AFTER UPDATE OF name_folded, citizen_id ON `persons` BEGIN
  INSERT INTO persons_fts(persons_fts, rowid, name_folded, citizen_id) VALUES ('delete', old.id, old.name_folded, old.citizen_id);
  INSERT INTO persons_fts(rowid, name_folded, citizen_id) VALUES (new.id, new.name_folded, new.citizen_id);
END;
--> statement-breakpoint
-- Movements and the audit log are append-only: the database itself refuses edits and deletes.
CREATE TRIGGER `movements_no_update` BEFORE UPDATE ON `movements` BEGIN
  SELECT RAISE(ABORT, 'movements are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `movements_no_delete` BEFORE DELETE ON `movements` BEGIN
  SELECT RAISE(ABORT, 'movements are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
