/*
 * core/counties.c — the seed county table (record.h core_counties_seed).
 *
 * Source: shared/data/counties-east-azerbaijan.txt (the counties of East
 * Azerbaijan province: code, Persian name, English name), copied here as a
 * C table so the program needs no data file at run time.  A new database is
 * seeded from it; the store may hold an edited table later.
 */
#include "core/record.h"

#include <stddef.h>

const struct core_county core_counties_seed[] = {
	{ "TBZ", "تبریز", "Tabriz" },
	{ "AHR", "اهر", "Ahar" },
	{ "AJB", "عجب‌شیر", "Ajabshir" },
	{ "AZS", "آذرشهر", "Azarshahr" },
	{ "BNB", "بناب", "Bonab" },
	{ "BST", "بستان‌آباد", "Bostanabad" },
	{ "CHR", "چاراویماق", "Charuymaq" },
	{ "HST", "هشترود", "Hashtrud" },
	{ "HRS", "هریس", "Heris" },
	{ "HRD", "هوراند", "Hurand" },
	{ "JLF", "جلفا", "Jolfa" },
	{ "KLB", "کلیبر", "Kaleybar" },
	{ "KHD", "خداآفرین", "Khoda Afarin" },
	{ "MLK", "ملکان", "Malekan" },
	{ "MRG", "مراغه", "Maragheh" },
	{ "MRD", "مرند", "Marand" },
	{ "MNH", "میانه", "Mianeh" },
	{ "OSK", "اسکو", "Osku" },
	{ "SRB", "سراب", "Sarab" },
	{ "SHB", "شبستر", "Shabestar" },
	{ "VRZ", "ورزقان", "Varzaqan" },
	{ NULL, NULL, NULL }
};
