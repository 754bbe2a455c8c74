CREATE TABLE `work_day_totals` (
	`work_on` text PRIMARY KEY NOT NULL,
	`workdays` integer NOT NULL,
	`hours` real NOT NULL
);
--> statement-breakpoint
CREATE TABLE `work_product_days` (
	`work_on` text NOT NULL,
	`product_id` integer NOT NULL,
	`quantity` real NOT NULL,
	`amount_dong` integer NOT NULL,
	`lines` integer NOT NULL,
	PRIMARY KEY(`work_on`, `product_id`)
);
--> statement-breakpoint
CREATE TABLE `work_stay_days` (
	`work_on` text NOT NULL,
	`stay_id` integer NOT NULL,
	`hours` real NOT NULL,
	`lines` integer NOT NULL,
	PRIMARY KEY(`work_on`, `stay_id`)
);
--> statement-breakpoint
-- The sums of the lines already written (a reversal negates its line, so plain sums are the effective ones).
INSERT INTO work_stay_days (work_on, stay_id, hours, lines)
  SELECT work_on, stay_id, sum(hours), sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) FROM work_lines GROUP BY work_on, stay_id;
--> statement-breakpoint
INSERT INTO work_product_days (work_on, product_id, quantity, amount_dong, lines)
  SELECT work_on, product_id, sum(quantity), sum(amount_dong), sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END)
  FROM work_lines GROUP BY work_on, product_id;
--> statement-breakpoint
-- A workday is a stay's day with effective output and hours.
INSERT INTO work_day_totals (work_on, workdays, hours)
  SELECT work_on, sum(lines > 0 AND round(hours, 3) > 0), sum(hours) FROM work_stay_days GROUP BY work_on;
--> statement-breakpoint
-- Every line, and every reversal, moves the sums in the same transaction; work_lines is append-only.
CREATE TRIGGER `work_lines_sums` AFTER INSERT ON `work_lines` BEGIN
  INSERT INTO work_stay_days (work_on, stay_id, hours, lines)
    VALUES (NEW.work_on, NEW.stay_id, NEW.hours, CASE WHEN NEW.reverses_id IS NULL THEN 1 ELSE -1 END)
    ON CONFLICT (work_on, stay_id) DO UPDATE SET hours = hours + excluded.hours, lines = lines + excluded.lines;
  INSERT INTO work_product_days (work_on, product_id, quantity, amount_dong, lines)
    VALUES (NEW.work_on, NEW.product_id, NEW.quantity, NEW.amount_dong, CASE WHEN NEW.reverses_id IS NULL THEN 1 ELSE -1 END)
    ON CONFLICT (work_on, product_id) DO UPDATE SET quantity = quantity + excluded.quantity,
      amount_dong = amount_dong + excluded.amount_dong, lines = lines + excluded.lines;
END;
--> statement-breakpoint
CREATE TRIGGER `work_stay_days_new` AFTER INSERT ON `work_stay_days` BEGIN
  INSERT INTO work_day_totals (work_on, workdays, hours)
    VALUES (NEW.work_on, NEW.lines > 0 AND round(NEW.hours, 3) > 0, NEW.hours)
    ON CONFLICT (work_on) DO UPDATE SET workdays = workdays + excluded.workdays, hours = hours + excluded.hours;
END;
--> statement-breakpoint
CREATE TRIGGER `work_stay_days_change` AFTER UPDATE ON `work_stay_days` BEGIN
  UPDATE work_day_totals
    SET workdays = workdays + (NEW.lines > 0 AND round(NEW.hours, 3) > 0) - (OLD.lines > 0 AND round(OLD.hours, 3) > 0),
        hours = hours + NEW.hours - OLD.hours
    WHERE work_on = NEW.work_on;
END;
