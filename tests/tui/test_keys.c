/*
 * tests/tui/test_keys.c — the non-curses parts of tui/keys.c and tui/form.c:
 * the key binding table (SPEC §7's keys), which keys a field takes as text
 * (bidi controls never), the ISIRI 9147 mapping when the Persian layout is
 * on, draft names, and how values are shown (Persian digits, grouped
 * amounts, Jalali dates, choice labels).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/record.h"
#include "locale/catalog.h"
#include "locale/jalali.h"
#include "tui/form.h"
#include "tui/keys.h"

static void
test_bindings(void **state)
{
	(void)state;
	/* SPEC §7: F1 help, F2 save, F3 search, F4 filter, F5 new, F10/Esc back. */
	assert_int_equal(tui_key_action(TUI_KEY_F(1)), TUI_ACT_HELP);
	assert_int_equal(tui_key_action(TUI_KEY_F(2)), TUI_ACT_SAVE);
	assert_int_equal(tui_key_action(TUI_KEY_F(3)), TUI_ACT_SEARCH);
	assert_int_equal(tui_key_action(TUI_KEY_F(4)), TUI_ACT_FILTER);
	assert_int_equal(tui_key_action(TUI_KEY_F(5)), TUI_ACT_NEW);
	assert_int_equal(tui_key_action(TUI_KEY_F(10)), TUI_ACT_BACK);
	assert_int_equal(tui_key_action(TUI_KEY_ESC), TUI_ACT_BACK);
	assert_int_equal(tui_key_action(TUI_KEY_TAB), TUI_ACT_NEXT);
	assert_int_equal(tui_key_action(TUI_KEY_BTAB), TUI_ACT_PREV);
	assert_int_equal(tui_key_action('a'), TUI_ACT_NONE);
}

static void
test_text_keys(void **state)
{
	(void)state;
	assert_true(tui_key_is_text('a'));
	assert_true(tui_key_is_text(0x06CC));		/* ی */
	assert_true(tui_key_is_text(0x06F1));		/* ۱ */
	assert_true(tui_key_is_text(0x200C));		/* ZWNJ */
	assert_false(tui_key_is_text(0x1B));		/* ESC */
	assert_false(tui_key_is_text(0x7F));
	assert_false(tui_key_is_text(0x9B));		/* C1 CSI */
	assert_false(tui_key_is_text(0x202E));		/* RLO */
	assert_false(tui_key_is_text(0x2067));		/* RLI */
	assert_false(tui_key_is_text(TUI_KEY_F(2)));
}

static void
test_isiri_toggle(void **state)
{
	(void)state;
	tui_kbd_set_persian(0);
	assert_int_equal(tui_kbd_map('s'), 's');
	tui_kbd_set_persian(1);
	/* shared/data/isiri9147.txt: s -> س, d -> ی, h -> ا, Shift+B -> ZWNJ. */
	assert_int_equal(tui_kbd_map('s'), 0x0633);
	assert_int_equal(tui_kbd_map('d'), 0x06CC);
	assert_int_equal(tui_kbd_map('h'), 0x0627);
	assert_int_equal(tui_kbd_map('B'), 0x200C);
	assert_int_equal(tui_kbd_map('1'), 0x06F1);
	assert_int_equal(tui_kbd_map(' '), ' ');		/* space stays */
	assert_int_equal(tui_kbd_map(TUI_KEY_F(2)), TUI_KEY_F(2));
	tui_kbd_set_persian(0);
}

static void
test_draft_names(void **state)
{
	enum core_kind k;
	char buf[64], id[CORE_ID_MAX];

	(void)state;
	tui_form_draft_name(CORE_DONOR, NULL, buf, sizeof buf);
	assert_string_equal(buf, "donor:new");
	tui_form_draft_name(CORE_NEED, "TBZ-7", buf, sizeof buf);
	assert_string_equal(buf, "need:TBZ-7");
	assert_int_equal(tui_form_draft_parse_name("need:TBZ-7", &k, id), 0);
	assert_int_equal(k, CORE_NEED);
	assert_string_equal(id, "TBZ-7");
	assert_int_equal(tui_form_draft_parse_name("donor:new", &k, id), 0);
	assert_int_equal(k, CORE_DONOR);
	assert_string_equal(id, "");
	assert_int_equal(tui_form_draft_parse_name("nonsense", &k, id), -1);
	assert_int_equal(tui_form_draft_parse_name("spaceship:X-1", &k, id), -1);
}

static void
shown(const struct core_record *r, int f, const char *want)
{
	char *s = tui_value_display(r, f);

	assert_non_null(s);
	assert_string_equal(s, want);
	free(s);
}

static void
test_value_display(void **state)
{
	struct core_record *r = core_record_new(CORE_NEED);
	int32_t day;

	(void)state;
	assert_non_null(r);
	loc_lang_set("fa");
	tui_fa_digits = 1;
	/* 1234567 rials: Persian digits, grouped with U+066C. */
	core_record_set_num(r, CORE_NEED_ESTIMATED_COST, 1234567);
	shown(r, CORE_NEED_ESTIMATED_COST, "۱٬۲۳۴٬۵۶۷");
	/* 1 Farvardin 1404 is 2025-03-21 (SPEC §5). */
	assert_int_equal(loc_gregorian_to_day(2025, 3, 21, &day), 0);
	core_record_set_num(r, CORE_NEED_IDENTIFIED_ON, day);
	shown(r, CORE_NEED_IDENTIFIED_ON, "۱۴۰۴/۰۱/۰۱");
	core_record_set_num(r, CORE_NEED_URGENCY, 5);
	shown(r, CORE_NEED_URGENCY, "۵");
	assert_int_equal(core_record_set_text(r, CORE_NEED_TITLE, "Post 12"), 0);
	shown(r, CORE_NEED_TITLE, "Post ۱۲");
	shown(r, CORE_NEED_POPULATION, "");		/* unset */
	tui_fa_digits = 0;
	shown(r, CORE_NEED_ESTIMATED_COST, "1,234,567");
	tui_fa_digits = 1;
	loc_lang_set("en");
	core_record_set_num(r, CORE_NEED_STATUS, CORE_NEED_APPROVED);
	shown(r, CORE_NEED_STATUS, "Approved");
	loc_lang_set("fa");
	core_record_free(r);

	r = core_record_new(CORE_DONOR);
	assert_non_null(r);
	core_record_set_num(r, CORE_DONOR_INTERESTS,
	    (1 << CORE_PT_SPACE) | (1 << CORE_PT_SUPPORT));
	loc_lang_set("en");
	shown(r, CORE_DONOR_INTERESTS, "Development of police spaces, Support");
	assert_int_equal(core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ"), 0);
	shown(r, CORE_DONOR_COUNTY, "Tabriz");
	loc_lang_set("fa");
	shown(r, CORE_DONOR_COUNTY, "تبریز");
	/* Persian joins the labels with the Arabic comma. */
	shown(r, CORE_DONOR_INTERESTS, "توسعهٔ فضاهای انتظامی، حمایتی");
	core_record_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bindings),
		cmocka_unit_test(test_text_keys),
		cmocka_unit_test(test_isiri_toggle),
		cmocka_unit_test(test_draft_names),
		cmocka_unit_test(test_value_display),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
