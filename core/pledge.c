/*
 * core/pledge.c — pledge status and need gap (see pledge.h).
 */
#include "core/pledge.h"

#include "core/record.h"

int
core_pledge_status(int current, int amount_set, int64_t amount, int64_t paid)
{
	if (current < CORE_PLEDGE_PLEDGED || current > CORE_PLEDGE_CANCELLED)
		return current;
	if (current == CORE_PLEDGE_CANCELLED || !amount_set)
		return current;
	if (paid <= 0)
		return CORE_PLEDGE_PLEDGED;
	if (paid < amount)
		return CORE_PLEDGE_PARTIAL;
	return CORE_PLEDGE_FULFILLED;
}

int
core_ptype_material(int type)
{
	return type >= 0 && type < CORE_NPTYPES && ((1u << type) & CORE_PT_MATERIAL_MASK);
}

int
core_pledge_counts(int type, int status)
{
	return core_ptype_material(type) && status != CORE_PLEDGE_CANCELLED;
}

int64_t
core_pledge_total(const struct core_pledge_line *p, size_t n)
{
	int64_t sum = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i].amount_set && core_pledge_counts(p[i].type, p[i].status))
			sum += p[i].amount;
	return sum;
}

int64_t
core_need_gap(int64_t estimated, const struct core_pledge_line *p, size_t n)
{
	int64_t pledged = core_pledge_total(p, n);

	return pledged < estimated ? estimated - pledged : 0;
}

int64_t
core_need_surplus(int64_t estimated, const struct core_pledge_line *p, size_t n)
{
	int64_t pledged = core_pledge_total(p, n);

	return pledged > estimated ? pledged - estimated : 0;
}

int64_t
core_pledge_unpaid(int need_status, int64_t share, int64_t paid)
{
	if (core_need_closed(need_status))
		return 0;
	if (paid < 0)
		paid = 0;
	return share > paid ? share - paid : 0;
}
