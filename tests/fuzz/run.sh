#!/bin/sh
# Builds every fuzz target (tests/fuzz/fuzz_*.c) with clang's libFuzzer and
# AddressSanitizer/UBSan, then runs each for FUZZ_SECONDS (default 60).  The
# committed seeds in tests/fuzz/corpus/NAME are read only; new inputs go to
# build-fuzz/corpus-NAME.  Prints the executions of each target; exits 1 if
# any target crashed (the crashing input is left in build-fuzz/).
# FUZZ_BUILD names another build folder; FUZZ_TARGETS="fuzz_csv fuzz_date"
# runs only those targets.
set -u
B=${FUZZ_BUILD:-build-fuzz}
SECS=${FUZZ_SECONDS:-60}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
command -v clang >/dev/null || { echo "fuzz: clang is needed (apt-get install clang)"; exit 1; }
make -s BUILD=$B CC=clang CFLAGS="-O1 -g -fsanitize=fuzzer-no-link $SAN" \
    $B/liblocale.a $B/libcore.a $B/libstore.a $B/libtui.a || exit 1
# ncursesw: libtui's import code (fuzz_csv) pulls in objects that draw.
LIBS="$B/libtui.a $B/libstore.a $B/libcore.a $B/liblocale.a $(pkg-config --libs fribidi lmdb libsodium ncursesw) -lunistring -lcsv -lm -lpthread"
status=0
for src in tests/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	case " ${FUZZ_TARGETS:-$name} " in *" $name "*) ;; *) continue ;; esac
	clang -I. -I$B/gen -D_GNU_SOURCE -std=c11 -O1 -g -fsanitize=fuzzer $SAN \
	    $(pkg-config --cflags fribidi) -o "$B/$name" "$src" $LIBS || { status=1; continue; }
	mkdir -p "$B/corpus-$name" "tests/fuzz/corpus/$name"
	log="$B/$name.log"
	"$B/$name" -max_total_time="$SECS" -print_final_stats=1 -artifact_prefix="$B/$name-" \
	    "$B/corpus-$name" "tests/fuzz/corpus/$name" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	if [ "$rc" -eq 0 ]; then
		printf '%-24s %12s executions in %ss, clean\n' "$name" "${runs:-?}" "$SECS"
	else
		printf '%-24s CRASHED (exit %d); see %s\n' "$name" "$rc" "$log"
		grep -m 5 -E 'ERROR|runtime error|SUMMARY' "$log"
		status=1
	fi
done
exit $status
