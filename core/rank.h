/*
 * core/rank.h — priority ranking of needs (SPEC §8): AHP weights, TOPSIS
 * and SAW scores, deterministic ties and a per-criterion explanation.
 *
 * The input is plain structs, decoupled from storage: the caller (store/)
 * turns each rankable need into a struct core_rank_item holding the raw
 * values of the six criteria, indexed by enum core_crit.  Nothing here
 * allocates per item; core_rank() sorts the caller's result array in place.
 *
 * Criteria and directions (SPEC §8):
 *   urgency (1-5) benefit, impact (1-5) benefit, population benefit,
 *   gap in rials COST, waiting (days since identified_on) benefit,
 *   interest (active donors in the county interested in the category) benefit.
 * Their names in core_crit_names are the keys of `rank --json` (SPEC §12).
 *
 * AHP (Saaty): the weights are the principal eigenvector of the pairwise
 * matrix, normalised to sum 1, found by power iteration; lambda_max is the
 * mean of (A w)_i / w_i; CI = (lambda_max - n) / (n - 1); CR = CI / RI(n) with
 * RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1..10
 * (CR = 0 where RI = 0).  CR > 0.10 is refused (CORE_ECONSIST) and the pair
 * that most breaks consistency is named: the upper-triangle entry (i, j) with
 * the largest |ln(a_ij * w_j / w_i)|, i.e. the judgement furthest, by ratio,
 * from what the derived weights imply.
 */
#ifndef CORE_RANK_H
#define CORE_RANK_H

#include <stddef.h>
#include <stdint.h>

#include "core/record.h"

/* ---- criteria ---------------------------------------------------------- */

enum core_crit {
	CORE_CRIT_URGENCY, CORE_CRIT_IMPACT, CORE_CRIT_POPULATION,
	CORE_CRIT_GAP, CORE_CRIT_WAITING, CORE_CRIT_INTEREST,
	CORE_NCRIT
};

/* "urgency", "impact", "population", "gap", "waiting", "interest". */
extern const char *const core_crit_names[CORE_NCRIT];
/* Their English labels, catalog msgids ("Urgency", ...): pass through _(). */
extern const char *const core_crit_labels[CORE_NCRIT];
/* 1 for a benefit criterion (more is better), 0 for a cost (gap). */
extern const int core_crit_benefit[CORE_NCRIT];

/* Returns the criterion called name (English, as above), or -1. */
int core_crit_from_name(const char *name);

/* ---- AHP --------------------------------------------------------------- */

#define CORE_AHP_MAX 10		/* largest n with a random index */
#define CORE_AHP_CR_MAX 0.10	/* CR above this is refused */

/* What is wrong with a matrix that core_ahp refuses as CORE_EINVAL. */
enum core_ahp_fault {
	CORE_AHP_OK,
	CORE_AHP_SIZE,		/* n outside 1..CORE_AHP_MAX */
	CORE_AHP_NOTFINITE,	/* NaN or infinite entry */
	CORE_AHP_NONPOSITIVE,	/* entry <= 0 */
	CORE_AHP_SCALE,		/* entry outside Saaty's 1/9..9 (0.2% slack) */
	CORE_AHP_DIAGONAL,	/* a_ii != 1 */
	CORE_AHP_RECIPROCAL	/* a_ij * a_ji not within 0.2% of 1 (so
				   0.333 passes for 1/3); named at i > j */
};

struct core_ahp_result {
	int n;
	double w[CORE_AHP_MAX];	/* weights, sum 1 */
	double lambda_max, ci, cr;
	int iterations;		/* power-iteration steps taken */
	/* CORE_ECONSIST: the worst judgement (0-based, i < j); else -1. */
	int worst_i, worst_j;
	/* CORE_EINVAL: what and where (0-based row i, column j); else OK/-1. */
	enum core_ahp_fault fault;
	int fault_i, fault_j;
};

/* Validates the n x n pairwise matrix a (row-major) and computes its AHP
 * weights, lambda_max, CI and CR into *out.  The judgements are the upper
 * triangle; the lower one must hold their reciprocals (within 0.2%) and is
 * then used as their exact reciprocals.
 * Returns 0; CORE_ECONSIST if CR > CORE_AHP_CR_MAX (every figure of *out is
 * still filled in, plus worst_i/worst_j); CORE_EINVAL for a matrix that is
 * not a positive reciprocal matrix on Saaty's scale, or n outside 1..10
 * (out->fault, fault_i, fault_j say what and where). */
int core_ahp(const double *a, int n, struct core_ahp_result *out);

/* The judgement that the other judgements of the n x n matrix a imply
 * for the pair (i, j): the geometric mean of a_ik * a_kj over every other
 * criterion k (each path from i to j through k), as the value of Saaty's
 * scale (1/9 .. 1/2, 1, 2 .. 9) nearest to it by ratio.  Where that is
 * the judgement a_ij already given, the next value of the scale from a_ij
 * towards the mean (a_ij itself only when the mean is a_ij), so that a
 * supervisor told to change a_ij to it is not told to keep it.  Not the
 * weights' ratio w_i / w_j: the weights are pulled by a_ij itself (a 1/4
 * where the others say 4 gives w_i / w_j below 1).  For the pair that
 * CORE_ECONSIST names, what to change it towards.  For n < 3 (no other
 * criterion), a_ij.  i, j 0-based, distinct, below n; never fails. */
double core_ahp_implied(const double *a, int n, int i, int j);

/* Checks only: returns 0 or CORE_EINVAL, setting *fault, *i, *j (0-based;
 * -1 when not applicable).  Any pointer may be NULL. */
int core_ahp_check(const double *a, int n, enum core_ahp_fault *fault, int *i, int *j);

/* Parses one matrix row of text: entries separated by spaces or tabs, each
 * an integer ("3"), a fraction ("1/3"), or a decimal ("0.5", "۰٫۵"), in any
 * digit set (ASCII, Persian, Arabic-Indic; '.' or U+066B as the decimal
 * point; '/' or U+2044 as the fraction bar).  A trailing CR is ignored.
 * Stores up to max values in row and their number in *count.
 * Returns 0; CORE_EINVAL for a malformed entry (*bad = its 1-based entry
 * number); CORE_ERANGE for more than max entries (*bad = max + 1).  A value
 * is not checked against Saaty's scale here (core_ahp does that). */
int core_ahp_parse_row(const char *line, double *row, int max, int *count, int *bad);

/* Parses one entry (no surrounding blanks) as above.  Returns 0 or
 * CORE_EINVAL. */
int core_ahp_parse_entry(const char *s, double *out);

/* ---- weights ------------------------------------------------------------ */

struct core_weights {
	double w[CORE_NCRIT];	/* indexed by enum core_crit, >= 0, sum > 0 */
};

/* The default 6 x 6 judgement matrix (row-major, criteria in enum order):
 * urgency and impact on safety matter most and equally; population served
 * and the size of the gap next; days waiting and donor interest least.
 *                urg  imp  pop  gap  wait int
 *     urgency     1    1    3    3    5    5
 *     impact      1    1    3    3    5    5
 *     population 1/3  1/3   1    1    2    2
 *     gap        1/3  1/3   1    1    2    2
 *     waiting    1/5  1/5  1/2  1/2   1    1
 *     interest   1/5  1/5  1/2  1/2   1    1
 * Its CR is well below 0.10. */
extern const double core_rank_default_matrix[CORE_NCRIT * CORE_NCRIT];

/* Fills *w with the AHP weights of core_rank_default_matrix.  Never fails. */
void core_weights_default(struct core_weights *w);

/* What is wrong with weights core_rank would refuse: -1 if nothing (each
 * weight a finite number >= 0, their sum finite and > 0); else the first
 * criterion (enum core_crit) whose weight is NaN, infinite or negative; or
 * CORE_NCRIT if the weights are each fine but sum to 0 or past the largest
 * double. */
int core_weights_check(const struct core_weights *w);

/* ---- ranking ------------------------------------------------------------ */

enum core_rank_method { CORE_RANK_TOPSIS, CORE_RANK_SAW };

/* "topsis" / "saw" -> method, or -1.  And back ("topsis", "saw"). */
int core_rank_method_from_name(const char *name);
const char *core_rank_method_name(enum core_rank_method m);

/* One rankable need: raw criterion values, as the caller computed them. */
struct core_rank_item {
	char id[CORE_ID_MAX];		/* "TBZ-7" */
	int32_t identified_on;		/* day number (locale/jalali.h) */
	double crit[CORE_NCRIT];	/* raw values, indexed by enum core_crit */
	/* 1 where the need's value is not known (a population left blank):
	 * crit[k] is then what core_rank_fill_missing put in its place */
	unsigned char missing[CORE_NCRIT];
};

/* Puts a value in place of each unknown one (missing[k] set), so that a
 * value nobody entered neither wins nor loses the need anything against
 * the others: for each criterion, the median of the known values of the
 * n items (the mean of the middle two for an even count); 0 when none is
 * known (the column is then all 0: it moves no score).  A blank
 * population scored as 0 would rank the need as if it served no one.
 * Where items are ranked together (a county's alone, or all), the median
 * is theirs.  fill (may be NULL) gets the value put in, by criterion.
 * missing[] is left set, for the explanation to say the value is unknown.
 * Returns 0, CORE_EINVAL (a NULL array with n > 0) or CORE_ENOMEM
 * (nothing changed). */
int core_rank_fill_missing(struct core_rank_item *items, size_t n, double fill[CORE_NCRIT]);

/* One ranked need.  out[k] is the k-th best (rank k + 1). */
struct core_rank_result {
	size_t item;			/* index into the items array */
	size_t rank;			/* 1-based, distinct */
	double score;			/* SAW: 0..1; TOPSIS: closeness C, 0..1 */
	double contribution[CORE_NCRIT];	/* sums to score (see below) */
	/* TOPSIS: S+ and S-, the distances (weighted, vector-normalised)
	 * to the ideal and the anti-ideal need, score = S- / (S+ + S-);
	 * 0 and 0 under SAW, and where every item ties (score 1) */
	double dist_best, dist_worst;
};

/* Returns 1 if a need with status (CORE_NEED_IDENTIFIED ...) and gap (rials)
 * is ranked: status identified, assessed or approved and gap > 0. */
int core_rank_eligible(int status, int64_t gap);

/* Days waiting: today - identified_on (day numbers), or 0 if negative. */
double core_rank_waiting(int32_t identified_on, int32_t today);

/* Compares two ids "STATION-N": by station (bytes), then N numerically, so
 * TBZ-9 < TBZ-10.  Ids that do not parse compare by bytes after those that
 * do.  Returns <0, 0, >0. */
int core_rank_id_cmp(const char *a, const char *b);

/* Scores and orders the n items by method m with weights w (normalised
 * here to sum 1).  out is caller-allocated with n entries; on return it is
 * sorted best first: score descending, then older identified_on, then id
 * (core_rank_id_cmp), then (the same id twice) the order of items.  Scores
 * are rounded to 12 decimal places first, so needs that tie on paper but
 * whose scores differ only by floating-point rounding are ordered by the
 * tie rules, the same on every machine.  No allocation; O(n log n).
 *
 * Explanation (contribution[k], each >= 0, summing to the unrounded score,
 * so to score within 1e-12):
 *   SAW: w_k * r_k with r_k the min-max normalised value (cost inverted:
 *     (max - x)/(max - min)); a column where every item is equal gives
 *     r_k = 1 for all, so it shifts every score alike.
 *   TOPSIS: with v_k = w_k x_k / ||x_k|| (vector normalisation), the ideal
 *     v+ and anti-ideal v- by direction, d-_k = v_k - v-_k, d+_k likewise,
 *     S- = sqrt(sum d-_k^2), S+ = sqrt(sum d+_k^2), C = S- / (S+ + S-):
 *     contribution_k = (d-_k^2 / S-) / (S+ + S-), i.e. the criterion's share
 *     of the squared distance from the anti-ideal, scaled to C.  A criterion
 *     where the item is at the anti-ideal contributes 0.  When S+ + S- = 0
 *     (the item ties every other in every criterion, e.g. n = 1), C = 1 and
 *     contribution_k = w_k.
 * Returns 0; CORE_EINVAL for a NULL array with n > 0, an unknown method,
 * a negative or non-finite weight, weights summing to 0, a non-finite
 * criterion value, or values so large (near DBL_MAX) that a score is not
 * finite.  n = 0 is fine (nothing written). */
int core_rank(const struct core_rank_item *items, size_t n,
    const struct core_weights *w, enum core_rank_method m,
    struct core_rank_result *out);

/* What the explanation shows as each criterion's normalised value: the
 * figures of a ranking's columns (core_rank_norm_init) and each item's
 * values from them (core_rank_normalised), as core_rank scored them:
 *   SAW: min-max, r = (x - min) / (max - min) for a benefit criterion,
 *     (max - x) / (max - min) for the gap (a cost); 1 in a column where
 *     every item is equal.  The contribution is then weight * r.
 *   TOPSIS: vector normalisation, r = x / sqrt(sum of x^2 over the
 *     items); 0 in a column of zeros.  The weighted value weight * r is
 *     what the distances to the best and worst needs are measured on.
 * Items ranked together give the same figures, whatever they are ranked
 * for, so the screen and `rank --explain` agree. */
struct core_rank_norm {
	enum core_rank_method method;
	double lo[CORE_NCRIT];		/* SAW: min (max for a cost); TOPSIS: 0 */
	double span[CORE_NCRIT];	/* SAW: max - min (negated for a cost);
					   TOPSIS: the column's Euclidean norm */
};

/* Fills *c from the n items for method m.  Returns 0; CORE_EINVAL for an
 * unknown method, or a NULL array with n > 0.  n = 0 leaves a zero
 * column (every r 0 under TOPSIS, 1 under SAW). */
int core_rank_norm_init(const struct core_rank_item *items, size_t n,
    enum core_rank_method m, struct core_rank_norm *c);

/* The normalised values of item it (one of the items c was made from)
 * into r, by criterion.  Never fails. */
void core_rank_normalised(const struct core_rank_norm *c, const struct core_rank_item *it,
    double r[CORE_NCRIT]);

/* Why two ranked needs stand in the order they do, for the explanation:
 * a and b are results of one core_rank over items.  Returns
 * CORE_RANK_TIE_NONE if their scores differ (the score decides);
 * CORE_RANK_TIE_OLDER if they tie and their identified_on differ (the
 * older comes first); CORE_RANK_TIE_ID if they tie on both (the id decides,
 * core_rank_id_cmp).  Never fails. */
enum core_rank_tie {
	CORE_RANK_TIE_NONE, CORE_RANK_TIE_OLDER, CORE_RANK_TIE_ID
};
int core_rank_tie(const struct core_rank_item *items, const struct core_rank_result *a,
    const struct core_rank_result *b);

/* The explanation as shown with `places` decimals (0..9): *score is the
 * result's score rounded to that many places, and part[k] its contribution
 * k rounded so that the six add up to *score exactly in those places
 * (largest remainders: each contribution is rounded down, and the units
 * still missing go to those whose dropped fractions were largest, ties to
 * the earlier criterion).  Rounding each contribution by itself can leave
 * the shown sum a unit off the shown score (0.2693 + ... = 0.6681 beside
 * 0.6682), which a reader adding them up takes for an error.  Printed with
 * "%.*f" and the same places, every value shows its exact digits.  Never
 * fails; places outside 0..9 are taken as the nearer bound. */
void core_rank_explain_round(const struct core_rank_result *r, int places,
    double *score, double part[CORE_NCRIT]);

#endif
