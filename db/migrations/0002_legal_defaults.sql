-- Default legal figures with their citation (DOMAIN.md §3–§8). An administrator adds rows with a later effective
-- date when the law changes; these first rows stay so older stays are judged by the rules of their time.
INSERT INTO legal_parameters (key, value_json, citation, effective_from) VALUES
  ('term.compulsory_adult', '{"minMonths":12,"maxMonths":24}', 'Luật Xử lý vi phạm hành chính, Điều 95', '2022-01-01'),
  ('term.compulsory_minor', '{"minMonths":6,"maxMonths":12}', 'Luật Phòng, chống ma túy 73/2021/QH14, Điều 33 khoản 3', '2022-01-01'),
  ('term.voluntary', '{"minMonths":6,"maxMonths":12}', 'Luật Phòng, chống ma túy 73/2021/QH14, Điều 31', '2022-01-01'),
  ('age.adult', '{"years":18}', 'Luật Xử lý vi phạm hành chính, Điều 95', '2022-01-01'),
  ('age.minimum', '{"years":12}', 'Luật Phòng, chống ma túy 73/2021/QH14, Điều 33', '2022-01-01'),
  ('assessment.max_days', '{"days":5}', 'Thông tư 18/2021/TT-BYT, Điều 5', '2022-01-01'),
  ('release.notice_days', '{"days":15}', 'Nghị định 116/2021/NĐ-CP (thông báo trước khi chấp hành xong)', '2022-01-01'),
  ('visits.no_visit_first_days', '{"days":15}', 'Nghị định 116/2021/NĐ-CP (thăm gặp)', '2022-01-01'),
  ('voluntary.commune_notice_working_days', '{"days":5}', 'Luật Phòng, chống ma túy 73/2021/QH14 (thông báo cấp xã)', '2022-01-01'),
  ('funeral_leave.max_days', '{"days":5}', 'Nghị định 116/2021/NĐ-CP, Điều 70', '2022-01-01'),
  ('room.m2_per_person', '{"standard":6,"care24h":8}', 'Nghị định 116/2021/NĐ-CP, Điều 6', '2022-01-01'),
  ('work.hour_caps', '{"adult":{"day":8,"week":48},"age15to18":{"day":6,"week":30},"age12to15":{"day":4,"week":20}}', 'Nghị định 116/2021/NĐ-CP, Điều 68, Điều 74', '2022-01-01'),
  ('discharge.road_meals', '{"dongPerDay":70000,"maxDays":3}', 'Thông tư 62/2022/TT-BTC, Điều 5 khoản 11', '2022-01-01'),
  ('aftercare.years', '{"adultCompulsory":2,"other":1}', 'Luật Phòng, chống ma túy 73/2021/QH14, Điều 40', '2022-01-01');
--> statement-breakpoint
INSERT INTO settings (key, value_json, updated_at) VALUES
  ('file_number.pattern', '"{yyyy}/{nnnn}"', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
