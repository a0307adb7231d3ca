-- The SLiMS 9 ("Bulian", v9.7.0) tables that circulation reads or writes, column for column as SLiMS's installer
-- creates them (install/install.sql.php), with its three loan_history triggers. Written for this project from
-- those facts; the other tables of a SLiMS install (bibliography details, serials, stock take...) are left out.
-- MyISAM and utf8mb3 as SLiMS creates them. Statements end with a semicolon at the end of a line.

CREATE TABLE biblio (
  biblio_id int(11) NOT NULL AUTO_INCREMENT,
  gmd_id int(3) DEFAULT NULL,
  title text NOT NULL,
  sor varchar(200) DEFAULT NULL,
  edition varchar(50) DEFAULT NULL,
  isbn_issn varchar(32) DEFAULT NULL,
  publisher_id int(11) DEFAULT NULL,
  publish_year varchar(20) DEFAULT NULL,
  collation varchar(100) DEFAULT NULL,
  series_title varchar(200) DEFAULT NULL,
  call_number varchar(50) DEFAULT NULL,
  language_id char(5) DEFAULT 'en',
  source varchar(10) DEFAULT NULL,
  publish_place_id int(11) DEFAULT NULL,
  classification varchar(40) DEFAULT NULL,
  notes text,
  image varchar(100) DEFAULT NULL,
  file_att varchar(255) DEFAULT NULL,
  opac_hide smallint(1) DEFAULT 0,
  promoted smallint(1) DEFAULT 0,
  labels text NULL,
  frequency_id int(11) NOT NULL DEFAULT 0,
  spec_detail_info text,
  content_type_id int(11) DEFAULT NULL,
  media_type_id int(11) DEFAULT NULL,
  carrier_type_id int(11) DEFAULT NULL,
  input_date datetime DEFAULT NULL,
  last_update datetime DEFAULT NULL,
  uid int(11) DEFAULT NULL,
  PRIMARY KEY (biblio_id),
  KEY references_idx (gmd_id, publisher_id, language_id, publish_place_id),
  KEY classification (classification),
  KEY biblio_flag_idx (opac_hide, promoted),
  KEY rda_idx (content_type_id, media_type_id, carrier_type_id),
  KEY uid (uid),
  KEY publisher_id (publisher_id),
  FULLTEXT KEY title_ft_idx (title, series_title),
  FULLTEXT KEY notes_ft_idx (notes),
  FULLTEXT KEY labels (labels)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE item (
  item_id int(11) NOT NULL AUTO_INCREMENT,
  biblio_id int(11) DEFAULT NULL,
  call_number varchar(50) DEFAULT NULL,
  coll_type_id int(3) DEFAULT NULL,
  item_code varchar(20) DEFAULT NULL,
  inventory_code varchar(200) DEFAULT NULL,
  received_date date DEFAULT NULL,
  supplier_id varchar(6) DEFAULT NULL,
  order_no varchar(20) DEFAULT NULL,
  location_id varchar(3) DEFAULT NULL,
  order_date date DEFAULT NULL,
  item_status_id char(3) DEFAULT NULL,
  site varchar(50) DEFAULT NULL,
  source int(1) NOT NULL DEFAULT 0,
  invoice varchar(20) DEFAULT NULL,
  price int(11) DEFAULT NULL,
  price_currency varchar(10) DEFAULT NULL,
  invoice_date date DEFAULT NULL,
  input_date datetime NOT NULL,
  last_update datetime DEFAULT NULL,
  uid int(11) DEFAULT NULL,
  PRIMARY KEY (item_id),
  UNIQUE KEY item_code (item_code),
  KEY uid (uid),
  KEY item_references_idx (coll_type_id, location_id, item_status_id),
  KEY biblio_id_idx (biblio_id)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE member (
  member_id varchar(20) NOT NULL,
  member_name varchar(100) NOT NULL,
  gender int(1) NOT NULL,
  birth_date date DEFAULT NULL,
  member_type_id int(6) DEFAULT NULL,
  member_address varchar(255) DEFAULT NULL,
  member_mail_address varchar(255) DEFAULT NULL,
  member_email varchar(100) DEFAULT NULL,
  postal_code varchar(20) DEFAULT NULL,
  inst_name varchar(100) DEFAULT NULL,
  is_new int(1) DEFAULT NULL,
  member_image varchar(200) DEFAULT NULL,
  pin varchar(50) DEFAULT NULL,
  member_phone varchar(50) DEFAULT NULL,
  member_fax varchar(50) DEFAULT NULL,
  member_since_date date DEFAULT NULL,
  register_date date DEFAULT NULL,
  expire_date date NOT NULL,
  member_notes text,
  is_pending smallint(1) NOT NULL DEFAULT 0,
  mpasswd varchar(64) NULL,
  last_login datetime NULL,
  last_login_ip varchar(50) NULL,
  input_date date DEFAULT NULL,
  last_update date DEFAULT NULL,
  PRIMARY KEY (member_id),
  KEY member_name (member_name),
  KEY member_type_id (member_type_id)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE mst_member_type (
  member_type_id int(11) NOT NULL AUTO_INCREMENT,
  member_type_name varchar(50) NOT NULL,
  loan_limit int(11) NOT NULL,
  loan_periode int(11) NOT NULL,
  enable_reserve int(1) NOT NULL DEFAULT 0,
  reserve_limit int(11) NOT NULL DEFAULT 0,
  member_periode int(11) NOT NULL,
  reborrow_limit int(11) NOT NULL,
  fine_each_day int(11) NOT NULL,
  grace_periode int(2) DEFAULT 0,
  input_date date NOT NULL,
  last_update date DEFAULT NULL,
  PRIMARY KEY (member_type_id),
  UNIQUE KEY member_type_name (member_type_name)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE mst_coll_type (
  coll_type_id int(3) NOT NULL AUTO_INCREMENT,
  coll_type_name varchar(30) NOT NULL,
  input_date date DEFAULT NULL,
  last_update date DEFAULT NULL,
  PRIMARY KEY (coll_type_id),
  UNIQUE KEY coll_type_name (coll_type_name)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE mst_gmd (
  gmd_id int(11) NOT NULL AUTO_INCREMENT,
  gmd_code varchar(3) DEFAULT NULL,
  gmd_name varchar(30) NOT NULL,
  icon_image varchar(100) DEFAULT NULL,
  input_date date NOT NULL,
  last_update date DEFAULT NULL,
  PRIMARY KEY (gmd_id),
  UNIQUE KEY gmd_name (gmd_name),
  UNIQUE KEY gmd_code (gmd_code)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE mst_item_status (
  item_status_id char(3) NOT NULL,
  item_status_name varchar(30) NOT NULL,
  rules varchar(255) DEFAULT NULL,
  no_loan smallint(1) NOT NULL DEFAULT 0,
  skip_stock_take smallint(1) NOT NULL DEFAULT 0,
  input_date date DEFAULT NULL,
  last_update date DEFAULT NULL,
  PRIMARY KEY (item_status_id),
  UNIQUE KEY item_status_name (item_status_name)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE mst_language (
  language_id char(5) NOT NULL,
  language_name varchar(20) NOT NULL,
  input_date date DEFAULT NULL,
  last_update date DEFAULT NULL,
  PRIMARY KEY (language_id),
  UNIQUE KEY language_name (language_name)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE mst_location (
  location_id varchar(3) NOT NULL,
  location_name varchar(100) DEFAULT NULL,
  input_date date NOT NULL,
  last_update date NOT NULL,
  PRIMARY KEY (location_id),
  UNIQUE KEY location_name (location_name)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE mst_loan_rules (
  loan_rules_id int(11) NOT NULL AUTO_INCREMENT,
  member_type_id int(11) NOT NULL DEFAULT 0,
  coll_type_id int(11) DEFAULT 0,
  gmd_id int(11) DEFAULT 0,
  loan_limit int(3) DEFAULT 0,
  loan_periode int(3) DEFAULT 0,
  reborrow_limit int(3) DEFAULT 0,
  fine_each_day int(3) DEFAULT 0,
  grace_periode int(2) DEFAULT 0,
  input_date date DEFAULT NULL,
  last_update date DEFAULT NULL,
  PRIMARY KEY (loan_rules_id)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE loan (
  loan_id int(11) NOT NULL AUTO_INCREMENT,
  item_code varchar(20) DEFAULT NULL,
  member_id varchar(20) DEFAULT NULL,
  loan_date date NOT NULL,
  due_date date NOT NULL,
  renewed int(11) NOT NULL DEFAULT 0,
  loan_rules_id int(11) NOT NULL DEFAULT 0,
  actual date DEFAULT NULL,
  is_lent int(11) NOT NULL DEFAULT 0,
  is_return int(11) NOT NULL DEFAULT 0,
  return_date date DEFAULT NULL,
  input_date datetime DEFAULT NULL,
  last_update datetime DEFAULT NULL,
  uid int(11) DEFAULT NULL,
  PRIMARY KEY (loan_id),
  KEY item_code (item_code),
  KEY member_id (member_id),
  KEY input_date (input_date, last_update, uid)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE loan_history (
  loan_id int(11) NOT NULL,
  item_code varchar(20) DEFAULT NULL,
  biblio_id int(11) NOT NULL,
  title varchar(300) DEFAULT NULL,
  call_number varchar(50) DEFAULT NULL,
  classification varchar(40) DEFAULT NULL,
  gmd_name varchar(30) DEFAULT NULL,
  language_name varchar(20) DEFAULT NULL,
  location_name varchar(100) DEFAULT NULL,
  collection_type_name varchar(100) DEFAULT NULL,
  member_id varchar(20) DEFAULT NULL,
  member_name varchar(100) DEFAULT NULL,
  member_type_name varchar(64) DEFAULT NULL,
  loan_date date DEFAULT NULL,
  due_date date DEFAULT NULL,
  renewed int(11) NOT NULL DEFAULT 0,
  is_lent int(11) NOT NULL DEFAULT 0,
  is_return int(11) NOT NULL DEFAULT 0,
  return_date date DEFAULT NULL,
  input_date datetime DEFAULT NULL,
  last_update datetime DEFAULT NULL,
  PRIMARY KEY (loan_id),
  KEY member_name (member_name)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE fines (
  fines_id int(11) NOT NULL AUTO_INCREMENT,
  fines_date date NOT NULL,
  member_id varchar(20) NOT NULL,
  debet int(11) DEFAULT 0,
  credit int(11) DEFAULT 0,
  description varchar(255) DEFAULT NULL,
  PRIMARY KEY (fines_id),
  KEY member_id (member_id)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE reserve (
  reserve_id int(11) NOT NULL AUTO_INCREMENT,
  member_id varchar(20) NOT NULL,
  biblio_id int(11) NOT NULL,
  item_code varchar(20) NOT NULL,
  reserve_date datetime NOT NULL,
  PRIMARY KEY (reserve_id),
  KEY references_idx (member_id, biblio_id),
  KEY item_code_idx (item_code)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE holiday (
  holiday_id int(11) NOT NULL AUTO_INCREMENT,
  holiday_dayname varchar(20) NOT NULL,
  holiday_date date DEFAULT NULL,
  description varchar(100) DEFAULT NULL,
  PRIMARY KEY (holiday_id),
  UNIQUE KEY holiday_dayname (holiday_dayname, holiday_date)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE setting (
  setting_id int(3) NOT NULL AUTO_INCREMENT,
  setting_name varchar(30) NOT NULL,
  setting_value text,
  PRIMARY KEY (setting_id),
  UNIQUE KEY setting_name (setting_name)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE system_log (
  log_id int(11) NOT NULL AUTO_INCREMENT,
  log_type enum('staff','member','system') NOT NULL DEFAULT 'staff',
  id varchar(50) DEFAULT NULL,
  log_location varchar(50) NOT NULL,
  sub_module varchar(50) NULL,
  action varchar(50) NULL,
  log_msg text NOT NULL,
  log_date datetime NOT NULL,
  PRIMARY KEY (log_id),
  KEY log_type (log_type),
  KEY id (id)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE user (
  user_id int(11) NOT NULL AUTO_INCREMENT,
  username varchar(50) NOT NULL,
  realname varchar(100) NOT NULL,
  passwd varchar(64) NOT NULL,
  `2fa` text DEFAULT NULL,
  email varchar(200) DEFAULT NULL,
  user_type smallint(2) DEFAULT NULL,
  user_image varchar(250) DEFAULT NULL,
  social_media text NULL,
  last_login datetime DEFAULT NULL,
  last_login_ip varchar(50) DEFAULT NULL,
  `groups` varchar(200) DEFAULT NULL,
  admin_template text DEFAULT NULL,
  forgot varchar(80) DEFAULT NULL,
  input_date date DEFAULT NULL,
  last_update date DEFAULT NULL,
  PRIMARY KEY (user_id),
  UNIQUE KEY username (username),
  KEY realname (realname)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE visitor_count (
  visitor_id int(11) NOT NULL AUTO_INCREMENT,
  member_id varchar(20) DEFAULT NULL,
  member_name varchar(255) NOT NULL,
  institution varchar(100) DEFAULT NULL,
  room_code varchar(5) DEFAULT NULL,
  checkin_date datetime NOT NULL,
  PRIMARY KEY (visitor_id),
  KEY member_id (member_id),
  KEY room_code (room_code)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

-- loan_history follows loan: a new loan copies itself with the item's, title's and member's names; an update
-- copies only the lent/returned flags, the renewal count and the return date (so a renewal's new due date is
-- not copied, as in SLiMS); a deleted loan takes its history row with it.
CREATE TRIGGER insert_loan_history AFTER INSERT ON loan FOR EACH ROW
  INSERT INTO loan_history (loan_id, item_code, member_id, loan_date, due_date, renewed, is_lent, is_return,
                            return_date, input_date, last_update, title, biblio_id, call_number, classification,
                            gmd_name, language_name, location_name, collection_type_name, member_name,
                            member_type_name)
  SELECT NEW.loan_id, NEW.item_code, NEW.member_id, NEW.loan_date, NEW.due_date, NEW.renewed, NEW.is_lent,
         NEW.is_return, NEW.return_date, NEW.input_date, NEW.last_update,
         (SELECT bb.title FROM item ii JOIN biblio bb ON bb.biblio_id = ii.biblio_id WHERE ii.item_code = NEW.item_code),
         (SELECT bb.biblio_id FROM item ii JOIN biblio bb ON bb.biblio_id = ii.biblio_id WHERE ii.item_code = NEW.item_code),
         (SELECT COALESCE(ii.call_number, bb.call_number) FROM item ii JOIN biblio bb ON bb.biblio_id = ii.biblio_id
           WHERE ii.item_code = NEW.item_code),
         (SELECT bb.classification FROM item ii JOIN biblio bb ON bb.biblio_id = ii.biblio_id WHERE ii.item_code = NEW.item_code),
         (SELECT g.gmd_name FROM item ii JOIN biblio bb ON bb.biblio_id = ii.biblio_id
            LEFT JOIN mst_gmd g ON g.gmd_id = bb.gmd_id WHERE ii.item_code = NEW.item_code),
         (SELECT lg.language_name FROM item ii JOIN biblio bb ON bb.biblio_id = ii.biblio_id
            LEFT JOIN mst_language lg ON lg.language_id = bb.language_id WHERE ii.item_code = NEW.item_code),
         (SELECT lc.location_name FROM item ii LEFT JOIN mst_location lc ON lc.location_id = ii.location_id
           WHERE ii.item_code = NEW.item_code),
         (SELECT ct.coll_type_name FROM item ii JOIN mst_coll_type ct ON ct.coll_type_id = ii.coll_type_id
           WHERE ii.item_code = NEW.item_code),
         (SELECT mm.member_name FROM member mm WHERE mm.member_id = NEW.member_id),
         (SELECT mt.member_type_name FROM member mm JOIN mst_member_type mt ON mt.member_type_id = mm.member_type_id
           WHERE mm.member_id = NEW.member_id);

CREATE TRIGGER update_loan_history AFTER UPDATE ON loan FOR EACH ROW
  UPDATE loan_history SET is_lent = NEW.is_lent, is_return = NEW.is_return, renewed = NEW.renewed,
                          return_date = NEW.return_date
   WHERE loan_id = NEW.loan_id;

CREATE TRIGGER delete_loan_history AFTER DELETE ON loan FOR EACH ROW
  DELETE FROM loan_history WHERE loan_id = OLD.loan_id;
