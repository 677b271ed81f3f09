#!/bin/sh
# Installs what `make check-i386` needs: gcc's 32-bit multilib and Debian's
# i386 development packages of the lower layers (multiarch).  The unit tests
# of locale/, core/ and store/ run on i386; the TUI layer is not built there.
set -u
PKGS="gcc-multilib libunistring-dev:i386 libfribidi-dev:i386 libcmocka-dev:i386
liblmdb-dev:i386"
missing=""
for p in $PKGS; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
	case "$st" in *" installed") ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0
echo "hamyar: installing missing i386 packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
	echo "hamyar: need root or sudo to install:$missing" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
case " $(dpkg --print-foreign-architectures | tr '\n' ' ') " in
*" i386 "*) ;;
*) $SUDO dpkg --add-architecture i386 || exit 1 ;;
esac
# A mirror mid-sync can fail one index; the packages may still be found.
$SUDO apt-get update -qq >&2 || echo "hamyar: apt-get update reported errors; trying anyway" >&2
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2 || exit 1
