#!/bin/sh
# Installs the Debian packages Hamyar needs to build and test, if any is
# missing.  Runs apt-get as root, or through sudo.  Quiet when all is there.
set -u
PKGS="gcc make pkg-config libncurses-dev liblmdb-dev libunistring-dev
libfribidi-dev libsodium-dev libcmocka-dev libcsv-dev tmux unicode-data
locales sqlite3 libsqlite3-dev valgrind openssh-server openssh-client chromium"
missing=""
for p in $PKGS; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
	case "$st" in *" installed") ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0
echo "hamyar: installing missing packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
	echo "hamyar: need root or sudo to install:$missing" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || exit 1
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2 || exit 1
