#!/bin/sh
# Installs the Debian packages Hamyar needs, if any is missing; quiet when
# all is there.  Runs apt-get as root, or through sudo.
#
# Usage: tools/deps.sh [build|test|fuzz|i386]
#   build  what `make` and `make run` need (the default)
#   test   build + what `make check`, `make asan`, `make bench` need
#   fuzz   build + clang with its libFuzzer runtime
#   i386   gcc's 32-bit multilib and the i386 -dev packages of the lower
#          layers (multiarch), for `make check-i386`, and qemu-user, which
#          runs them where the kernel cannot (no IA32 emulation)
set -u
BUILD_PKGS="gcc make pkg-config libncurses-dev liblmdb-dev libunistring-dev
libfribidi-dev libsodium-dev libcsv-dev"
# cmocka: unit tests; tmux: screen tests; unicode-data: bidi conformance;
# locales: localedef for the fa_IR collation test; sqlite3: benchmarks and
# import comparison; valgrind; sshd/ssh: sync push and SSH session tests;
# chromium: rendering the thank-you letter; strace: holding a backup midway
# to stop it there; gettext: msgfmt and xgettext
# check the message catalogs.
TEST_PKGS="libcmocka-dev tmux unicode-data locales sqlite3 libsqlite3-dev
valgrind openssh-server openssh-client chromium gettext strace"
FUZZ_PKGS="clang libclang-rt-14-dev"
I386_PKGS="gcc-multilib libunistring-dev:i386 libfribidi-dev:i386
libcmocka-dev:i386 liblmdb-dev:i386 libsodium-dev:i386 libcsv-dev:i386
libncursesw6:i386 libtinfo6:i386 qemu-user"

case "${1:-build}" in
build)	PKGS="$BUILD_PKGS" ;;
test)	PKGS="$BUILD_PKGS $TEST_PKGS" ;;
fuzz)	PKGS="$BUILD_PKGS $FUZZ_PKGS" ;;
i386)	PKGS="$I386_PKGS" ;;
*)	echo "usage: tools/deps.sh [build|test|fuzz|i386]" >&2; exit 2 ;;
esac

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
if [ "${1:-build}" = i386 ]; then
	case " $(dpkg --print-foreign-architectures | tr '\n' ' ') " in
	*" i386 "*) ;;
	*) $SUDO dpkg --add-architecture i386 || exit 1 ;;
	esac
fi
# A mirror in mid-sync can fail one index while the packages are still
# there, so a failed update is reported, not fatal; the install decides.
$SUDO apt-get update -qq >&2 || echo "hamyar: apt-get update reported errors; trying the install anyway" >&2
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2 || exit 1
