/*
 * tui/keyscr.c — this station's sync key and the stations it trusts (SPEC
 * §10), for provincial HQ and the administrator working over SSH, as
 * `hamyar sync key` and `hamyar sync trust STATION KEY [--replace]` do it
 * on the command line.
 *
 * The screen shows this database's station and its public key in full, on
 * a line of its own (to be read out over the phone or copied), then one row
 * per trusted station: its code, its key shortened to its first and last
 * eight digits (Enter shows it whole), how far this database holds its
 * change log ("recv") and how far it has acknowledged ours ("acked", of
 * our log's length), the two numbers a bundle moves (tui/bundle.h), and
 * the days its last bundle was imported here and the last one for it made
 * (store_sync_peer_when: which station has been silent, and since when).
 * F5 trusts a new station, F6 gives the selected one a new key.
 *
 * Nothing of the decision is made here: the key pair comes from
 * tui_sync_key and every trust from tui_sync_trust_replaced, the functions
 * the verbs call, which check the code and the key, keep one key to one
 * station, refuse this database's own, forget a replaced station's numbers
 * and write the audit entry (the store enforces the sync right too).  This
 * file asks, says in Persian which field is wrong, and asks that field
 * again with what was typed in it.  A station code and a key are Latin:
 * their prompts take the keyboard to Latin while they are open (F12 is the
 * person's), and read digits of any script as ASCII.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/access.h"
#include "core/keytext.h"
#include "core/record.h"
#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/layout.h"
#include "locale/text.h"
#include "store/store.h"
#include "store/sync.h"
#include "store/users.h"
#include "tui/bundle.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

struct keyscr {
	char station[CORE_STATION_MAX + 1];
	char key[TUI_KEY_HEX];		/* "" if it could not be read or made */
	uint64_t last;			/* our change log's last number */
	struct tui_sync_peer *v;
	size_t n, sel, top;
	int loaded;
	unsigned gen;
	char refused[512];		/* no sync right: the policy's sentence */
	char err[512];			/* the store could not be read */
	char note[600];			/* the last action, until the next key */
};

static const struct tui_fkey keys_bar[] = {
	{ 1, N_("Help"), 0 }, { 5, N_("Trust station"), TUI_FKEY_WRITE }, { 6, N_("Replace key"), TUI_FKEY_WRITE },
	{ 7, N_("New own key"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* No station trusted yet: F6 (replace the selected station's key) has
 * none to act on, and is not offered; the screen says F5 trusts one. */
static const struct tui_fkey nopeer_bar[] = {
	{ 1, N_("Help"), 0 }, { 5, N_("Trust station"), TUI_FKEY_WRITE },
	{ 7, N_("New own key"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const struct tui_fkey refused_bar[] = {
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char keys_help[] = N_(
    "This station's code and public key: another station trusts it with\n"
    "'hamyar sync trust' or on this screen.  Read it out or copy it whole.\n"
    "The stations trusted here: a bundle is taken only from a station\n"
    "trusted with the key that signed it.  Received: this database holds\n"
    "the station's changes up to that number.  Acknowledged: the station\n"
    "has confirmed ours up to that number, of all this database has.\n"
    "Last in: the day its last bundle was imported here; last out: the\n"
    "day the last bundle for it was made here (exported or pushed).\n"
    "Enter shows the selected station's key whole.  F5 trusts a station:\n"
    "its code and the key its 'hamyar sync key' prints (by phone or in\n"
    "person, never from a bundle).  F6 gives the selected station a new\n"
    "key, for a station installed afresh.  F7 (the administrator only)\n"
    "makes this station's own key anew, as 'hamyar sync key --new' does,\n"
    "when a backup holding it was lost: every station must then trust the\n"
    "new key.  Every change is in the audit log.");

/* 1 if the user has the sync right (hq, admin), as `hamyar sync key` and
 * `sync trust` ask; else 0 and the sentence in why. */
static int
keys_allowed(char *why, size_t n)
{
	const struct store_identity *me = store_users_identity(tui_app.st);
	struct core_access acc;

	if (me == NULL || core_access_check(&me->actor, CORE_ACCESS_SYNC, NULL, NULL, &acc))
		return 1;
	/* said of what was asked: an auditor, who reads the rest, does not
	 * read this either */
	if (acc.why == CORE_ACCESS_ROLE || acc.why == CORE_ACCESS_READONLY)
		snprintf(why, n, "%s", _("Only provincial HQ or the administrator can see this station's sync key and trust other stations' keys."));
	else
		tui_access_message(&acc, why, n);
	return 0;
}

static void
load(struct keyscr *k)
{
	int rc;

	k->n = 0;
	k->key[0] = k->err[0] = k->refused[0] = '\0';
	k->loaded = 1;
	k->gen = tui_list_generation;
	if (!keys_allowed(k->refused, sizeof k->refused))
		return;
	if ((rc = store_station(tui_app.st, k->station)) != 0)
		goto fail;
	/* made on first use, as `sync key` does (a write: the sync right) */
	if ((rc = tui_sync_key(tui_app.st, k->key)) != 0) {
		char why[400];

		k->key[0] = '\0';
		snprintf(k->err, sizeof k->err, _("This station's key could not be read or made: %s"),
		    rc == TUI_BUNDLE_ECRYPTO ? tui_bundle_strerror(rc) :
		    tui_identity_why(tui_app.st, rc, why, sizeof why));
	}
	free(k->v);
	k->v = NULL;
	if ((rc = tui_sync_peers(tui_app.st, &k->v, &k->n, &k->last)) != 0)
		goto fail;
	if (k->sel >= k->n)
		k->sel = k->n > 0 ? k->n - 1 : 0;
	return;
fail:
	k->n = 0;
	tui_identity_why(tui_app.st, rc, k->err, sizeof k->err);
}

/* key shortened to its first and last eight digits */
static const char *
short_key(const char *key, char *buf, size_t n)
{
	if (strlen(key) != TUI_KEY_HEX - 1)
		snprintf(buf, n, "%s", key);
	else
		snprintf(buf, n, "%.8s…%s", key, key + TUI_KEY_HEX - 1 - 8);
	return buf;
}

/* The day of a time as shown in a column: "—" for never. */
static const char *
fmt_day(int64_t when, char *buf, size_t n)
{
	int32_t day = when > 0 ? tui_day_of(when) : 0;

	if (day == 0 || tui_fmt_date(day, buf, n)[0] == '\0')
		snprintf(buf, n, "—");
	return buf;
}

/* A position in a change log as shown: "—" for none yet. */
static const char *
fmt_pos(uint64_t v, char *buf, size_t n)
{
	if (v == 0) {
		snprintf(buf, n, "—");
		return buf;
	}
	return tui_fmt_int((int64_t)v, buf, n);
}

static void
keys_draw(struct tui_screen *s, int top, int rows)
{
	struct keyscr *k = s->data;
	char line[700], a[48], b[48], kb[80], head[200];
	int w = COLS - 2, y, body, r;
	size_t i;

	if (!k->loaded || k->gen != tui_list_generation)
		load(k);
	s->fkeys = k->refused[0] != '\0' ? refused_bar : k->n == 0 ? nopeer_bar : keys_bar;
	if (k->refused[0] != '\0') {
		tui_draw_wrapped(top + 1, 2, COLS - 4, rows - 2, k->refused, tui_attr_error());
		return;
	}
	snprintf(line, sizeof line, _("This station: %s. Its public key, to read out or copy:"), k->station);
	tui_draw_ui(top, 1, w, line, tui_attr_label());
	if (k->key[0] != '\0')	/* whole, left to right, at the start side */
		tui_draw_text(top + 1, 2, COLS - 4, k->key, LOC_DIR_LTR,
		    tui_ui_dir() == LOC_DIR_RTL ? TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT, A_BOLD);
	y = top + 3;
	snprintf(a, sizeof a, "%zu", k->n);
	tui_fmt_digits(a, sizeof a);
	snprintf(head, sizeof head, _("Stations trusted here: %s"), a);
	body = rows - 7;		/* heading, columns; the note and a gap below */
	if (body < 1)
		body = 1;
	tui_sel_keep(k->sel, &k->top, k->n, (size_t)body);
	tui_draw_range_heading(y, w, head, k->top, (size_t)body, k->n);
	if (k->n == 0) {
		tui_draw_wrapped(y + 2, 2, COLS - 4, 3,
		    _("No station is trusted yet. F5 trusts one: its code and the key that 'hamyar sync key' prints there."),
		    A_NORMAL);
	} else {
		/* 78 columns hold all six: a key shortened is 17, a date 10;
		 * on fewer the key goes (Enter shows it), the dates stay */
		int nc = w < 78 ? 5 : 6;
		struct tui_col h[6] = {
			{ 7, _("Peer station"), 0 }, { 17, _("Key"), 0 },
			{ 9, _("Received"), 0 }, { 14, _("Acknowledged of ours"), 0 },
			{ 11, _("Last in"), 0 }, { 0, _("Last out"), 0 },
		};
		if (nc == 5) {	/* (and a cell less after "last in": 58 hold it) */
			memmove(&h[1], &h[2], 4 * sizeof h[0]);
			h[3].w = 10;
		}
		tui_cols_draw_gap(y + 1, 1, w, h, nc, TUI_COL_GAP, A_BOLD);
		for (r = 0, i = k->top; r < body && i < k->n; r++, i++) {
			char of[48], acked[120], din[48], dout[48];

			fmt_pos(k->v[i].acked, b, sizeof b);
			tui_fmt_int((int64_t)k->last, of, sizeof of);
			snprintf(acked, sizeof acked, _("%s of %s"), b, of);
			{
				struct tui_col c[6] = {
					{ 7, k->v[i].code, 1 },
					{ 17, short_key(k->v[i].key, kb, sizeof kb), 1 },
					{ 9, fmt_pos(k->v[i].recv, a, sizeof a), 1 },
					{ 14, acked, 0 },
					{ 11, fmt_day(k->v[i].in, din, sizeof din), 1 },
					{ 0, fmt_day(k->v[i].out, dout, sizeof dout), 1 },
				};
				if (nc == 5) {
					memmove(&c[1], &c[2], 4 * sizeof c[0]);
					c[3].w = 10;
				}
				tui_cols_draw_gap(y + 2 + r, 1, w, c, nc, TUI_COL_GAP,
				    i == k->sel ? A_REVERSE : A_NORMAL);
			}
		}
	}
	/* the last action's line, else what could not be read */
	if (k->note[0] != '\0')
		tui_draw_wrapped(top + rows - 2, 1, w, 2, k->note, A_BOLD);
	else if (k->err[0] != '\0')
		tui_draw_wrapped(top + rows - 2, 1, w, 2, k->err, tui_attr_error());
}

/* ---- asking ------------------------------------------------------------------ */

/* A Latin prompt (a station code, a key): left to right, the keyboard on
 * Latin while it is open, digits of any script as ASCII, and taking all
 * that `hamyar sync key` printed there pasted into it, both lines
 * (tui_prompt_lines: the line break a space).  Returns a new string
 * (caller frees), or NULL if cancelled. */
static char *
ask_latin(const char *title, const char *label, const char *init)
{
	int fa = tui_kbd_persian();
	char *typed, *ascii;

	tui_kbd_set_persian(0);
	typed = tui_prompt_lines(title, label, init, LOC_DIR_LTR);
	tui_kbd_set_persian(fa);
	if (typed == NULL)
		return NULL;
	ascii = loc_digits_to_ascii(typed);
	free(typed);
	return ascii;
}

/* s without its white space, in place: a key read out in groups, or a
 * code typed with a blank around it. */
static char *
squeeze(char *s)
{
	char *p, *q;

	for (p = q = s; *p != '\0'; p++)
		if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			*q++ = *p;
	*q = '\0';
	return s;
}

/* What was typed into the code or the key field, read as all that `hamyar
 * sync key` printed at the other station (its station line and the key),
 * as `sync trust` reads it (core_key_text: the same rules and sentences).
 * A single word, or words none of which is the station word or a whole key
 * (a key read out in groups, a code typed with a blank in it), is not
 * that: 0, for the field to take as typed, its blanks dropped.  Otherwise 1 with the station in code (which, if it comes set,
 * the text must not contradict) and the key in key; or -1 with the
 * sentence, prefixed by the field's name (label), in msg.  nokey is NULL
 * for the key field; for the code field, the first word may be the code
 * (TBZ and the key), and the station line alone is taken too: 1 with
 * *nokey set, the key then asked for. */
static int
pasted(const char *text, const char *label, char code[CORE_STATION_MAX + 1],
    char key[CORE_KEY_HEX], int *nokey, char *msg, size_t n)
{
	char why[700];
	enum core_keytext rc;
	int marked, first;

	if (core_keytext_scan(text, &marked, &first) <= 1 || !marked)
		return 0;
	/* the code typed before the text, in the code field (as `sync
	 * trust TBZ "..."` takes it) */
	first = nokey != NULL && first;
	rc = core_key_text(text, first, code, key, why, sizeof why);
	if (rc == CORE_KEYTEXT_NOKEY && nokey != NULL && code[0] != '\0') {
		*nokey = 1;
		return 1;
	}
	if (rc != CORE_KEYTEXT_OK) {
		snprintf(msg, n, label, why);
		return -1;
	}
	return 1;
}

/* Why key (as typed) is not a public key, into buf: how many characters it
 * has, or the first one that is not 0-9 or a-f. */
static void
bad_key(const char *key, char *buf, size_t n)
{
	char *shown = loc_text_sanitize(key), cnt[32], bad[8];
	size_t i, len = 0, off;
	uint32_t cp;

	for (off = 0; key[off] != '\0'; len++) {
		size_t l = loc_utf8_decode(key + off, strlen(key + off), &cp);

		off += l > 0 ? l : 1;
	}
	snprintf(cnt, sizeof cnt, "%zu", len);
	tui_fmt_digits(cnt, sizeof cnt);
	bad[0] = '\0';
	for (i = 0; key[i] != '\0'; i++)
		if (!strchr("0123456789abcdefABCDEF", key[i])) {
			size_t l = loc_utf8_decode(key + i, strlen(key + i), &cp);

			if (l == 0 || l >= sizeof bad)
				l = 1;
			memcpy(bad, key + i, l);
			bad[l] = '\0';
			break;
		}
	if (len == 0)
		snprintf(buf, n, "%s", _("Public key: nothing was typed. A key is the 64 characters (0-9 and a-f) on the last line that 'hamyar sync key' prints at that station."));
	else if (len != TUI_KEY_HEX - 1)
		snprintf(buf, n, P_("Public key: «%s» has %s character, and a key has 64 (0-9 and a-f): the last line that 'hamyar sync key' prints at that station.",
		    "Public key: «%s» has %s characters, and a key has 64 (0-9 and a-f): the last line that 'hamyar sync key' prints at that station.", len),
		    shown != NULL ? shown : "?", cnt);
	else
		snprintf(buf, n, _("Public key: «%s» has «%s» in it, and a key has only 0-9 and a-f: the last line that 'hamyar sync key' prints at that station."),
		    shown != NULL ? shown : "?", bad);
	free(shown);
}

/* The replacing question for station code: what a new key does. */
static int
ask_replace(const char *code)
{
	char q[1200];

	snprintf(q, sizeof q, _("Replace the key trusted for station %s? From now on a bundle from %s is taken only if the new key signed it; the old key's are refused. What %s acknowledged here is set aside: kept if its first bundle with the new key goes on from its old log (a key made anew), forgotten if not (installed afresh), and a bundle for it made before then carries everything."),
	    code, code, code);
	return tui_confirm(q, 0) == 1;
}

/* Whether key (as typed) cannot be trusted for station code: not a key, or
 * a key that already speaks for a station here (tui_sync_key_holder, the
 * check the write makes again), so that nobody is asked whether to replace
 * a key with one that would be refused.  Returns 0 if it may be; else 1
 * with the sentence, naming the field, in msg; or a store code (<0). */
static int
key_refused(const struct keyscr *k, const char *code, const char *key, char *msg, size_t n)
{
	char holder[CORE_STATION_MAX + 1];
	int rc = tui_sync_key_holder(tui_app.st, key, code, holder);

	if (rc == TUI_BUNDLE_EKEY) {
		bad_key(key, msg, n);
		return 1;
	}
	if (rc != 1)
		return rc;
	if (strcmp(holder, k->station) == 0)
		snprintf(msg, n, _("Public key: this is this database's own key (shown at the top of this screen), not station %s's. Ask %s for the key its 'hamyar sync key' prints."),
		    code, code);
	else
		snprintf(msg, n, _("Public key: this key is already trusted for station %s; one key speaks for one station, so check which station's key this is."),
		    holder);
	return 1;
}

/* The key trusted here for station code, as the list was loaded (NULL if
 * none): only to say "nothing changed" without a write. */
static const char *
key_of(const struct keyscr *k, const char *code)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (strcmp(k->v[i].code, code) == 0)
			return k->v[i].key;
	return NULL;
}

/* Trusts a key for a station, asking for what is missing: the code (when
 * fixed is NULL: F5) and the key.  F6 (fixed, a trusted station) asks the
 * replacing question before the write; F5 asks it when the station turns
 * out to have another key (the write refused it), then writes again with
 * replace, as `sync trust --replace`.  Each refusal names its field and
 * asks that field again with what was typed in it. */
static void
trust(struct keyscr *k, const char *fixed)
{
	const char *title = fixed != NULL ? _("New key for a trusted station") : _("Trust a station");
	const char *have;
	char *code = NULL, *key = NULL, *typed, msg[900], lab[200];
	char norm[CORE_STATION_MAX + 1], got[CORE_STATION_MAX + 1], hex[CORE_KEY_HEX];
	int rc, replaced = 0, replace = 0, ask_code = fixed == NULL, ask_key = 1;
	int given = 0;	/* the key came pasted with the code */

	norm[0] = '\0';
	if (fixed != NULL)
		loc_utf8_copy(norm, sizeof norm, fixed);
	for (;;) {
		if (ask_code) {
			int nokey = 0;

			typed = ask_latin(title, _("Station code (2-8 Latin letters or digits):"), code);
			if (typed == NULL)
				break;
			free(code);
			code = typed;
			/* all that `sync key` printed there, pasted here: the
			 * code from its station line, the key under it */
			got[0] = '\0';
			rc = pasted(code, _("Station code: %s"), got, hex, &nokey, msg, sizeof msg);
			if (rc < 0) {
				tui_message(_("Not saved"), msg);
				continue;
			}
			if (rc == 1) {
				free(code);
				if ((code = strdup(got)) == NULL)
					break;
				if (!nokey) {
					free(key);
					if ((key = strdup(hex)) == NULL)
						break;
					given = 1;
				}
			} else
				squeeze(code);
			if (core_station_normalize(code, norm) != 0) {
				char *shown = loc_text_sanitize(code);
				char county[CORE_STATION_MAX + 1];

				/* «مرند» for MRD: the county's code
				 * suggested, as sync trust does */
				if (core_county_station(code, county))
					snprintf(msg, sizeof msg, _("Station code: «%s» is not a station code but a county's name: its code is %s, if the key is from that county's station."),
					    shown != NULL ? shown : "?", county);
				else
					snprintf(msg, sizeof msg, _("Station code: «%s» is not a station code: 2 to 8 Latin letters or digits, as the station was made with (hamyar init --station)."),
					    shown != NULL ? shown : "?");
				free(shown);
				tui_message(_("Not saved"), msg);
				continue;
			}
			if (strcasecmp(norm, k->station) == 0) {
				snprintf(msg, sizeof msg, _("Station code: %s is this database's own station: its key is made here (shown at the top of this screen), not trusted."),
				    norm);
				tui_message(_("Not saved"), msg);
				given = 0;
				continue;
			}
			ask_code = 0;
		}
		if (ask_key) {
			if (!given) {
				snprintf(lab, sizeof lab, _("Public key of %s (the last line of 'hamyar sync key' there):"), norm);
				typed = ask_latin(title, lab, key);
				if (typed == NULL) {
					if (fixed != NULL)
						break;
					ask_code = 1;	/* Esc: back to the code */
					continue;
				}
				free(key);
				key = typed;
				/* all that `sync key` printed, pasted: its
				 * station line must name this station */
				memcpy(got, norm, sizeof got);
				rc = pasted(key, _("Public key: %s"), got, hex, NULL, msg, sizeof msg);
				if (rc < 0) {
					tui_message(_("Not saved"), msg);
					continue;
				}
				if (rc == 1)
					memcpy(key, hex, sizeof hex);	/* (longer than the key) */
				else
					squeeze(key);
			}
			given = 0;
			have = key_of(k, norm);
			if (have == NULL || strcasecmp(key, have) != 0) {
				if ((rc = key_refused(k, norm, key, msg, sizeof msg)) < 0) {
					tui_write_failed(rc);
					break;
				}
				if (rc == 1) {
					tui_message(_("Not saved"), msg);
					continue;
				}
			}
			ask_key = 0;
			if (have != NULL && strcasecmp(key, have) == 0) {
				snprintf(k->note, sizeof k->note, _("This is the key already trusted for %s: nothing was changed."), norm);
				break;
			}
			if (fixed != NULL) {
				if (!ask_replace(norm)) {
					snprintf(k->note, sizeof k->note, _("The key of %s was not replaced: nothing was changed."), norm);
					break;
				}
				replace = 1;
			}
		}
		rc = tui_sync_trust_replaced(tui_app.st, norm, key, replace, &replaced);
		if (rc == 0) {
			if (replaced)
				snprintf(k->note, sizeof k->note, _("The key trusted for %s was replaced; what it acknowledged is set aside until its first bundle signed with the new key (kept if that goes on from its old log)."), norm);
			else
				snprintf(k->note, sizeof k->note, _("%s is trusted: its bundles signed with this key are taken."), norm);
			tui_data_changed();
			break;
		}
		switch (rc) {
		case TUI_BUNDLE_ETRUSTED:	/* F5 on a station that has a key */
			if (!ask_replace(norm)) {
				snprintf(k->note, sizeof k->note, _("%s already has a trusted key, and it was kept: nothing was changed."), norm);
				goto out;
			}
			replace = 1;
			continue;
		case TUI_BUNDLE_EKEY:
		case TUI_BUNDLE_EKEYUSED:	/* (a key trusted meanwhile) */
			if (key_refused(k, norm, key, msg, sizeof msg) != 1)
				snprintf(msg, sizeof msg, "%s", tui_bundle_strerror(rc));
			ask_key = 1;
			break;
		default:	/* (the code was checked above) */
			tui_write_failed(rc);
			goto out;
		}
		tui_message(_("Not saved"), msg);
	}
out:
	free(code);
	free(key);
}

/* F7: this station's own key pair made anew (tui_sync_key_new, as `sync
 * key --new`), by the administrator only, after a question. */
static void
new_own_key(struct keyscr *k)
{
	const struct store_identity *me = store_users_identity(tui_app.st);
	struct core_access acc;
	char q[1200], key[TUI_KEY_HEX], why[400];
	int rc;

	if (me != NULL && !core_access_check(&me->actor, CORE_ACCESS_USERS, NULL, NULL, &acc)) {
		snprintf(k->note, sizeof k->note, "%s",
		    _("Only the administrator can make a new sync key for this station; nothing was changed."));
		return;
	}
	snprintf(q, sizeof q, _("Make a new sync key for station %s? The old key stops signing: bundles made from now on are signed with the new key, and every station that exchanges bundles with this one must trust the new key (hamyar sync trust %s KEY --replace there) before it takes them."),
	    k->station, k->station);
	if (tui_confirm(q, 0) != 1)
		return;
	if ((rc = tui_sync_key_new(tui_app.st, key)) != 0) {
		snprintf(k->note, sizeof k->note, _("No new key was made: %s"),
		    rc == TUI_BUNDLE_ECRYPTO ? tui_bundle_strerror(rc) :
		    tui_identity_why(tui_app.st, rc, why, sizeof why));
		return;
	}
	k->loaded = 0;	/* the new key on the screen */
	snprintf(k->note, sizeof k->note, _("A new key was made for station %s; every station must now trust it (hamyar sync trust %s KEY --replace)."),
	    k->station, k->station);
}

/* The selected station's key whole, and its numbers. */
static void
show_peer(const struct keyscr *k, const struct tui_sync_peer *p)
{
	char msg[1400], recv[300], acked[300], a[48], of[48], title[64];
	char in[300], out[300], when[96];

	tui_fmt_int((int64_t)k->last, of, sizeof of);
	if (p->recv == 0)
		snprintf(recv, sizeof recv, _("Received from %s: nothing yet."), p->code);
	else
		snprintf(recv, sizeof recv, _("Received from %s: its changes up to %s."), p->code,
		    tui_fmt_int((int64_t)p->recv, a, sizeof a));
	if (p->acked == 0)
		snprintf(acked, sizeof acked, _("Acknowledged by %s: none of ours yet (this database has %s)."),
		    p->code, of);
	else
		snprintf(acked, sizeof acked, _("Acknowledged by %s: ours up to %s of %s."), p->code,
		    tui_fmt_int((int64_t)p->acked, a, sizeof a), of);
	if (p->in == 0)
		snprintf(in, sizeof in, _("No bundle from %s has been imported here yet."), p->code);
	else
		snprintf(in, sizeof in, _("Last bundle from %s imported here: %s."), p->code,
		    tui_fmt_ago(p->in, 0, when, sizeof when));
	if (p->out == 0)
		snprintf(out, sizeof out, _("No bundle for %s has been made here yet."), p->code);
	else
		snprintf(out, sizeof out, _("Last bundle for %s made here: %s."), p->code,
		    tui_fmt_ago(p->out, 0, when, sizeof when));
	snprintf(title, sizeof title, _("Station %s"), p->code);
	snprintf(msg, sizeof msg, _("%s\n%s\n%s\n%s\nThe key trusted for %s:"), recv, acked, in,
	    out, p->code);
	tui_message_path(title, msg, p->key);
}

static enum tui_result
keys_event(struct tui_screen *s, int key)
{
	struct keyscr *k = s->data;
	size_t page = (size_t)(tui_screen_rows() > 8 ? tui_screen_rows() - 8 : 1);
	struct tui_sync_peer *p = k->sel < k->n ? &k->v[k->sel] : NULL;
	enum tui_action act = tui_key_action(key);

	k->note[0] = '\0';	/* the last action's line lasts until the next key */
	if (act == TUI_ACT_BACK)
		return TUI_CLOSE;
	if (k->refused[0] != '\0')
		return TUI_IGNORED;
	if (tui_sel_scroll(act, &k->sel, &k->top, k->n, page))
		return TUI_HANDLED;
	if (key == TUI_KEY_F(5)) {
		trust(k, NULL);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(6)) {
		if (p == NULL) {
			snprintf(k->note, sizeof k->note, "%s", _("No station is trusted yet: F5 trusts one."));
		} else {
			char code[CORE_STATION_MAX + 1];	/* the list reloads */

			loc_utf8_copy(code, sizeof code, p->code);
			trust(k, code);
		}
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(7)) {
		new_own_key(k);
		return TUI_HANDLED;
	}
	if (act == TUI_ACT_OPEN && p != NULL) {
		show_peer(k, p);
		return TUI_HANDLED;
	}
	return TUI_IGNORED;
}

static void
keys_destroy(struct tui_screen *s)
{
	struct keyscr *k = s->data;

	free(k->v);
	tui_screen_free(s);
}

struct tui_screen *
tui_sync_keys_new(void)
{
	struct tui_screen *s = tui_screen_make(_("Sync keys and trusted stations"),
	    sizeof(struct keyscr), keys_bar, keys_help);

	if (s == NULL)
		return NULL;
	s->draw = keys_draw;
	s->event = keys_event;
	s->destroy = keys_destroy;
	return s;
}
