-- Demo data of Perpustakaan Kota Malang for the embedded SLiMS database. {d+N} and {d-N} are dates N days from
-- the day the data is loaded, so the demo's loans are never stale. PINs (OPAC passwords) are bcrypt ($2y$) as
-- SLiMS writes them, except one legacy MD5 from an older SLiMS.

INSERT INTO setting (setting_name, setting_value) VALUES
  ('library_name', 's:24:"Perpustakaan Kota Malang";'),
  ('library_subname', 's:34:"Dinas Perpustakaan Umum dan Arsip";'),
  ('default_lang', 's:5:"id_ID";'),
  ('timezone', 's:12:"Asia/Jakarta";'),
  ('quick_return', 'b:1;'),
  ('allow_loan_date_change', 'b:0;'),
  ('loan_limit_override', 'b:0;'),
  ('ignore_holidays_fine_calc', 'b:0;');

INSERT INTO user (user_id, username, realname, passwd, user_type, `groups`, input_date, last_update) VALUES
  (1, 'admin', 'Administrator', '$2y$10$gI38Fby498ghmq1CqT2AheEZSYlZiRPOptY6IScJ/GK7sCvpgy3Fq', 1, 'a:1:{i:0;s:1:"1";}', '{d-400}', '{d-400}'),
  (2, 'kiosk', 'Kios Mandiri', '!', 2, NULL, '{d-30}', '{d-30}');

INSERT INTO mst_member_type (member_type_id, member_type_name, loan_limit, loan_periode, enable_reserve, reserve_limit,
                             member_periode, reborrow_limit, fine_each_day, grace_periode, input_date, last_update) VALUES
  (1, 'Umum', 3, 14, 1, 2, 365, 2, 500, 0, '{d-400}', '{d-400}'),
  (2, 'Pelajar', 2, 7, 1, 1, 365, 1, 200, 2, '{d-400}', '{d-400}'),
  (3, 'Anak', 2, 7, 0, 0, 365, 1, 0, 0, '{d-400}', '{d-400}'),
  (4, 'Guru', 5, 21, 1, 3, 730, 3, 500, 1, '{d-400}', '{d-400}');

INSERT INTO mst_coll_type (coll_type_id, coll_type_name, input_date, last_update) VALUES
  (1, 'Referensi', '{d-400}', '{d-400}'),
  (2, 'Buku Teks', '{d-400}', '{d-400}'),
  (3, 'Fiksi', '{d-400}', '{d-400}'),
  (4, 'Koleksi Anak', '{d-400}', '{d-400}'),
  (5, 'Koleksi Lokal', '{d-400}', '{d-400}');

INSERT INTO mst_gmd (gmd_id, gmd_code, gmd_name, input_date, last_update) VALUES
  (1, 'TE', 'Text', '{d-400}', '{d-400}'),
  (11, 'MA', 'Map', '{d-400}', '{d-400}'),
  (28, 'CD', 'CD-ROM', '{d-400}', '{d-400}');

INSERT INTO mst_item_status (item_status_id, item_status_name, rules, no_loan, skip_stock_take, input_date, last_update) VALUES
  ('R', 'Repair', 'a:1:{i:0;s:1:"1";}', 1, 1, '{d-400}', '{d-400}'),
  ('NL', 'No Loan', 'a:1:{i:0;s:1:"1";}', 1, 1, '{d-400}', '{d-400}'),
  ('MIS', 'Missing', NULL, 1, 1, '{d-400}', '{d-400}');

INSERT INTO mst_language (language_id, language_name, input_date, last_update) VALUES
  ('id', 'Indonesia', '{d-400}', '{d-400}'),
  ('en', 'English', '{d-400}', '{d-400}');

INSERT INTO mst_location (location_id, location_name, input_date, last_update) VALUES
  ('UMM', 'Ruang Baca Umum', '{d-400}', '{d-400}'),
  ('ANK', 'Ruang Anak', '{d-400}', '{d-400}'),
  ('REF', 'Ruang Referensi', '{d-400}', '{d-400}');

-- Loan rules: general members borrow fiction for 14 days (3 at a time, 2 renewals); students borrow textbooks
-- for 14 days with a grace of 2 days; CD-ROMs go out for 3 days to anyone of type Umum.
INSERT INTO mst_loan_rules (loan_rules_id, member_type_id, coll_type_id, gmd_id, loan_limit, loan_periode,
                            reborrow_limit, fine_each_day, grace_periode, input_date, last_update) VALUES
  (1, 1, 3, 1, 3, 14, 2, 500, 0, '{d-400}', '{d-400}'),
  (2, 2, 2, 0, 2, 14, 1, 200, 2, '{d-400}', '{d-400}'),
  (3, 1, 2, 28, 1, 3, 0, 1000, 0, '{d-400}', '{d-400}');

-- Weekly day off: Monday (the city library opens Tuesday to Sunday); dated holidays around the demo.
INSERT INTO holiday (holiday_dayname, holiday_date, description) VALUES
  ('mon', NULL, NULL),
  ('Fri', '2026-12-25', 'Hari Raya Natal'),
  ('Thu', '2026-12-24', 'Cuti bersama Natal'),
  ('Fri', '2027-01-01', 'Tahun Baru Masehi'),
  ('Fri', '2027-03-19', 'Hari Suci Nyepi'),
  ('Sat', '2027-03-20', 'Idul Fitri');

INSERT INTO biblio (biblio_id, gmd_id, title, sor, publish_year, call_number, language_id, classification, input_date, last_update, uid) VALUES
  (1, 1, 'Laskar Pelangi', 'Andrea Hirata', '2005', '899.221 3 HIR l', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (2, 1, 'Bumi Manusia', 'Pramoedya Ananta Toer', '1980', '899.221 3 TOE b', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (3, 1, 'Cantik Itu Luka', 'Eka Kurniawan', '2002', '899.221 3 KUR c', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (4, 1, 'Ronggeng Dukuh Paruk', 'Ahmad Tohari', '1982', '899.221 3 TOH r', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (5, 28, 'Belajar Bahasa Inggris: buku + CD', NULL, '2019', '428 BEL', 'id', '428', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (6, 1, 'Negeri 5 Menara', 'Ahmad Fuadi', '2009', '899.221 3 FUA n', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (7, 1, 'Kamus Besar Bahasa Indonesia', 'Badan Bahasa', '2016', 'R 499.213 KAM', 'id', '499.213', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (8, 1, 'The Little Prince', 'Antoine de Saint-Exupery', '1943', '843 SAI l', 'en', '843', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (9, 1, 'Harry Potter dan Batu Bertuah', 'J.K. Rowling', '2000', '823 ROW h', 'id', '823', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (10, 11, 'Atlas Indonesia dan Dunia', NULL, '2020', 'R 912 ATL', 'id', '912', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (11, 1, 'Si Kancil dan Buaya', NULL, '2015', 'A 398.2 SIK', 'id', '398.2', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (12, 1, 'Sejarah Kota Malang', NULL, '2014', '959.82 SEJ', 'id', '959.82', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (13, 1, 'Filosofi Teras', 'Henry Manampiring', '2018', '188 MAN f', 'id', '188', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (14, 1, 'Sang Pemimpi', 'Andrea Hirata', '2006', '899.221 3 HIR s', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (15, 1, 'Perahu Kertas', 'Dee Lestari', '2009', '899.221 3 LES p', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (16, 1, 'Pulang', 'Tere Liye', '2015', '899.221 3 LIY p', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (17, 1, 'Hujan', 'Tere Liye', '2016', '899.221 3 LIY h', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (18, 1, 'Dilan 1990', 'Pidi Baiq', '2014', '899.221 3 BAI d', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (19, 1, 'Supernova', 'Dee Lestari', '2001', '899.221 3 LES s', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (20, 1, 'Rumah Kaca', 'Pramoedya Ananta Toer', '1988', '899.221 3 TOE r', 'id', '899.221 3', '{d-400} 09:00:00', '{d-400} 09:00:00', 1);

-- Items: the codes on the kiosk's demo tags. 30000107 is a reference copy (status No Loan); 30000120 is missing.
INSERT INTO item (item_id, biblio_id, call_number, coll_type_id, item_code, inventory_code, location_id, item_status_id, source, input_date, last_update, uid) VALUES
  (1, 1, NULL, 3, '30000101', 'INV/2024/0101', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (2, 2, NULL, 3, '30000102', 'INV/2024/0102', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (3, 3, NULL, 3, '30000103', 'INV/2024/0103', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (4, 4, NULL, 3, '30000104', 'INV/2024/0104', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (5, 5, NULL, 2, '30000105', 'INV/2024/0105', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (6, 6, NULL, 3, '30000106', 'INV/2024/0106', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (7, 7, NULL, 1, '30000107', 'INV/2024/0107', 'REF', 'NL', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (8, 8, NULL, 3, '30000108', 'INV/2024/0108', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (9, 9, NULL, 3, '30000109', 'INV/2024/0109', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (10, 10, NULL, 1, '30000110', 'INV/2024/0110', 'REF', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (11, 11, NULL, 4, '30000111', 'INV/2024/0111', 'ANK', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (12, 12, NULL, 5, '30000112', 'INV/2024/0112', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (13, 13, NULL, 2, '30000113', 'INV/2024/0113', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (14, 14, NULL, 3, '30000114', 'INV/2024/0114', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (15, 15, NULL, 3, '30000115', 'INV/2024/0115', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (16, 16, NULL, 3, '30000116', 'INV/2024/0116', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (17, 17, NULL, 3, '30000117', 'INV/2024/0117', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (18, 18, NULL, 3, '30000118', 'INV/2024/0118', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (19, 19, NULL, 3, '30000119', 'INV/2024/0119', 'UMM', '0', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1),
  (20, 20, NULL, 3, '30000120', 'INV/2024/0120', 'UMM', 'MIS', 1, '{d-400} 09:00:00', '{d-400} 09:00:00', 1);

-- Members. 2024000123, 2024000789, 2024000321 and 2024000456 are the kiosk's demo cards.
INSERT INTO member (member_id, member_name, gender, birth_date, member_type_id, member_address, member_email, inst_name,
                    member_since_date, register_date, expire_date, is_pending, mpasswd, input_date, last_update) VALUES
  ('2024000123', 'Siti Rahayu', 0, '1990-04-12', 1, 'Jl. Ijen 30, Malang', 'siti.rahayu@example.id', NULL,
   '{d-300}', '{d-300}', '{d+400}', 0, '$2y$10$WUN0dM3I776YXNIfWWRCv.yxZyknKvHDsXHk65ftGAkGS.ifPue9q', '{d-300}', '{d-300}'),
  ('2024000789', 'Dewi Lestari', 0, '1988-09-02', 1, 'Jl. Kawi 12, Malang', NULL, NULL,
   '{d-280}', '{d-280}', '{d+300}', 0, '$2y$10$3yX8/HjqbqHubYZPxkcJseqWfSrPMQ.yuU1iUCDFAqB7ySNNtRPTW', '{d-280}', '{d-280}'),
  ('2024000321', 'Agus Wijaya', 1, '1979-01-23', 1, 'Jl. Soekarno-Hatta 5, Malang', NULL, NULL,
   '{d-250}', '{d-250}', '{d+200}', 0, '$2y$10$uNQiyhfnjKTRtr9It87Z.eIabafUt26/Lakpw6yejnvL.qfyjZ9py', '{d-250}', '{d-250}'),
  ('2024000456', 'Budi Santoso', 1, '1985-06-30', 1, 'Jl. Bromo 3, Malang', NULL, NULL,
   '{d-200}', '{d-200}', '{d+150}', 1, '$2y$10$eW9GG8P9H7zui.9vQRzKTeQks.FyGaTGrFH.X2S5clZRUGtmd07fa', '{d-200}', '{d-200}'),
  ('2024000999', 'Rina Kusuma', 0, '1995-11-11', 1, 'Jl. Semeru 8, Malang', NULL, NULL,
   '{d-500}', '{d-500}', '{d-10}', 0, '$2y$10$QGPkuhczGftFWKtNvnkv4uCbJl4tpVDDkf3WsbZKTZW72vQ8m0kBu', '{d-500}', '{d-500}'),
  ('2024000555', 'Joko Prasetyo', 1, '1970-02-14', 1, 'Jl. Arjuno 21, Malang', NULL, NULL,
   '{d-320}', '{d-320}', '{d+40}', 0, '$2y$10$u0ZH.WVRRlO9GT4aU8vZHeSqPR0XAm7BRHwExx3bE2leaquCBCsQi', '{d-320}', '{d-320}'),
  ('2024000600', 'Putri Ayuningtyas', 0, '2009-08-17', 2, 'Jl. Veteran 7, Malang', NULL, 'SMA Negeri 3 Malang',
   '{d-100}', '{d-100}', '{d+265}', 0, '$2y$10$zt/8LrY7yHXS3ECV/Zx.WudpvE./NM8QlF5a.ZZ2ldWhtuCbCJjQG', '{d-100}', '{d-100}'),
  ('2024000700', 'Bima Saputra', 1, '2016-03-05', 3, 'Jl. Tenes 2, Malang', NULL, 'SD Negeri Kauman 1',
   '{d-90}', '{d-90}', '{d+5}', 0, '$2y$10$rYl9blpwgOyBN6LbyHpqu.b96Q8kegCoxVsau2BWU6aA.HLGKpRqe', '{d-90}', '{d-90}'),
  ('2024000800', 'Drs. Hendra Gunawan', 1, '1968-12-01', 4, 'Jl. Panderman 9, Batu', NULL, 'SMP Negeri 1 Malang',
   '{d-60}', '{d-60}', '{d+670}', 0, '$2y$10$AXQVPTJhWymc3pALlCiB0uljiHkJYBJbgwv1rPTHOfvkMtwCVqANm', '{d-60}', '{d-60}'),
  ('2019000042', 'Hartono', 1, '1960-07-07', 1, 'Jl. Kahuripan 4, Malang', NULL, NULL,
   '{d-2000}', '{d-2000}', '{d+100}', 0, 'fe7ecc4de28b2c83c016b5c6c2acd826', '{d-2000}', '{d-2000}'),
  ('2024000111', 'Wahyu Hidayat', 1, '1999-05-20', 1, 'Jl. Dinoyo 15, Malang', NULL, NULL,
   '{d-30}', '{d-30}', '{d+335}', 0, NULL, '{d-30}', '{d-30}');

-- Siti has two loans to renew; Joko has one overdue loan.
INSERT INTO loan (item_code, member_id, loan_date, due_date, renewed, loan_rules_id, is_lent, is_return, return_date,
                  input_date, last_update, uid) VALUES
  ('30000111', '2024000123', '{d-9}', '{d+5}', 0, 0, 1, 0, NULL, '{d-9} 10:15:00', '{d-9} 10:15:00', 1),
  ('30000112', '2024000123', '{d-5}', '{d+9}', 0, 0, 1, 0, NULL, '{d-5} 11:02:00', '{d-5} 11:02:00', 1),
  ('30000119', '2024000555', '{d-20}', '{d-6}', 0, 1, 1, 0, NULL, '{d-20} 14:40:00', '{d-20} 14:40:00', 1);

-- Agus's reservation of Negeri 5 Menara waits on the hold shelf.
INSERT INTO reserve (member_id, biblio_id, item_code, reserve_date) VALUES
  ('2024000321', 6, '30000106', '{d-2} 16:20:00');

-- Dewi owes 7,500 for a late return; Joko owes 35,000 of which he paid 0.
INSERT INTO fines (fines_date, member_id, debet, credit, description) VALUES
  ('{d-40}', '2024000789', 7500, 0, 'Denda terlambat untuk eksemplar 30000103'),
  ('{d-70}', '2024000555', 35000, 0, 'Denda terlambat untuk eksemplar 30000104');
