/*
 * tests/tui/test_html.c — HTML escaping shared by the report and the letter
 * (tui/html.c), and the report page with hostile database values: a unit
 * whose county text (as a peer's bundle could carry it, unchecked) holds
 * markup must appear as text, never as a tag; a pledge type out of range
 * is not taken for a material one.
 *
 * Expected escapes are the five of the HTML standard's "escaping a string"
 * plus the apostrophe (&#39;: safe in either attribute quoting).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "locale/strbuf.h"
#include "store/sync.h"
#include "tui/html.h"
#include "tui/report.h"

static char root[256];

static const char *const hostile = "<script>alert('x')</script> \"&amp;\" مؤسسهٔ خیریه‌ی نور";
static const char *const escaped =
    "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;&amp;amp;&quot; مؤسسهٔ خیریه‌ی نور";

static void
test_escape(void **state)
{
	struct loc_strbuf b = { 0 };
	char *out = NULL, *p;
	size_t len = 0;
	FILE *f;

	(void)state;
	tui_html_escape(&b, hostile);
	tui_html_escape(&b, NULL);
	tui_html_escape(&b, "");
	assert_false(b.failed);
	assert_string_equal(b.p, escaped);
	p = loc_strbuf_take(&b);
	free(p);
	/* Only the five bytes change: Persian, ZWNJ, digits, '=' and ';'. */
	tui_html_escape(&b, "۱۲۳ a=b; c/d ك ي");
	assert_string_equal(b.p, "۱۲۳ a=b; c/d ك ي");
	loc_strbuf_done(&b);
	tui_html_escape(&b, "&&<<>>''\"\"");
	assert_string_equal(b.p, "&amp;&amp;&lt;&lt;&gt;&gt;&#39;&#39;&quot;&quot;");
	loc_strbuf_done(&b);
	/* Bidi embedding, override and isolate controls are dropped (a
	 * donor's name with an RLO printed backwards on his letter); the
	 * marks LRM and RLM, the ZWNJ and other U+20xx characters (the
	 * en dash, the ellipsis) pass. */
	tui_html_escape(&b, "علی \u202Eکریمی\u202C \u2067مهر\u2069 \u202A\u202B\u202D\u2066\u2068x");
	assert_string_equal(b.p, "علی کریمی مهر x");
	loc_strbuf_done(&b);
	tui_html_escape(&b, "\u200Fنیک\u200Cنام\u200E \u2013 \u2026 \u2070 \xE2");
	assert_string_equal(b.p, "\u200Fنیک\u200Cنام\u200E \u2013 \u2026 \u2070 \xE2");
	loc_strbuf_done(&b);
	f = open_memstream(&out, &len);
	assert_non_null(f);
	assert_int_equal(tui_html_fputs(f, "a\u202Eb<"), 0);
	fclose(f);
	assert_string_equal(out, "ab&lt;");
	free(out);
	out = NULL;
	len = 0;
	/* The file writer gives the same bytes. */
	f = open_memstream(&out, &len);
	assert_non_null(f);
	assert_int_equal(tui_html_fputs(f, hostile), 0);
	assert_int_equal(tui_html_fputs(f, NULL), 0);
	fclose(f);
	assert_string_equal(out, escaped);
	free(out);
}

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "test");
}

/* A unit and a need as a bundle from station MRG would bring them: the
 * county is whatever the peer's text said. */
static int
apply_fn(struct store_txn *t, void *ctx)
{
	struct core_record *u, *n;
	struct store_meta m;
	enum store_sync_outcome oc;
	int rc;

	(void)ctx;
	memset(&m, 0, sizeof m);
	core_version_set(&m.version, 1732780800000ull << 16, "MRG");
	u = core_record_new(CORE_UNIT);
	n = core_record_new(CORE_NEED);
	assert_non_null(u);
	assert_non_null(n);
	core_record_set_text(u, CORE_UNIT_ID, "MRG-1");
	core_record_set_num(u, CORE_UNIT_KIND, 0);
	core_record_set_text(u, CORE_UNIT_NAME, "پاسگاه <b>مرند</b>");
	core_record_set_text(u, CORE_UNIT_COUNTY, "\"><script>");
	rc = store_sync_apply(t, u, &m, &oc);
	if (rc == 0) {
		m.version.hlc++;
		core_record_set_text(n, CORE_NEED_ID, "MRG-2");
		core_record_set_text(n, CORE_NEED_UNIT, "MRG-1");
		core_record_set_num(n, CORE_NEED_CATEGORY, 1);
		core_record_set_text(n, CORE_NEED_TITLE, "دوربین");
		core_record_set_num(n, CORE_NEED_ESTIMATED_COST, 250000000);
		core_record_set_num(n, CORE_NEED_URGENCY, 4);
		core_record_set_num(n, CORE_NEED_IMPACT, 3);
		core_record_set_num(n, CORE_NEED_IDENTIFIED_ON, 0);
		core_record_set_num(n, CORE_NEED_STATUS, CORE_NEED_APPROVED);
		rc = store_sync_apply(t, n, &m, &oc);
	}
	core_record_free(u);
	core_record_free(n);
	return rc;
}

/* A new database in root/name, filled by fill in one write; returns its
 * HTML report (caller frees). */
static char *
report_of(const char *name, int (*fill)(struct store_txn *t, void *ctx))
{
	struct store *st;
	char path[300], *page = NULL;
	size_t len = 0;
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", root, name);
	assert_int_equal(store_open(path, STORE_CREATE | STORE_NOSYNC, &st), 0);
	assert_int_equal(store_write(st, init_fn, (void *)"TBZ"), 0);
	assert_int_equal(store_write(st, fill, NULL), 0);
	f = open_memstream(&page, &len);
	assert_non_null(f);
	assert_int_equal(tui_report_html(st, f, NULL), 0);
	fclose(f);
	store_close(st);
	return page;
}

static void
test_report_hostile_county(void **state)
{
	char *page;

	(void)state;
	page = report_of("db", apply_fn);
	/* The county is shown as text; no tag or attribute break-out. */
	assert_null(strstr(page, "<script"));
	assert_null(strstr(page, "\"><script"));
	assert_non_null(strstr(page, "<th>&quot;&gt;&lt;script&gt;</th>"));
	/* a chart's label: its hover title first, then the text drawn */
	assert_non_null(strstr(page, "direction=\"rtl\"><title>&quot;&gt;&lt;script&gt;"));
	assert_non_null(strstr(page, "</title>&quot;&gt;&lt;script&gt;</text>"));
	free(page);
}

/* A pledge whose type is past the participation types (32: 1u << 32 is
 * undefined, and on x86 it is 1, the "space" bit), as only a peer's bundle
 * could bring one in. */
static int
pledge_fn(struct store_txn *t, void *ctx)
{
	struct core_record *p = core_record_new(CORE_PLEDGE);
	struct store_meta m;
	enum store_sync_outcome oc;
	int rc;

	(void)ctx;
	assert_non_null(p);
	memset(&m, 0, sizeof m);
	core_version_set(&m.version, (1732780800000ull << 16) + 10, "MRG");
	core_record_set_text(p, CORE_PLEDGE_ID, "MRG-3");
	core_record_set_text(p, CORE_PLEDGE_DONOR, "MRG-9");
	core_record_set_num(p, CORE_PLEDGE_TYPE, 32);
	core_record_set_num(p, CORE_PLEDGE_AMOUNT, 777000000);
	core_record_set_num(p, CORE_PLEDGE_PLEDGED_ON, 0);
	core_record_set_num(p, CORE_PLEDGE_STATUS, CORE_PLEDGE_PLEDGED);
	rc = store_sync_apply(t, p, &m, &oc);
	core_record_free(p);
	return rc;
}

static void
test_report_unknown_type(void **state)
{
	char *page;

	(void)state;
	page = report_of("db2", pledge_fn);
	/* Not a material pledge: nothing over time. */
	assert_non_null(strstr(page, "<h2>"));
	assert_null(strstr(page, "polyline"));
	free(page);
}

/* The report's database lives in a temporary directory for the group. */
static int
group_setup(void **state)
{
	char tmpl[] = "/tmp/test_html.XXXXXX";

	(void)state;
	if (mkdtemp(tmpl) == NULL)
		return -1;
	snprintf(root, sizeof root, "%s", tmpl);
	return 0;
}

static int
group_teardown(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	return system(cmd) == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_report_hostile_county),
		cmocka_unit_test(test_report_unknown_type),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
