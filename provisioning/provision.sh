#!/usr/bin/env bash
# Turns a fresh Raspberry Pi OS (Bookworm or Trixie) into a Pustaka Kiosk, in one step, as root:
#   sudo ./provision.sh --deb pustaka-kiosk_0.1.0_all.deb --kiosk-id MLG-01 \
#        --catalog-url https://katalog.example/api/v1/ --enroll-code 123-456
# It installs the package and what it needs, writes the configuration, enrolls the kiosk with the
# central catalog, turns the kiosk session on, and says when to reboot. Running it again with the
# same answers changes nothing. Values not given are asked for (on a terminal) or kept from the
# current configuration.
#
# Options:
#   --kiosk-id ID        the kiosk's id at the central catalog (letters, digits, . _ -), e.g. MLG-01
#   --catalog-url URL    the central catalog API, e.g. https://katalog.example/api/v1/
#   --enroll-code CODE   one-time enrollment code from the central catalog (or $PUSTAKA_ENROLL_CODE)
#   --no-enroll          do not enroll now, even with a code
#   --re-enroll          enroll again although this kiosk already holds a token for the same id and URL
#   --set KEY=VALUE      any other configuration key (repeatable); secret keys (*password, *token,
#                        *pinHash, *secret) go to the secrets file, never to kiosk.properties
#   --deb FILE           the package to install (default: the newest provisioning/target/*.deb)
#   --kiosk-bin PATH     the kiosk command used to enroll (default /opt/pustaka-kiosk/bin/kiosk)
#   --yes                never ask; fail when a required value is missing
#   --root DIR           work on the directory tree DIR instead of this system (for tests): writes the
#                        files a real run writes, runs no apt, systemctl, udevadm or useradd, and lists
#                        those actions in DIR/pustaka-kiosk-provision.plan
#   --dry-run            print what would be done and change nothing
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=""
dry_run=no
assume_yes=no
enroll=yes
re_enroll=no
kiosk_id=""
catalog_url=""
enroll_code="${PUSTAKA_ENROLL_CODE:-}"
deb=""
kiosk_bin=""
extra_settings=()
plan_lines=()

say() { printf '%s\n' "$*" >&2; }
step() { printf '== %s\n' "$*" >&2; }
bad_input() { say "$*"; exit 2; }
fail() { say "$*"; exit 1; }

need_value() {
  if [ $# -lt 2 ] || [ -z "$2" ]; then
    bad_input "$1 needs a value. Try --help."
  fi
}

while [ $# -gt 0 ]; do
  case "$1" in
    --kiosk-id) need_value "$@"; kiosk_id=$2; shift 2 ;;
    --catalog-url) need_value "$@"; catalog_url=$2; shift 2 ;;
    --enroll-code) need_value "$@"; enroll_code=$2; shift 2 ;;
    --no-enroll) enroll=no; shift ;;
    --re-enroll) re_enroll=yes; shift ;;
    --set) need_value "$@"; extra_settings+=("$2"); shift 2 ;;
    --deb) need_value "$@"; deb=$2; shift 2 ;;
    --kiosk-bin) need_value "$@"; kiosk_bin=$2; shift 2 ;;
    --yes|--non-interactive) assume_yes=yes; shift ;;
    --root) need_value "$@"; root=$2; shift 2 ;;
    --dry-run) dry_run=yes; shift ;;
    -h|--help) sed -n '2,29s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) bad_input "Unknown option '$1'. Try --help." ;;
  esac
done

if [ -n "$root" ]; then
  [ -d "$root" ] || bad_input "--root $root is not a directory: create it first."
  root="$(cd "$root" && pwd)"
  [ "$root" != / ] || bad_input "--root / is this system: run without --root instead."
elif [ "$dry_run" = no ] && [ "$(id -u)" -ne 0 ]; then
  fail "Provisioning changes the system: run it as root (sudo $0 ...), or try --dry-run first."
fi

etc_dir="$root/etc/pustaka-kiosk"
config="$etc_dir/kiosk.properties"
secrets="$etc_dir/secrets.env"
plan_file="$root/pustaka-kiosk-provision.plan"
interactive=no
if [ "$assume_yes" = no ] && [ -z "$root" ] && [ -t 0 ]; then
  interactive=yes
fi

# ---------------------------------------------------------------------------------------------
# Helpers: every change goes through these, so --dry-run and --root behave the same everywhere.

# A system action (apt, systemctl, udevadm): run it, list it in the plan (--root), or print it.
system_action() {
  if [ "$dry_run" = yes ]; then
    say "would run: $*"
  elif [ -n "$root" ]; then
    plan_lines+=("$*")
  else
    say "running: $*"
    "$@"
  fi
}

# Writes $2 (a file holding the new content) to $1 with mode $3, only when something differs.
install_file() {
  local target=$1 content=$2 mode=$3 secret=${4:-no}
  if [ -f "$target" ] && cmp -s "$target" "$content" && [ "$(stat -c %a "$target")" = "${mode#0}" ]; then
    return 0
  fi
  if [ "$dry_run" = yes ]; then
    if [ "$secret" = yes ]; then
      say "would write $target (mode $mode; secrets not shown)"
    elif [ -f "$target" ]; then
      say "would change $target (mode $mode):"
      diff -u "$target" "$content" >&2 || true
    else
      say "would create $target (mode $mode)"
    fi
    return 0
  fi
  mkdir -p "$(dirname "$target")"
  local tmp="$target.provision-new"
  (umask 077; cp "$content" "$tmp")
  chmod "$mode" "$tmp"
  mv -f "$tmp" "$target"
  say "wrote $target"
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Properties value escaping: only backslashes need it for the values we write.
escape_value() { printf '%s' "$1" | sed 's/\\/\\\\/g'; }

# Sets key=value in a properties file copy: replaces the first uncommented line with that key, or
# appends one. Reads and writes $1.
set_property() {
  local file=$1 key=$2 value
  value="$(escape_value "$3")"
  awk -v key="$key" -v value="$value" '
    BEGIN { done = 0 }
    {
      line = $0
      sub(/^[ \t]+/, "", line)
      if (!done && index(line, key) == 1) {
        rest = substr(line, length(key) + 1)
        if (rest ~ /^[ \t]*[=:]/ || rest == "") { print key "=" value; done = 1; next }
      }
      print
    }
    END { if (!done) print key "=" value }' "$file" > "$file.tmp"
  mv "$file.tmp" "$file"
}

# Reads a key from a properties file (last uncommented occurrence), with Java's simple escapes undone.
get_property() {
  local file=$1 key=$2
  [ -f "$file" ] || return 0
  awk -v key="$key" '
    {
      line = $0
      sub(/^[ \t]+/, "", line)
      if (index(line, key) != 1) next
      rest = substr(line, length(key) + 1)
      if (rest !~ /^[ \t]*[=:]/) next
      sub(/^[ \t]*[=:][ \t]*/, "", rest)
      value = rest
    }
    END { print value }' "$file" | sed -e 's/[[:space:]]*$//' -e 's/\\\(.\)/\1/g'
}

# The environment name the application reads for a key: PUSTAKA_ + upper case, . and - as _.
env_name() { printf 'PUSTAKA_%s' "$1" | tr '[:lower:].-' '[:upper:]__'; }

is_secret_key() {
  case "$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]')" in
    *password|*token|*pinhash|*secret) return 0 ;;
    *) return 1 ;;
  esac
}

# Sets NAME='value' in a secrets file copy.
set_secret() {
  local file=$1 name=$2 value=$3
  case "$value" in
    *"'"*|*$'\n'*) bad_input "The value for $name contains a quote or a line break; the secrets file cannot hold it." ;;
  esac
  grep -v "^$name=" "$file" > "$file.tmp" || true
  printf "%s='%s'\n" "$name" "$value" >> "$file.tmp"
  mv "$file.tmp" "$file"
}

get_secret() {
  [ -f "$2" ] || return 0
  sed -n "s/^$1='\(.*\)'\$/\1/p" "$2" | tail -n 1
}

# Reads a value from the technician on a terminal; $3 = silent for secrets.
ask() {
  local prompt=$1 current=$2 silent=${3:-no} answer
  if [ "$silent" = yes ]; then
    read -r -s -p "$prompt: " answer
    printf '\n' >&2
  else
    read -r -p "$prompt${current:+ [$current]}: " answer
  fi
  printf '%s' "${answer:-$current}"
}

# ---------------------------------------------------------------------------------------------
step "Checking the answers"

current_id="$(get_property "$config" kiosk.id)"
current_url="$(get_property "$config" catalog.url)"
if [ -z "$kiosk_id" ] && [ "$interactive" = yes ]; then
  kiosk_id="$(ask "Id kios / kiosk id (e.g. MLG-01)" "$current_id")"
fi
kiosk_id="${kiosk_id:-$current_id}"
[ -n "$kiosk_id" ] || bad_input "The kiosk id is missing: give --kiosk-id ID (the id the central catalog knows this kiosk by, such as MLG-01)."
[[ "$kiosk_id" =~ ^[A-Za-z0-9._-]{1,40}$ ]] || bad_input "The kiosk id '$kiosk_id' is not valid: use letters, digits, '.', '_' or '-', at most 40 characters."

if [ -z "$catalog_url" ] && [ "$interactive" = yes ]; then
  catalog_url="$(ask "Alamat katalog pusat / central catalog URL (Enter: none)" "$current_url")"
fi
catalog_url="${catalog_url:-$current_url}"
if [ -n "$catalog_url" ]; then
  [[ "$catalog_url" =~ ^https?://[^[:space:]/]+ ]] || bad_input "The central catalog URL '$catalog_url' is not valid: give an http:// or https:// address such as https://katalog.example/api/v1/."
  case "$catalog_url" in */) ;; *) catalog_url="$catalog_url/" ;; esac
fi
if [ -z "$enroll_code" ] && [ "$enroll" = yes ] && [ "$interactive" = yes ] && [ -n "$catalog_url" ]; then
  enroll_code="$(ask "Kode pendaftaran / enrollment code (Enter: enroll later)" "" yes)"
fi

if [ -n "$enroll_code" ] && [ "$enroll" = yes ] && [ -z "$catalog_url" ]; then
  bad_input "An enrollment code needs the central catalog URL: give --catalog-url URL."
fi

plain_settings=()
secret_settings=()
for pair in "${extra_settings[@]+"${extra_settings[@]}"}"; do
  key="${pair%%=*}"
  [ "$key" != "$pair" ] || bad_input "--set $pair: write it as KEY=VALUE, such as --set sip2.host=10.0.0.5."
  [[ "$key" =~ ^[A-Za-z][A-Za-z0-9._-]*$ ]] || bad_input "--set $pair: '$key' is not a configuration key (see kiosk.properties.example)."
  case "$key" in
    kiosk.id|catalog.url) bad_input "--set $key: use --kiosk-id or --catalog-url for this key." ;;
  esac
  if is_secret_key "$key"; then
    secret_settings+=("$pair")
  else
    plain_settings+=("$pair")
  fi
done

# ---------------------------------------------------------------------------------------------
step "Installing the package and its dependencies"

if [ -z "$deb" ]; then
  deb="$(find "$here/target" -maxdepth 1 -name 'pustaka-kiosk_*_all.deb' 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -n "$deb" ]; then
  [ -f "$deb" ] || bad_input "The package $deb does not exist: build it with provisioning/build-deb.sh or give --deb FILE."
  deb="$(cd "$(dirname "$deb")" && pwd -P)/$(basename "$deb")"
  system_action apt-get update
  system_action apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef \
    -o Dpkg::Options::=--force-confold "$deb"
elif [ -z "$root" ] && dpkg-query -W -f='${Status}' pustaka-kiosk 2>/dev/null | grep -q 'ok installed'; then
  say "pustaka-kiosk is installed already and no .deb was given: keeping the installed version."
else
  fail "No pustaka-kiosk .deb was found: build it with provisioning/build-deb.sh, or give --deb FILE."
fi

# ---------------------------------------------------------------------------------------------
step "Writing the configuration ($config)"

# Start from the current file; on a tree without the package, from the file the package ships.
new_config="$work/kiosk.properties"
if [ -f "$config" ]; then
  cp "$config" "$new_config"
elif [ -f "$here/deb/etc/pustaka-kiosk/kiosk.properties" ]; then
  cp "$here/deb/etc/pustaka-kiosk/kiosk.properties" "$new_config"
else
  printf '# Pustaka Kiosk configuration; every key: /usr/share/doc/pustaka-kiosk/kiosk.properties.example\n' > "$new_config"
fi
set_property "$new_config" kiosk.id "$kiosk_id"
set_property "$new_config" catalog.url "$catalog_url"
for pair in "${plain_settings[@]+"${plain_settings[@]}"}"; do
  set_property "$new_config" "${pair%%=*}" "${pair#*=}"
done
install_file "$config" "$new_config" 0640

new_secrets="$work/secrets.env"
if [ -f "$secrets" ]; then
  cp "$secrets" "$new_secrets"
else
  {
    echo "# Pustaka Kiosk secrets, read by pustaka-kiosk.service (EnvironmentFile=). Root only, mode 0600."
    echo "# Rahasia kios: token katalog pusat, kata sandi SIP2, hash PIN teknisi. Hanya root."
    echo "# Each line is PUSTAKA_<KEY>='value' (see kiosk.properties.example); provision.sh writes them."
  } > "$new_secrets"
fi
for pair in "${secret_settings[@]+"${secret_settings[@]}"}"; do
  set_secret "$new_secrets" "$(env_name "${pair%%=*}")" "${pair#*=}"
done

# ---------------------------------------------------------------------------------------------
step "Enrolling with the central catalog"

enrolled_marker="# enrolled-for: $kiosk_id $catalog_url"
if [ "$enroll" = no ]; then
  say "Enrollment skipped (--no-enroll)."
elif [ -z "$enroll_code" ]; then
  if [ -n "$catalog_url" ] && [ -z "$(get_secret PUSTAKA_CATALOG_TOKEN "$new_secrets")" ]; then
    say "No enrollment code given: the kiosk works offline and keeps its reports until it is enrolled."
    say "Enroll later with: sudo $0 --enroll-code CODE"
  else
    say "Nothing to enroll."
  fi
elif grep -qxF "$enrolled_marker" "$new_secrets" && [ -n "$(get_secret PUSTAKA_CATALOG_TOKEN "$new_secrets")" ] \
    && [ "$re_enroll" = no ]; then
  say "This kiosk is enrolled already as $kiosk_id at $catalog_url; use --re-enroll to enroll it again."
else
  if [ -z "$kiosk_bin" ] && [ -n "$root" ]; then
    # A test tree has no kiosk to run: record what a real run does.
    plan_lines+=("/opt/pustaka-kiosk/bin/kiosk enroll --url $catalog_url --kiosk-id $kiosk_id --code **** --write-config TEMPFILE")
    say "Enrollment is left to a real run (--root without --kiosk-bin)."
  else
    kiosk_bin="${kiosk_bin:-/opt/pustaka-kiosk/bin/kiosk}"
    if [ ! -x "$kiosk_bin" ] && [ "$dry_run" = yes ]; then
      say "would run: $kiosk_bin enroll --url $catalog_url --kiosk-id $kiosk_id --code **** --write-config TEMPFILE"
    elif ! grep -qE '^[[:space:]]+enroll([[:space:]]|$)' <<< "$("$kiosk_bin" --help 2>&1 || true)"; then
      say "This version of the kiosk application has no 'enroll' command: the kiosk is configured but not enrolled."
      say "After an upgrade that brings it, enroll with: sudo $0 --enroll-code CODE"
    elif [ "$dry_run" = yes ]; then
      say "would run: $kiosk_bin enroll --url $catalog_url --kiosk-id $kiosk_id --code **** --write-config TEMPFILE"
    else
      enrolled="$work/enrolled.properties"
      say "running: $kiosk_bin enroll --url $catalog_url --kiosk-id $kiosk_id --code **** --write-config $enrolled"
      # Its standard output may carry the token: keep it out of the terminal and the logs.
      if ! "$kiosk_bin" enroll --url "$catalog_url" --code "$enroll_code" --kiosk-id "$kiosk_id" \
          --write-config "$enrolled" > "$work/enroll.out"; then
        fail "Enrollment failed (see the message above); the configuration was written, the kiosk is not enrolled. Check the code and the URL and run again."
      fi
      token="$(get_property "$enrolled" catalog.token)"
      [ -n "$token" ] || fail "The enroll command finished but wrote no catalog.token to $enrolled; the kiosk is not enrolled."
      set_secret "$new_secrets" PUSTAKA_CATALOG_TOKEN "$token"
      grep -v '^# enrolled-for: ' "$new_secrets" > "$new_secrets.tmp" || true
      printf '%s\n' "$enrolled_marker" >> "$new_secrets.tmp"
      mv "$new_secrets.tmp" "$new_secrets"
      say "Enrolled as $kiosk_id; the token is stored in $secrets."
    fi
  fi
fi
install_file "$secrets" "$new_secrets" 0600 yes

if [ -z "$root" ] && [ "$dry_run" = no ] && getent group kiosk >/dev/null; then
  chown root:kiosk "$config"
  chown root:root "$secrets"
fi

# ---------------------------------------------------------------------------------------------
step "Setting up the kiosk session"

data_dir="$root/var/lib/pustaka-kiosk"
if [ ! -d "$data_dir" ]; then
  if [ "$dry_run" = yes ]; then
    say "would create $data_dir (mode 0750)"
  else
    mkdir -p "$data_dir"
    chmod 0750 "$data_dir"
  fi
fi

# A hung system (not only a hung kiosk) reboots: systemd feeds the board's hardware watchdog.
watchdog_conf="$work/watchdog.conf"
{
  echo "# Pustaka Kiosk: reboot when the system stops responding (the board's hardware watchdog)."
  echo "[Manager]"
  echo "RuntimeWatchdogSec=10s"
} > "$watchdog_conf"
install_file "$root/etc/systemd/system.conf.d/pustaka-kiosk-watchdog.conf" "$watchdog_conf" 0644

# Screen blanking off: the kernel console must not blank the screen under the kiosk. cage itself
# never blanks (it has no idle timeout) and Xwayland's screen saver does not turn the panel off.
cmdline=""
for candidate in "$root/boot/firmware/cmdline.txt" "$root/boot/cmdline.txt"; do
  if [ -f "$candidate" ]; then
    cmdline="$candidate"
    break
  fi
done
if [ -n "$cmdline" ]; then
  new_cmdline="$work/cmdline.txt"
  if grep -qE '(^|[[:space:]])consoleblank=0([[:space:]]|$)' "$cmdline"; then
    cp "$cmdline" "$new_cmdline"
  else
    # cmdline.txt must stay one line.
    sed -E -e '1s/[[:space:]]*consoleblank=[0-9]+//' -e '1s/[[:space:]]*$/ consoleblank=0/' "$cmdline" > "$new_cmdline"
  fi
  install_file "$cmdline" "$new_cmdline" "$(stat -c %a "$cmdline")"
else
  say "No cmdline.txt in /boot/firmware or /boot: add consoleblank=0 to the kernel command line by hand to keep the screen on."
fi

system_action systemctl daemon-reload
system_action systemctl set-default graphical.target
# A desktop login (Raspberry Pi OS with desktop) would fight the kiosk for the screen.
if [ -n "$root" ] || [ -e /etc/systemd/system/display-manager.service ]; then
  system_action systemctl disable display-manager.service
fi
system_action systemctl enable pustaka-kiosk.service pustaka-kiosk-health.timer
system_action udevadm control --reload-rules
system_action udevadm trigger --action=add --subsystem-match=tty --subsystem-match=usbmisc

if [ -n "$root" ] && [ "$dry_run" = no ]; then
  plan="$work/plan"
  {
    echo "# System actions a real run of provision.sh performs, in order (this run used --root)."
    printf '%s\n' "${plan_lines[@]}"
    echo "reboot"
  } > "$plan"
  install_file "$plan_file" "$plan" 0644
fi

step "Done"
if [ "$dry_run" = yes ]; then
  say "Dry run: nothing was changed."
elif [ -z "$root" ]; then
  say "The kiosk starts full screen after a reboot: sudo reboot"
  say "Technician's way out: see /usr/share/doc/pustaka-kiosk/install.md (maintenance mode)."
fi
