# HAMYAR_LANG as an administrator sets it (tui/main.c env_lang): as --lang
# takes it ("en"), or as a login's LANG is written ("en_US.UTF-8", "EN").
# Any value but fa and en itself was passed over in silence, the messages
# staying Persian with no word why; now the LANG-like forms are read by
# their language, and another value is said once on the standard error
# (the exit status as the verb's), unless --lang is given.
. "$HAMYAR_SRC/tests/lib.sh"

EN="error: There is no such month: a month is 1 to 12"
FA="error: چنین ماهی نیست: ماه از 1 تا 12 است"
for v in en EN en_US.UTF-8 en_GB en.UTF-8 en-US; do
	out=$(HAMYAR_LANG=$v "$HAMYAR" date j2g 1404/13/01 2>"$TMP/err"); rc=$?
	is "$rc:$out:$(cat "$TMP/err")" "1:$EN:" "HAMYAR_LANG=$v: English, no warning"
done
for v in fa fa_IR.UTF-8 FA; do
	out=$(HAMYAR_LANG=$v "$HAMYAR" date j2g 1404/13/01 2>"$TMP/err")
	is "$out:$(cat "$TMP/err")" "$FA:" "HAMYAR_LANG=$v: Persian, no warning"
done
for v in de english e enx; do
	out=$(HAMYAR_LANG=$v "$HAMYAR" date j2g 1404/13/01 2>"$TMP/err"); rc=$?
	is "$rc:$out" "1:$FA" "HAMYAR_LANG=$v: Persian, the verb's exit status"
	is "$(cat "$TMP/err")" "hamyar: HAMYAR_LANG «$v» است، نه fa یا en: فارسی به کار می‌رود" "HAMYAR_LANG=$v: said"
done
out=$(HAMYAR_LANG=english "$HAMYAR" --lang en date j2g 1404/13/01 2>"$TMP/err")
is "$out:$(cat "$TMP/err")" "$EN:" "--lang en given: HAMYAR_LANG is not read, nor said"
out=$(HAMYAR_LANG=en "$HAMYAR" --lang fa date j2g 1404/13/01 2>&1)
is "$out" "$FA" "--lang fa wins over HAMYAR_LANG=en"
out=$(HAMYAR_LANG= "$HAMYAR" date j2g 1404/01/01 2>&1)
is "$out" "2025-03-21" "HAMYAR_LANG empty: as unset, nothing said"
done_testing
