/*
 * tui/letter.c — the thank-you letter as an RTL HTML page (see letter.h).
 *
 * Built in a growing buffer; the Persian wording comes from the catalog in
 * Persian (loc_gettext_lang "fa") so translators keep it with the other
 * messages while the letter stays Persian under --lang en.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/strbuf.h"
#include "tui/html.h"
#include "tui/letter.h"

static const char *
fa(const char *msgid)
{
	return loc_gettext_lang("fa", msgid);
}

/* A text from the database (a name, a title, a place) escaped, its digits
 * Persian as the letter's dates are: stored text holds ASCII ones, and
 * «تالار ۲۲ بهمن» beside «۵ اسفند ۱۴۰۳» read «تالار 22 بهمن» before.  The
 * digits of a Latin word stay as written, as on the screens («دوربین 4MP»,
 * not «۴MP»): loc_digits_to_fa_text. */
static void
escape_fa(struct loc_strbuf *b, const char *s)
{
	char *p = loc_digits_to_fa_text(s);

	tui_html_escape(b, p ? p : s);
	free(p);
}

char *
tui_letter_html(const struct tui_letter *l)
{
	struct loc_strbuf b = { 0 };
	char date[48], day[16], year[16], *p;
	int y = 0, m = 0, d = 0;

	loc_date_format(l->held_on, LOC_FMT_FA_DIGITS, date, sizeof date);
	loc_day_to_jalali(l->held_on, &y, &m, &d);
	snprintf(day, sizeof day, "%d", d);
	snprintf(year, sizeof year, "%d", y);
	loc_strbuf_str(&b, "<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"fa\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
	tui_html_escape(&b, fa(N_("Letter of thanks")));
	loc_strbuf_str(&b, " - ");
	escape_fa(&b, l->donor_name);
	loc_strbuf_str(&b, "</title>\n</head>\n<body style=\"margin:0;padding:0;background:#ffffff;color:#222222;"
	    "font-family:Vazirmatn,'Noto Naskh Arabic','DejaVu Sans',Tahoma,sans-serif;\">\n"
	    "<div style=\"box-sizing:border-box;width:720px;min-height:980px;margin:30px auto;padding:50px 60px;"
	    "border:8px double #8a6d1d;text-align:center;line-height:2.1;\">\n");
	/* date at the top, on the left as in Persian letters */
	loc_strbuf_str(&b, "<div style=\"text-align:left;font-size:16px;\">");
	tui_html_escape(&b, fa(N_("Date:")));
	loc_strbuf_str(&b, " <span id=\"date\">");
	tui_html_escape(&b, date);
	loc_strbuf_str(&b, "</span></div>\n<h1 style=\"font-size:46px;margin:30px 0 10px 0;color:#8a6d1d;\">");
	tui_html_escape(&b, fa(N_("Letter of thanks")));
	loc_strbuf_str(&b, "</h1>\n<div style=\"font-size:20px;margin-bottom:20px;\">");
	tui_html_escape(&b, fa(N_("To the honourable benefactor")));
	loc_strbuf_str(&b, "</div>\n<div id=\"name\" style=\"font-size:34px;font-weight:bold;margin:10px 0 30px 0;\">");
	escape_fa(&b, l->donor_name);
	loc_strbuf_str(&b, "</div>\n<p style=\"font-size:20px;text-align:justify;\">");
	if (l->org) {
		tui_html_escape(&b, fa(N_("With greetings and respect: we thank your esteemed organisation "
		    "sincerely for its valuable participation in the public order and safety of the province.")));
		loc_strbuf_str(&b, " ");
		tui_html_escape(&b, fa(N_("We wish your organisation lasting success.")));
	} else {
		tui_html_escape(&b, fa(N_("With greetings and respect: we thank you sincerely for your "
		    "valuable participation in the public order and safety of the province.")));
		loc_strbuf_str(&b, " ");
		tui_html_escape(&b, fa(N_("We wish you lasting success and health.")));
	}
	loc_strbuf_str(&b, "</p>\n<p style=\"font-size:18px;margin-top:30px;\">");
	if (l->ceremony != NULL && *l->ceremony) {
		tui_html_escape(&b, fa(N_("Ceremony:")));
		loc_strbuf_str(&b, " «");
		escape_fa(&b, l->ceremony);
		loc_strbuf_str(&b, "»<br>");
	}
	if (l->place != NULL && *l->place) {
		tui_html_escape(&b, fa(N_("Place:")));
		loc_strbuf_str(&b, " ");
		escape_fa(&b, l->place);
		loc_strbuf_str(&b, "<br>");
	}
	tui_html_escape(&b, fa(N_("Held on:")));
	loc_strbuf_str(&b, " ");
	p = loc_digits_to_fa(day);
	tui_html_escape(&b, p ? p : day);
	free(p);
	loc_strbuf_str(&b, " ");
	tui_html_escape(&b, loc_jalali_month_name(m, 0) ? loc_jalali_month_name(m, 0) : "");
	loc_strbuf_str(&b, " ");
	p = loc_digits_to_fa(year);
	tui_html_escape(&b, p ? p : year);
	free(p);
	loc_strbuf_str(&b, "</p>\n<div style=\"margin-top:70px;text-align:left;font-size:19px;\">");
	if (l->station != NULL && *l->station) {
		escape_fa(&b, l->station);
		loc_strbuf_str(&b, "<br>");
	}
	tui_html_escape(&b, fa(N_("Public participation in order and safety")));
	loc_strbuf_str(&b, "</div>\n</div>\n</body>\n</html>\n");
	return loc_strbuf_take(&b);
}

int
tui_letter_write(const char *path, const struct tui_letter *l)
{
	char *html = tui_letter_html(l);
	FILE *f;
	size_t n;
	int e;

	if (html == NULL) {
		errno = ENOMEM;
		return -1;
	}
	if ((f = fopen(path, "w")) == NULL) {
		e = errno;
		free(html);
		errno = e;
		return -1;
	}
	n = strlen(html);
	if (fwrite(html, 1, n, f) != n) {
		e = errno;
		fclose(f);
		free(html);
		errno = e ? e : EIO;
		return -1;
	}
	free(html);
	if (fclose(f) != 0)
		return -1;
	return 0;
}
