#!/usr/bin/env bash
# Builds the Pustaka Kiosk Debian package from this repository:
#   provisioning/build-deb.sh
# writes provisioning/target/pustaka-kiosk_VERSION_all.deb (VERSION from the parent pom) and prints
# its path on stdout. It builds the application jar first when it is missing.
#
# Options (for release work and tests):
#   --version V   package version instead of the pom's (e.g. to test an upgrade)
#   --out DIR     where to write the .deb (default provisioning/target)
#   --jar FILE    the application jar to package (default kiosk-app/target/pustaka-kiosk.jar)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
out="$here/target"
jar="$repo/kiosk-app/target/pustaka-kiosk.jar"
version=""

say() { printf '%s\n' "$*" >&2; }
bad_input() { say "$*"; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --version) [ $# -ge 2 ] || bad_input "--version needs a version such as 0.2.0."; version=$2; shift 2 ;;
    --out) [ $# -ge 2 ] || bad_input "--out needs a directory."; out=$2; shift 2 ;;
    --jar) [ $# -ge 2 ] || bad_input "--jar needs a file."; jar=$2; shift 2 ;;
    -h|--help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) bad_input "Unknown option '$1'. Try --help." ;;
  esac
done

command -v dpkg-deb >/dev/null 2>&1 || { say "dpkg-deb is needed: install it with 'apt-get install dpkg'."; exit 1; }

# The project version: the first <version> after the parent pom's own artifactId. A Maven
# "-SNAPSHOT" becomes "~SNAPSHOT" so that it sorts before the release in dpkg.
pom_version() {
  awk '/<artifactId>pustaka-kiosk-parent<\/artifactId>/ { found = 1; next }
       found && /<version>/ { sub(/.*<version>/, ""); sub(/<\/version>.*/, ""); print; exit }' "$repo/pom.xml"
}
if [ -z "$version" ]; then
  version="$(pom_version)"
  [ -n "$version" ] || { say "Cannot read the version from $repo/pom.xml."; exit 1; }
  version="${version//-/\~}"
fi
[[ "$version" =~ ^[0-9][A-Za-z0-9.+~]*$ ]] || bad_input "'$version' is not a Debian version: use digits, letters, '.', '+' or '~', starting with a digit."

if [ ! -f "$jar" ]; then
  command -v mvn >/dev/null 2>&1 || { say "The jar $jar is missing and Maven is not installed: install maven and openjdk-17-jdk-headless."; exit 1; }
  say "Building the application jar..."
  (cd "$repo" && mvn -B -q -DskipTests package) >&2
  [ -f "$jar" ] || { say "The build finished but $jar is not there."; exit 1; }
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/pustaka-kiosk"
mkdir -p "$pkg"
cp -R "$here/deb/." "$pkg/"

install -D -m 0644 "$jar" "$pkg/opt/pustaka-kiosk/lib/pustaka-kiosk.jar"
mkdir -p "$pkg/usr/bin" "$pkg/usr/share/doc/pustaka-kiosk"
ln -s /opt/pustaka-kiosk/bin/kiosk "$pkg/usr/bin/pustaka-kiosk"
install -m 0644 "$here/kiosk.properties.example" "$pkg/usr/share/doc/pustaka-kiosk/kiosk.properties.example"
for doc in install.md instalasi.md hardware.md; do
  install -m 0644 "$repo/docs/$doc" "$pkg/usr/share/doc/pustaka-kiosk/$doc"
done
install -m 0755 "$here/provision.sh" "$pkg/opt/pustaka-kiosk/bin/pustaka-kiosk-provision"
cat > "$pkg/usr/share/doc/pustaka-kiosk/copyright" <<'COPYRIGHT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: pustaka-kiosk

Files: *
License: Apache-2.0
 On Debian systems the full text of the Apache License 2.0 is in
 /usr/share/common-licenses/Apache-2.0.
COPYRIGHT

# Modes do not depend on the clone's umask: directories and documents readable by all, programs
# executable, nothing writable but by root.
find "$pkg" -type d -exec chmod 0755 {} +
find "$pkg" -type f -exec chmod 0644 {} +
chmod 0755 "$pkg"/opt/pustaka-kiosk/bin/* "$pkg"/opt/pustaka-kiosk/lib/pustaka-kiosk-health \
  "$pkg"/DEBIAN/postinst "$pkg"/DEBIAN/prerm "$pkg"/DEBIAN/postrm

# Every file shipped under /etc is a configuration file: dpkg keeps the local version on upgrade.
(cd "$pkg" && find etc -type f | sort | sed 's#^#/#') > "$pkg/DEBIAN/conffiles"

installed_kb="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: pustaka-kiosk
Version: $version
Architecture: all
Section: misc
Priority: optional
Maintainer: ${DEB_MAINTAINER:-Pustaka Kiosk maintainers <maintainers@pustaka-kiosk.invalid>}
Installed-Size: $installed_kb
Depends: openjdk-17-jre | openjdk-21-jre | openjdk-25-jre | java17-runtime, cage, xwayland, libpam-systemd, passwd, systemd, udev, fonts-dejavu-core
Description: Pustaka Kiosk self-service library station
 The self-check kiosk and RFID circulation station of Perpustakaan Kota
 Malang: visitors borrow, return and renew books on a touchscreen, sign up
 for library events and book school visits, online or offline.
 .
 This package installs the application under /opt/pustaka-kiosk, its
 configuration under /etc/pustaka-kiosk, a full-screen kiosk session on
 tty1 (cage), a health check, and udev rules naming the RFID reader
 /dev/pustaka-rfid and the receipt printer /dev/pustaka-printer.
CONTROL

mkdir -p "$out"
deb="$(cd "$out" && pwd)/pustaka-kiosk_${version}_all.deb"
# The jar is already compressed: gzip is as small as xz here and much faster.
dpkg-deb --root-owner-group -Zgzip --build "$pkg" "$deb" >&2
printf '%s\n' "$deb"
