# Hamyar — GNU make build.
#
# Layers: locale <- core <- store <- tui.  Each lower layer is its own static
# library, and its unit tests link without the layers above it, so an include
# that crosses a layer upwards fails to build.  Sources are found by wildcard:
# adding a .c file to a module folder adds it to that module's library; adding
# tests/MODULE/test_*.c adds a test program.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share
BUILD   ?= build
CC      ?= cc
PKG_CONFIG ?= pkg-config
VERSION := 0.1.0

CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ifeq ($(CI),true)
WARN    += -Werror
endif
# _FILE_OFFSET_BITS=64: on a 32-bit build (check-i386), 64-bit file sizes
# and offsets, and readdir of a folder whose inode numbers or offsets do
# not fit 32 bits (without it readdir stops there with EOVERFLOW: a backup
# did not see the stale copies in its folder); nothing changes on 64 bits.
CPPFLAGS += -I. -I$(BUILD)/gen -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 -DHAMYAR_VERSION='"$(VERSION)"'

# Missing dependencies are installed (tools/deps.sh) before anything else is
# read, since pkg-config below needs them: the build set for `make` and
# `make run`, more for the test targets; `make clean` installs nothing.
GOALS := $(or $(MAKECMDGOALS),all)
DEPS_SET := build
ifneq ($(filter check asan asan-build bench tests valgrind check-i386,$(GOALS)),)
DEPS_SET := test
endif
ifneq ($(filter fuzz,$(GOALS)),)
DEPS_SET := fuzz
endif
ifneq ($(filter-out clean,$(GOALS)),)
ifneq ($(HAMYAR_DEPS_DONE),1)
DEPS_RC := $(shell sh tools/deps.sh $(DEPS_SET) >&2; echo $$?)
ifneq ($(DEPS_RC),0)
$(error could not install the dependencies; see the messages above)
endif
export HAMYAR_DEPS_DONE := 1
endif
endif
pc = $(shell $(PKG_CONFIG) $(1) $(2) 2>/dev/null)
LOCALE_LIBS := $(call pc,--libs,fribidi) -lunistring
CORE_LIBS   := -lm
STORE_LIBS  := $(call pc,--libs,lmdb) -lpthread
TUI_LIBS    := $(call pc,--libs,ncursesw) $(call pc,--libs,libsodium) -lcsv
DEP_CFLAGS  := $(call pc,--cflags,fribidi ncursesw libsodium)
TEST_LIBS   := $(call pc,--libs,cmocka)
ALL_CFLAGS   = $(WARN) $(DEP_CFLAGS) $(CFLAGS)

LOCALE_SRC := $(wildcard locale/*.c)
CORE_SRC   := $(wildcard core/*.c)
STORE_SRC  := $(wildcard store/*.c)
TUI_SRC    := $(filter-out tui/main.c,$(wildcard tui/*.c))

obj = $(patsubst %.c,$(BUILD)/%.o,$(1))
LIBLOCALE := $(BUILD)/liblocale.a
LIBCORE   := $(BUILD)/libcore.a
LIBSTORE  := $(BUILD)/libstore.a
LIBTUI    := $(BUILD)/libtui.a
CATALOG_O := $(BUILD)/gen/catalog.o

LOCALE_DEP := $(LIBLOCALE) $(LOCALE_LIBS)
CORE_DEP   := $(LIBCORE) $(LOCALE_DEP) $(CORE_LIBS)
STORE_DEP  := $(LIBSTORE) $(CORE_DEP) $(STORE_LIBS)
TUI_DEP    := $(LIBTUI) $(STORE_DEP) $(TUI_LIBS)

TEST_SRC  := $(wildcard tests/locale/test_*.c tests/core/test_*.c tests/store/test_*.c tests/tui/test_*.c \
             tests/fault/test_*.c)
TEST_BIN  := $(patsubst %.c,$(BUILD)/%,$(TEST_SRC))
# Helpers the test scripts run (not tests themselves).
HELPER_BIN := $(BUILD)/tests/store/put_raw
BENCH_SRC := $(wildcard tests/bench/bench_*.c)
BENCH_BIN := $(patsubst %.c,$(BUILD)/%,$(BENCH_SRC))

.PHONY: all run check asan asan-build valgrind bench fuzz install clean deps check-i386 tests
all: hamyar

deps:
	@sh tools/deps.sh test

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# The message catalogs are compiled into the program from locale/po/*.po.
$(BUILD)/gen/catalog.c: locale/po2c.sh locale/po/fa.po locale/po/en.po
	@mkdir -p $(@D)
	sh locale/po2c.sh locale/po/fa.po locale/po/en.po > $@.tmp && mv $@.tmp $@
$(CATALOG_O): $(BUILD)/gen/catalog.c
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(LIBLOCALE): $(call obj,$(LOCALE_SRC)) $(CATALOG_O)
$(LIBCORE):   $(call obj,$(CORE_SRC))
$(LIBSTORE):  $(call obj,$(STORE_SRC))
$(LIBTUI):    $(call obj,$(TUI_SRC))
$(BUILD)/%.a:
	@mkdir -p $(@D)
	rm -f $@ && $(AR) rcs $@ $^

$(BUILD)/hamyar: $(BUILD)/tui/main.o $(LIBTUI) $(LIBSTORE) $(LIBCORE) $(LIBLOCALE)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(TUI_DEP)
hamyar: $(BUILD)/hamyar
	cp $< $@

# Each test program links only its own layer and the ones below it.
$(BUILD)/tests/locale/%: tests/locale/%.c $(LIBLOCALE)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LOCALE_DEP) $(TEST_LIBS)
$(BUILD)/tests/core/%: tests/core/%.c $(LIBCORE) $(LIBLOCALE)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(CORE_DEP) $(TEST_LIBS)
$(BUILD)/tests/store/%: tests/store/%.c $(LIBSTORE) $(LIBCORE) $(LIBLOCALE)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(STORE_DEP) $(TEST_LIBS)
$(BUILD)/tests/tui/%: tests/tui/%.c $(LIBTUI) $(LIBSTORE) $(LIBCORE) $(LIBLOCALE)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(TUI_DEP) $(TEST_LIBS)
# Allocation-failure injection: every allocation of our static libraries
# goes through the test's __wrap_* functions (tests/fault/test_fault.c).
FAULT_WRAP := -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=strndup,--wrap=free
$(BUILD)/tests/fault/%: tests/fault/%.c $(LIBTUI) $(LIBSTORE) $(LIBCORE) $(LIBLOCALE)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) $(FAULT_WRAP) -o $@ $< $(TUI_DEP) $(TEST_LIBS)
$(BUILD)/tests/bench/%: tests/bench/%.c $(LIBTUI) $(LIBSTORE) $(LIBCORE) $(LIBLOCALE)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -O2 $(LDFLAGS) -o $@ $< $(TUI_DEP) $(call pc,--libs,sqlite3)

tests: $(BUILD)/hamyar $(TEST_BIN) $(HELPER_BIN)

# Builds everything, then runs every unit, command-line and screen test.  The
# last line of output is "N passed, N failed".
# Six lanes (HAMYAR_JOBS, tests/run.sh) on two cores: the screen tests
# spend most of their time waiting for tmux (with two lanes the load stayed
# under 0.6 and the run took 23 minutes; with six, 8.5 minutes on a
# machine busy with other builds, load about 2); each has its own tmux
# server and temporary folder, and none times the program.
CHECK_JOBS ?= 6
check: tests
	@BUILD=$(BUILD) HAMYAR_BIN=$(CURDIR)/$(BUILD)/hamyar HAMYAR_JOBS=$${HAMYAR_JOBS:-$(CHECK_JOBS)} \
	    sh tests/run.sh $(TEST_BIN)

run: hamyar
	./hamyar

ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
# (tests/lsan.supp: what libraries keep to the end by design)
# Three lanes: its program is slower, so fewer than make check's six; one
# lane took 55 to 80 minutes, three 24 (14,024 passed, 0 failed).
asan:
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	$(MAKE) BUILD=build-asan CFLAGS="$(ASAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" \
	    CHECK_JOBS=3 check

# Only builds what make asan runs (build-asan), to run one test under it:
# HAMYAR_SRC=. HAMYAR_BIN=$PWD/build-asan/hamyar sh tests/cli/NAME.sh
asan-build:
	$(MAKE) BUILD=build-asan CFLAGS="$(ASAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" tests

# The unit tests, and the command-line scripts named in VALGRIND_SCRIPTS
# (the program wrapped too), under valgrind: an invalid read or write, a
# use of uninitialised memory or a definite leak fails the test (exit 99).
# tests/valgrind.supp holds only documented library noise.  Two tests run
# at a time (HAMYAR_JOBS=2): under valgrind one test keeps one core busy,
# and nothing in this set is timed.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --suppressions=$(CURDIR)/tests/valgrind.supp
# (Not users.sh: it runs the program as nobody, who cannot reach the
# wrapper; not crash_import.sh: it times and kills runs.)
# (The longest first: see tests/run.sh.)
VALGRIND_SCRIPTS ?= tests/cli/sync.sh tests/cli/exchange.sh tests/cli/exchange_report.sh \
	tests/screen/donor.sh tests/cli/basics.sh tests/cli/check.sh tests/cli/date.sh \
	tests/cli/text.sh tests/cli/layout.sh tests/cli/ahp.sh tests/cli/store.sh \
	tests/cli/exchange_access.sh tests/cli/audit.sh tests/cli/letter.sh
valgrind: tests
	@command -v valgrind >/dev/null || { echo "valgrind: apt-get install valgrind"; exit 1; }
	@BUILD=$(BUILD) HAMYAR_BIN=$(CURDIR)/$(BUILD)/hamyar HAMYAR_WRAP="$(VALGRIND)" \
	    HAMYAR_SCRIPTS="$(VALGRIND_SCRIPTS)" HAMYAR_JOBS=2 sh tests/run.sh $(TEST_BIN)

bench: $(BUILD)/hamyar $(BENCH_BIN)
	@BUILD=$(BUILD) HAMYAR_BIN=$(CURDIR)/$(BUILD)/hamyar sh tests/bench/run.sh $(BENCH_BIN)

# A 32-bit x86 build for old station PCs: the program and every test of
# `make check` (unit, fault injection, command line, screens) built with
# -m32 against Debian's i386 packages.  ncurses comes as the i386 runtime
# libraries with the shared headers of libncurses-dev: its i386 -dev package
# drags in libc6-dev:i386, which a mirror whose i386 index lags behind
# amd64 cannot install.  Where the kernel cannot run 32-bit programs (no
# IA32 emulation, as on some virtual machines), each test program and the
# program the scripts run go through qemu-i386 (Debian's qemu-user).
I386_TESTS = $(patsubst %.c,build-i386/%,$(TEST_SRC))
check-i386:
	@sh tools/deps.sh i386
	$(MAKE) BUILD=build-i386 CFLAGS="-m32 -O2 -g" LDFLAGS=-m32 \
	    PKG_CONFIG_LIBDIR=/usr/lib/i386-linux-gnu/pkgconfig:/usr/share/pkgconfig \
	    TUI_LIBS="-l:libncursesw.so.6 -l:libtinfo.so.6 -lsodium -lcsv" \
	    DEP_CFLAGS="-I/usr/include/fribidi -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600" \
	    HAMYAR_DEPS_DONE=1 build-i386/hamyar $(I386_TESTS) build-i386/tests/store/put_raw
	@if build-i386/hamyar --version >/dev/null 2>&1; then wrap=; \
	elif command -v qemu-i386 >/dev/null && qemu-i386 build-i386/hamyar --version >/dev/null 2>&1; then \
	    wrap=qemu-i386; \
	    echo "check-i386: this kernel cannot run 32-bit x86 programs (no IA32 emulation): the tests run them under qemu-i386, user-mode emulation"; \
	else \
	    echo "check-i386: this machine cannot run 32-bit x86 programs (its kernel has no IA32 emulation, and qemu-i386 is missing); the build is done, the tests need such a machine"; \
	    exit 1; \
	fi; \
	BUILD=build-i386 HAMYAR_BIN=$(CURDIR)/build-i386/hamyar HAMYAR_WRAP="$$wrap" HAMYAR_WRAP_TOOLS="$$wrap" \
	    sh tests/run.sh $(I386_TESTS)

fuzz:
	@sh tests/fuzz/run.sh

install: hamyar
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)/hamyar/po
	install -m 0755 hamyar $(DESTDIR)$(BINDIR)/hamyar
	install -m 0644 hamyar.1 $(DESTDIR)$(MANDIR)/man1/hamyar.1
	install -m 0644 locale/po/fa.po locale/po/en.po $(DESTDIR)$(DATADIR)/hamyar/po/

clean:
	rm -rf build build-* hamyar

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
