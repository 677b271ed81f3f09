/*
 * tui/screens.h — the screens of the programme's daily work (issue 6):
 * dashboard, ranking and weights, matching, a need's stages and status,
 * pledges and payments, recognition and letters, settings; and the small
 * kit they share (number formats that follow the user's settings, the
 * current user's role, columns laid out in the interface direction).
 *
 * Each screen is a constructor returning a struct tui_screen to push
 * (tui_screen_push), or NULL on allocation failure.  They read the store
 * in short read transactions when they (re)load, and write through one
 * store_write per action, so a write is all or nothing and passes the
 * access policy installed on the store (store/users.h).  After a write
 * they bump tui_list_generation, and every screen reloads when it sees it
 * change, so the dashboard's gap follows a pledge made two screens above.
 */
#ifndef TUI_SCREENS_H
#define TUI_SCREENS_H

#include <stddef.h>
#include <stdint.h>

#include "core/access.h"
#include "core/record.h"
#include "tui/screen.h"

struct core_record;
struct store_txn;

/* ---- screens ------------------------------------------------------------- */

/* Dashboard (tui/dash.c): per-county bars, top-ranked needs, recent
 * activity; keys to the other screens. */
struct tui_screen *tui_dashboard_new(void);
/* The units and needs moved into or out of a clerk's county since he was
 * last told (the notes "moved.*", the marker "user.LOGIN.moved"), read
 * when the program starts (tui/app.c): how many there are, and
 * drawing them, wrapped, from row y down to row last at most, as the main
 * menu and the dashboard say them.  tui_moves_poll, at a paint of either:
 * at most every two seconds, when the change log moved (another session,
 * an import, a sync), the notes come since are read, told and marked
 * told; returns 1 if there were any. */
size_t tui_moves_count(void);
void tui_moves_draw(int y, int last);
int tui_moves_poll(void);

/* Ranking (tui/rankscr.c): ranked needs, the selected one's criteria;
 * F4 switches TOPSIS/SAW, F6 opens the AHP weights editor. */
struct tui_screen *tui_rank_new(void);
/* The AHP pairwise editor on its own. */
struct tui_screen *tui_weights_new(void);
/* What to tell the user of stored weights store_rank_weights (or
 * core_weights_check) refused, bad being its answer (a criterion, or
 * CORE_NCRIT for their sum): which weight, and that the weights editor
 * saves good ones again.  Written into buf (size n); returns buf. */
const char *tui_rank_weights_fault(int bad, char *buf, size_t n);

/* The tie of ranked need k (of n, results res of core_rank over items)
 * with its neighbour, for the explanation: with the one above if they tie,
 * else with the one below; the sentence names it, its rank (in the user's
 * digits, tui_fa_digits, as the raw values beside it; grouped on the
 * screen, not when cli) and the rule that ordered them (older
 * identified_on, then id).  Failing a tie, a neighbour whose score is
 * shown the same to four places (the screen's and `rank`'s) though it is
 * not (0.500047 and 0.500009): both scores in as many places as tell them
 * apart (ASCII with a point when cli, as `rank` prints its scores, else
 * in the user's digits), since the order then looks like a tie broken
 * against its rule (the newer need first).  Into buf (size sz); returns buf, or NULL when
 * k is shown apart from both. */
struct core_rank_item;
struct core_rank_result;
const char *tui_rank_tie_note(const struct core_rank_item *items,
    const struct core_rank_result *res, size_t n, size_t k, int cli, char *buf, size_t sz);

/* Matching (tui/matchscr.c): the needs that fit donor id, or the donors that
 * fit need id; Enter on a match then F2 records the pledge. */
struct tui_screen *tui_match_donor_new(const char *donor_id);
struct tui_screen *tui_match_need_new(const char *need_id);
/* Why matching proposes nothing from donor (by_donor) or need number i of
 * g: the donor is inactive or has no interests, or the need takes no
 * pledge now (core_match_need_closed).  The sentence, naming the record,
 * into buf (size n); returns buf, or NULL when there is no such reason
 * (matches are then proposed, or there are simply none). */
struct store_rank_data;
const char *tui_match_none_why(const struct store_rank_data *g, int by_donor, size_t i,
    char *buf, size_t n);
/* Why nothing is proposed from donor (by_donor) or need number i of g,
 * which has none, when the only matches there would be are non-material
 * needs the donor already has an open pledge on (core_match_pledged_skip):
 * the sentence into buf (size n), returning buf; NULL when that is not
 * why.  For the need's side, g's donors' pledges must have been read
 * (store_rank_donor_pledges), for the donor's side his
 * (store_rank_donor_history). */
const char *tui_match_pledged_why(const struct store_rank_data *g, int by_donor, size_t i,
    char *buf, size_t n);
/* The sentence saying donor d has no money left free for matching: his
 * capacity is recorded and his open pledges' unpaid remainder takes all of
 * it (core_match_free 0), so no amount is proposed to him.  Into buf (size
 * n); returns buf, or NULL when he has some free, or no capacity recorded. */
struct core_match_donor;
const char *tui_match_no_free(const struct core_match_donor *d, char *buf, size_t n);
/* "capacity: C, free: F rials" for donor d, his capacity and his free
 * capacity (core_match_free), the unit once after both (or "capacity not
 * recorded"), into buf (size n); returns buf. */
const char *tui_match_capacity(const struct core_match_donor *d, char *buf, size_t n);
/* Asks "from a donor or from a need", lets the user pick one, and returns
 * the matching screen (NULL if cancelled). */
struct tui_screen *tui_match_ask(void);

/* A need (tui/stages.c): its figures, status (changed along the workflow of
 * core/workflow.h) and its stages as a timeline. */
struct tui_screen *tui_need_new(const char *need_id);

/* Pledges of a need with their payments (tui/pledges.c). */
struct tui_screen *tui_pledges_new(const char *need_id);
/* Ceremonies and thank-you letters (tui/recog.c). */
struct tui_screen *tui_recog_new(void);
/* The same, opened at ceremony id (its donors and letters). */
struct tui_screen *tui_recog_open(const char *id);
/* Whether donor id has a contribution recorded: a pledge of any type,
 * neither cancelled nor deactivated (1 also when the store cannot be
 * read).  A donor honoured without one is asked about (tui/recog.c, and
 * the recognitions' form, tui/form.c). */
int tui_donor_has_contribution(const char *id);
/* Whether donor id is stored and marked inactive (his active field 0,
 * or deactivated). */
int tui_donor_inactive(const char *id);
/* Whether donor has a pledge neither cancelled nor deactivated (on need,
 * unless NULL): 1, its id into buf (n bytes; unless NULL); 0 if none; -1
 * if the store cannot be read. */
int tui_live_pledge(const char *donor, const char *need, char *buf, size_t n);
/* Whom to honour: the donors by what they gave in a period, in a popup
 * over the screen (F7 in a ceremony, and on the donors field of the
 * recognitions' form); F3 changes the period, F4 the county (not a
 * clerk's).  Enter calls add with the selected donor, unless has says he
 * is in the ceremony already or full that it honours CORE_REFS_MAX (full
 * says so itself), and the list stays open for the next; add returning 0
 * (the ceremony gone) closes it.  ctx is the callbacks'. */
struct tui_honour {
	int32_t on;		/* the period: the 365 days up to this day */
	const char *cid;	/* the stored ceremony, whose honours are not
				   another's "last honoured"; NULL: none */
	int (*has)(void *ctx, const char *id);
	int (*full)(void *ctx);
	int (*add)(void *ctx, const char *id);
	void *ctx;
	const char *enter_help;	/* what the list's F1 says Enter does with a
				   donor, an inactive one too, here (a msgid):
				   a ceremony asks about him, a form warns */
	const char *help;	/* said after the list's F1 (a msgid), or NULL */
	int note_rows;		/* the rows over the status bar left to the
				   screen's note under the popup, which says
				   whom Enter added (a ceremony's 1, a form's
				   status 2) */
};
void tui_honour_by_giving(const struct tui_honour *h);

/* The sync conflict queue (tui/conflscr.c): the records changed here and
 * at another station while apart; keep mine, keep theirs, or merge field by
 * field. */
struct tui_screen *tui_conflicts_new(void);
/* Counts the records with open conflicts into *n.  Returns 0 or a STORE_*
 * code. */
int tui_conflicts_open(size_t *n);
/* 1 if the current user may decide conflicts (the sync right: hq, admin);
 * else 0 and the policy's sentence in why (size n; why may be NULL). */
int tui_conflicts_allowed(char *why, size_t n);

/* This station's sync key and the stations trusted here (tui/keyscr.c):
 * the station's code and public key in full; the trusted stations with
 * their keys and how far each exchange has gone; F5 trusts a station, F6
 * replaces a trusted station's key, as `hamyar sync key` and `sync trust
 * [--replace]` do (the same functions, the same audit entries).  For hq
 * and admin (the sync right); refused to others in a sentence. */
struct tui_screen *tui_sync_keys_new(void);

/* Settings (tui/settings.c). */
struct tui_screen *tui_settings_new(void);
/* The user's setting key ("bidi", "digits"...: stored as "user.LOGIN.key"):
 * saved at once (a failed write is shown), or read (caller frees; NULL if
 * unset or unreadable). */
void tui_user_setting_save(const char *key, const char *value);
char *tui_user_setting_load(const char *key);
/* Applies the user's saved settings of this module (currency, colours).
 * Call once after the store is open and curses started. */
void tui_settings_load(void);

/* ---- the kit (tui/scrkit.c) -------------------------------------------------- */

/* 1: amounts are shown in toman (rials / 10), 0: in rials (default). */
extern int tui_toman;

/* Writes amount rials as the user wants it (digits, grouping, unit) into
 * buf (size n); returns buf.  with_unit adds the unit word. */
const char *tui_fmt_amount(int64_t rials, int with_unit, char *buf, size_t n);
/* Appends to line (n bytes) "   Over the estimate: AMOUNT" when a need's
 * pledges pass its estimated cost by surplus (> 0): a need's gap is never
 * below 0 (store_need_sums), the amount beyond is said as such. */
void tui_append_surplus(char *line, size_t n, int64_t surplus, int with_unit);
/* Asks before a need is given a final status (rejected, done: no way back,
 * core/workflow.h), naming need id (NULL or "": a new need, not saved
 * yet); a rejection with money pledged says what becomes of it (sums,
 * NULL: not said); marking it done while some of its stages are below
 * 100 percent says so (tui_need_stages_text).  Returns 1 to go on (also
 * for a status that is not final), 0 if the user said no. */
struct store_need_sums;
int tui_need_final_ok(const char *id, int status, const struct store_need_sums *sums);

/* The sentence that says how many of a need's stages are not complete
 * yet, and how many of those are overdue (ns, store_need_stages), into
 * buf (n bytes), "" when all are complete: one wording for the question
 * before a need is marked done and the import's warning on a row that
 * marks one done.  Digits as the user set them on screen, or ASCII with
 * ascii (a verb's messages).  Returns buf. */
struct store_need_stages;
const char *tui_need_stages_text(const struct store_need_stages *ns, int ascii, char *buf, size_t n);

/* Need id's pledges not fulfilled yet, read in t: those stored, not
 * deactivated, whose status is pledged or partly fulfilled, counted by
 * status in the words of the pledge's status field («۱ «بخشی ایفاشده»»),
 * and what is not received on them (each pledge's amount less its
 * payments, at least 0), for the question before a need is marked done
 * and import's warning on such a row; ascii: digits as ASCII (import).
 * Into buf: "" when there are none or the store cannot be read. */
struct store_txn;
const char *tui_need_unfulfilled_text(struct store_txn *t, const char *id, int ascii, char *buf,
    size_t n);

/* Before stage r is written (new, or changed): when its need is done and
 * r would be a stage of it below 100 percent that it did not have
 * (store_stage_reopens: a progress lowered, a new stage), asks whether to
 * save it all the same.  Returns 1 to write (also when nothing is to be
 * asked), 0 if the user said no. */
int tui_stage_reopen_ok(const struct core_record *r);
/* Turns the ASCII digits of buf (size n) into the user's digits in place;
 * returns buf. */
const char *tui_fmt_digits(char *buf, size_t n);
/* src, a stored text, into buf (size n) as the screen shows it (the user's
 * digits); cut with an ellipsis if it does not fit.  Returns buf. */
const char *tui_fmt_text(char *buf, size_t n, const char *src);
/* A code's text (a receipt number, CORE_FF_CODE) as tui_fmt_text shows
 * it, by README's digit rule: the digits of a code whose Latin letters a
 * '-', '/' or '.' joins to them stay ASCII, «TBZ/12346», «AB12-3456»;
 * a number alone is in the user's digits, «۱۲۳۴۶».  Before, every digit
 * was in the user's set, «TBZ/۱۲۳۴۶», against that rule. */
const char *tui_fmt_code(char *buf, size_t n, const char *src);
/* A popup of the counties for title, in the alphabet's order of the
 * interface's language (Persian collation; English by letters), not in
 * code order, which a person looking for a name cannot follow; a letter
 * typed jumps to the next county starting with it.  cur (a code, may be
 * NULL) is selected first.  Returns 1 with the chosen code in code
 * (CORE_COUNTY_MAX bytes), 0 if the person went back. */
int tui_county_pick(const char *title, const char *cur, char *code);
/* The same with all (a label such as "All counties") as the first item,
 * which gives code "". */
int tui_county_pick_all(const char *title, const char *all, const char *cur, char *code);
/* Compares county codes a and b by their names in that order (the one
 * tui_county_pick lists them in), for screens that list counties: <0, 0,
 * >0.  A code not in the county table sorts by the code itself as its
 * name; "" (needs recorded without a county) sorts after every county. */
int tui_county_cmp(const char *a, const char *b);
struct store_rank_data;
/* The need titles and donor names of g in the user's digits, in place, as
 * lists and forms show record text ("پژو ۴۰۵", not "پژو 405"). */
void tui_rank_data_digits(struct store_rank_data *g);
/* An integer in the user's digits, grouped (۸۹٬۵۰۰: a count, a population). */
const char *tui_fmt_int(int64_t v, char *buf, size_t n);
/* A day number as a Jalali date in the user's digits ("" if out of range). */
const char *tui_fmt_date(int32_t day, char *buf, size_t n);
struct core_issue;
/* The message of finding x in the user's language (_(core_msg_text)),
 * saying the value it is about where the message has one (x->arg): the
 * date of the pledge a payment is dated before, or of the first payment
 * a pledge is dated after, in the user's digits or, with ascii (verb
 * output), ASCII ones; the type of the non-material
 * pledge money is paid on.  Written into buf (size n); returns buf. */
const char *tui_issue_text(const struct core_issue *x, int ascii, char *buf, size_t n);
/* tui_issue_text without the advice a form adds to it ("give that day or
 * a later one"): the finding and the value it is about, for a sentence
 * that gives its own (a sync conflict's mixture refused).  Returns buf. */
const char *tui_issue_fact(const struct core_issue *x, int ascii, char *buf, size_t n);
/* A time (seconds since 1970) as the local Jalali date and time,
 * "۱۴۰۵/۰۹/۰۷ ۰۸:۱۵" in the user's digits; TUI_WHEN_ASCII for verb output,
 * TUI_WHEN_SECONDS adds ":02".  "@SECONDS" if it cannot be told. */
#define TUI_WHEN_ASCII	 1u
#define TUI_WHEN_SECONDS 2u
const char *tui_fmt_when(int64_t when, unsigned flags, char *buf, size_t n);
/* The local day of a time (seconds since 1970) as a day number, or 0 if it
 * cannot be told. */
int32_t tui_day_of(int64_t when);
/* tui_fmt_when, and how long ago by the day ("(today)", "(3 days ago)",
 * counted to loc_day_today); when 0: "never".  flags as tui_fmt_when's. */
const char *tui_fmt_ago(int64_t when, unsigned flags, char *buf, size_t n);
/* A fraction with 4 decimals in the user's digits (Persian decimal point
 * U+066B with Persian digits). */
const char *tui_fmt_fixed(double v, int decimals, char *buf, size_t n);
/* A stored number (the ranking's weights and comparisons are stored as
 * "%.17g", 0.29999999999999999) for people to read: the fewest of 15, 16
 * or 17 significant digits that read back as the same number (0.3), in
 * ASCII digits. */
const char *tui_fmt_shortest(double v, char *buf, size_t n);
/* The Persian (or English) label of need status s / choice i of field f. */
const char *tui_choice(enum core_kind k, int field, int i);

/* The current user as the access policy sees him: role and county.  The
 * identity the store enforces if any; else the user record of the login;
 * else admin when the users table is empty (the owner's database).  Returns
 * 0, or -1 if the login is unknown (actor->role = -1). */
int tui_user_actor(struct core_actor *actor);

/* The county the current user may read, for a clerk (SPEC §11: a clerk
 * reads his own county only; the screens filter), copied into buf (size
 * n); returns buf, or NULL when he may read every county.  A clerk saved
 * with no county (an older version let one be) may read none: his is
 * TUI_NO_COUNTY, a code no county has, so that every filter is empty. */
#define TUI_NO_COUNTY "-"
const char *tui_read_county(char *buf, size_t n);

/* The same for actor a (tui_read_county asks it for the current user):
 * the one rule of what a clerk reads, which `hamyar user list` also
 * follows (the users' list, as its screen does: a clerk sees the users
 * of his county only; every other role sees every user). */
const char *tui_actor_read_county(const struct core_actor *a, char *buf, size_t n);

/* 1 if the current user may see stored record r (read in t): everyone
 * but a clerk reads every county; a clerk his own county's records and
 * province-wide ones only (core_access_check's READ).  A read error of
 * r's scope counts as not readable.  The screens ask it before showing
 * what a record says (a referenced donor's name, a ceremony's donors). */
struct store_txn;
int tui_may_read(struct store_txn *t, const struct core_record *r);

/* Counts the needs of unit id not marked deleted into *all, and those of
 * them still open (neither done nor rejected) into *open, read in t.  A
 * need's county is its unit's: what moves when the unit's county changes.
 * Returns 0 or a store code. */
int tui_unit_needs(struct store_txn *t, const char *id, long *all, long *open);


/* A column of a row: width, text, and whether it is a left-to-right item
 * (an id, a number) that keeps its own direction. */
struct tui_col {
	int w;
	const char *s;
	int ltr;
};
/* Draws columns c[0..n) from the interface's start side (the right in
 * Persian) of the area (y, x, w), one space between columns; the last
 * column with w == 0 takes what is left.  The row is cleared in attr. */
void tui_cols_draw(int y, int x, int w, const struct tui_col *c, int n, attr_t attr);
/* The same with gap cells between columns: TUI_COL_GAP, as the lists have
 * (tui/list.c), keeps two headings from reading as one phrase. */
void tui_cols_draw_gap(int y, int x, int w, const struct tui_col *c, int n, int gap, attr_t attr);
#define TUI_COL_GAP 2

/* A bar of w cells: full cells for a of total, then half-tone cells for
 * b, then light cells for c (a + b + c <= total); monochrome-legible (three
 * different block characters).  A part above 0 has at least one cell
 * while the bar has cells to share.  Writes UTF-8 into buf (size n >= 3w+1). */
const char *tui_bar(int64_t a, int64_t b, int64_t c, int64_t total, int w, char *buf, size_t n);

/* A new screen with title (already translated), zeroed data of size
 * datasize, fkeys, help and destroy = free data and screen.  NULL on
 * allocation failure. */
struct tui_screen *tui_screen_make(const char *title, size_t datasize,
    const struct tui_fkey *fkeys, const char *help);
/* The destroy of tui_screen_make: frees s->data and s. */
void tui_screen_free(struct tui_screen *s);

struct core_issue;
/* Asks for field of r with a prompt (title, label, init) until what is
 * typed parses; a refused answer comes back in the box, to be corrected
 * rather than typed again.  Returns 1 if set, 0 if cancelled. */
int tui_ask_field(struct core_record *r, int field, const char *title, const char *label,
    const char *init);
/* Likewise for a date of the day of entry: today's date is proposed
 * (tui_prompt_proposed), kept with Enter, replaced by typing. */
int tui_ask_date_today(struct core_record *r, int field, const char *title, const char *label);
/* Likewise for a value the prompt proposes (what is left to pay on a
 * pledge, a stage's progress so far): kept with Enter, replaced whole by
 * the first character typed, edited after an arrow or Backspace. */
int tui_ask_proposed(struct core_record *r, int field, const char *title, const char *label,
    const char *init);
/* ---- drafts of popup sequences -------------------------------------------- */

/* A sequence of prompts that makes a new record (F5 on a need's pledges: a
 * payment; F5 on a need: a stage; F5 on the ceremonies: a ceremony) keeps
 * what was typed as a draft, as a form does (tui/form.h): on each answered
 * prompt (tui_ask_field and the others, asked while the sequence is begun)
 * and from its screen's save hook on SIGHUP/SIGTERM, with the typing of the
 * prompt open then (tui_prompt_typing).  Its draft is named "KIND:ID" (the
 * pledge's id for a payment, the need's for a stage, "new" for a ceremony)
 * and holds lines "FIELD=TEXT": a field of the record and what was typed in
 * its prompt.  Resumed, each prompt of the sequence starts with the text
 * typed in it, kept with Enter.  The start offers it as a form's draft; so
 * does starting the sequence again for the same pledge or need (or any new
 * ceremony).  Cancelled (Esc in a prompt, asked first once anything is
 * answered: F2 there keeps it), it is deleted; the record's write deletes it in
 * the same transaction; after a write that fails, the prompts are asked
 * again with what was typed (tui_seq_again). */
struct tui_seq_kind {
	const char *name;		/* the draft name's first part */
	enum core_kind rec;		/* the record the prompts fill */
	const char *what;		/* msgid naming a draft, %s the id */
	/* Pushes the screens the sequence is started from (over the main
	 * menu) and runs it, resuming draft. */
	void (*resume)(const char *id, const char *draft);
};
extern const struct tui_seq_kind tui_seq_payment;	/* tui/pledges.c */
extern const struct tui_seq_kind tui_seq_stage;		/* tui/stages.c */
extern const struct tui_seq_kind tui_seq_ceremony;	/* tui/recog.c; its id "new" */

struct tui_seq {
	const struct tui_seq_kind *kind;	/* NULL: not begun */
	char name[64];				/* the draft's name */
	char *text[CORE_MAX_FIELDS];		/* typed in each field's prompt */
	int asking;				/* the field asked now, or -1 */
	unsigned asked;				/* bit per field asked once */
	int handed;				/* its draft was resumed in another
						   session: not written here again */
	int kept;				/* given up keeping its draft (F2 on
						   the question after Esc) */
};

/* Begins sequence q of kind k for record id (a pledge, a need).  draft is
 * the draft to resume (taken up at the start), or NULL: then, if the user
 * has a draft of it, asks first as a form does (tui_draft_ask): resume it,
 * discard it, or (Esc) not start: 0 is returned, q not begun.  Returns 1
 * when begun: the prompts asked until tui_seq_end belong to q. */
int tui_seq_begin(struct tui_seq *q, const struct tui_seq_kind *k, const char *id,
    const char *draft);
/* Writes q's draft, with the prompt open now (nothing if q is not begun or
 * nothing was typed).  The save hook of the screen q runs over. */
void tui_seq_save(struct tui_seq *q);
/* Asks q's prompts again from the start, each holding what was typed in
 * it (the record's write failed). */
void tui_seq_again(struct tui_seq *q);
/* Ends q; discard (cancelled): deletes its draft. */
void tui_seq_end(struct tui_seq *q, int discard);
/* Deletes q's draft in transaction t (the write of its record).  Returns 0
 * or a STORE_* code. */
int tui_seq_draft_del(struct store_txn *t, const struct tui_seq *q);
/* The kind of popup sequence whose draft is named name, with the record's
 * id written into id (CORE_ID_MAX bytes); NULL if name is no sequence's. */
const struct tui_seq_kind *tui_seq_kind_of(const char *name, char *id);
/* The line naming a draft of sequence kind k for id (data the draft), as
 * its offer says it: k's what, and the name or title typed in it, if any
 * (a new stage's: «مرحلهٔ تازهٔ نیاز TST-22: «خرید دوربین»»; before, the
 * need's id alone).  Into buf (size n). */
void tui_seq_what(const struct tui_seq_kind *k, const char *id, const char *data,
    char *buf, size_t n);

/* Checks new record r as a whole (tui_validate_new with parent); while it
 * is refused, says why and asks again (tui_ask_field) for the field at
 * fault, with what was typed in it, so nothing typed is lost to one wrong
 * date.  label_of names the prompt of a field, NULL for a field not asked
 * on that screen.  Returns 1 once r passes (a warning may remain), 0 if
 * cancelled or the fault is in a field not asked, after saying so. */
int tui_ask_until_valid(struct core_record *r, const struct core_record *parent,
    const char *title, const char *(*label_of)(int field));
/* Asks fields[0..n-1] of new record r in turn (tui_ask_field; today's date
 * proposed in today_field, -1 for none), Shift-Tab or Up on a prompt going
 * back to the one before it with what was typed kept; then checks r as
 * tui_ask_until_valid does, asking the field at fault again, from which
 * the clerk may go back too.  Returns 1 once r passes, 0 if cancelled. */
int tui_ask_steps(struct core_record *r, const int *fields, int n, const char *title,
    const char *(*label_of)(int field), int today_field);
/* Checks a new record r (core_record_validate with parent) leaving out the
 * missing id, which the store assigns.  Stores the first worst finding in
 * *worst (severity CORE_SEV_OK if none) and returns its severity. */
int tui_validate_new(const struct core_record *r, const struct core_record *parent,
    struct core_issue *worst);
/* The same for a new payment r of pledge parent whose other payments add
 * up to paid rials (core_payment_validate). */
int tui_validate_payment(const struct core_record *r, const struct core_record *parent,
    int64_t paid, struct core_issue *worst);

/* Moves the selection *sel of a list of n rows for a cursor action act
 * (tui_key_action: up, down, page up/down by page rows, home, end).
 * Returns 1 if act was one of them, else 0 (*sel unchanged). */
int tui_sel_move(int act, size_t *sel, size_t n, size_t page);
/* Keeps the selected row sel of a list of n rows among the rows shown
 * from *top (rows of them on the screen), and leaves no empty rows under
 * the last row when the list is longer than the screen. */
void tui_sel_keep(size_t sel, size_t *top, size_t n, size_t rows);
/* The heading's note of which rows of a list are shown ("1-6 of 8", in
 * the user's digits) into buf (size sz), when not all of its n rows fit
 * in the rows shown from top; else "".  Returns buf. */
const char *tui_fmt_range(size_t top, size_t rows, size_t n, char *buf, size_t sz);
/* tui_sel_move, and a page key turns the page too: the rows shown from
 * *top move by page (the draw's tui_sel_keep keeps *top in range). */
int tui_sel_scroll(int act, size_t *sel, size_t *top, size_t n, size_t page);
/* A list's heading text at line y across w cells, bold, and at its far end
 * which of its n rows are shown from top (rows of them) when not all fit
 * (tui_fmt_range). */
void tui_draw_range_heading(int y, int w, const char *text, size_t top, size_t rows, size_t n);
/* A screen that found a record its index names missing or unreadable (a
 * page a failing disk cut short): draws, as the lists say it (tui/list.c),
 * that not every record is shown, the database may be damaged, to run
 * verify and restore the last backup, on the bottom rows of the rows
 * [top, top + rows) of width w, if keep rows stay above it.  Returns the
 * rows it took (0: not drawn). */
int tui_draw_damaged(int top, int rows, int w, int keep);
/* tui_draw_damaged's sentence into buf (size n; returns buf), for a
 * screen that draws it itself (a popup, inside its box). */
const char *tui_damaged_text(char *buf, size_t n);
/* A sum shown that left out a record its index names that is not there
 * (store_sum_short): that the sums shown may be short, the database may
 * be damaged, to run verify and restore the last backup, into buf (size
 * n; returns buf), or drawn as tui_draw_damaged draws its sentence
 * (returns the rows it took, 0: not drawn).  The screen still opens:
 * the sums of what could be read are shown. */
const char *tui_short_sums_text(char *buf, size_t n);
int tui_draw_short_sums(int top, int rows, int w, int keep);
/* "Cannot read the database: " and why (rc, a store code) into buf (size
 * n): for STORE_ECORRUPT the damaged-database sentence, naming the
 * database, to run verify and restore the last backup, as the verbs say
 * it; before, «the database is damaged» alone.  Returns buf. */
const char *tui_read_failed(int rc, char *buf, size_t n);
/* Room for item n of the array v of *cap items of sz bytes each: v, or v
 * grown (its new size in *cap) when n is past its end.  Out of memory ends
 * the program (tui_fatal).  A list loaded from the store grows with it:
 * no row is dropped. */
void *tui_grow(void *v, size_t *cap, size_t n, size_t sz);

/* Tells every screen to reload (a write was made). */
void tui_data_changed(void);

/* The sentence for a failed write rc in the full-screen program, into buf
 * (size n): tui_identity_why's, but for a full database the clerk's (what
 * happened and whom to call), not the administrator's.  Returns buf. */
const char *tui_write_why(int rc, char *buf, size_t n);
/* Shows the sentence for a failed write rc on the store (access refusal,
 * conflict, ...) in a message popup. */
void tui_write_failed(int rc);
/* 1 if the user's role and county let him change stored record r
 * (core/access.h); else says why in a message popup and returns 0.  A key
 * that changes a record asks this before offering anything, so nobody is
 * asked for a choice the save would refuse (the store still refuses it). */
int tui_may_change(const struct core_record *r);
/* The same without a word: for a screen that words its hints by what the
 * user may do (a need of another county with no stage: no «F5 adds one»). */
int tui_may_change_quiet(const struct core_record *r);
/* 1 if the user's role lets him record anything at all (not an auditor,
 * not a clerk or supervisor with no county); else says why in a message
 * popup and returns 0.  For a key that asks a series of questions before
 * the record's county is known (a new ceremony). */
int tui_may_create(void);
/* 1 if the user's role writes nothing at all (an auditor): the key bars
 * leave out the keys marked TUI_FKEY_WRITE (tui/screen.h). */
int tui_user_reads_only(void);

#endif
