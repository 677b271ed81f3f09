#!/usr/bin/env python3
"""Generates the collation table of locale/collate.c from glibc's locale
sources: iso14651_t1_common (the ISO 14651 common template table) tailored
by fa_IR's LC_COLLATE (CLDR fa rules).  Usage:

    python3 tests/data/mkcollate.py [/usr/share/i18n/locales] > table.inc

It follows localedef's model: every collating symbol and every character
entry sits in one ordered list; a symbol's weight is its place in that list;
a character used as its own level-4 weight weighs its entry's place;
'reorder-after X' moves the following entries to just after X.  For each
character we keep, it prints the four levels as ranks (only their order
matters) and whether its section sorts level 2 backward (SPECIAL does).
"""
import re
import sys

LOC = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/i18n/locales"
TOK = re.compile(r"<[^>]+>")


def strip(line):
    # comment_char % (iso14651 spells a literal % as <U0025>); escape_char /
    line = line.rstrip("\n")
    i = line.find("%")
    if i >= 0:
        line = line[:i]
    return line.strip()


def parse_weights(rest):
    fields = [f.strip() for f in rest.split(";")]
    out = []
    for f in fields:
        if f == "IGNORE":
            out.append([])
        else:
            out.append(TOK.findall(f))
    return out


order = []          # names in collation order
weights = {}        # char name -> [l1, l2, l3, l4] lists of names
section = {}        # char name -> section name
elements = {}       # collating-element name -> tuple of code points


def load_common(path):
    cur = None
    skip = False
    in_coll = False
    for raw in open(path, encoding="utf-8"):
        line = strip(raw)
        if not line:
            continue
        if line == "LC_COLLATE":
            in_coll = True
            continue
        if not in_coll:
            continue
        if line.startswith("END LC_COLLATE"):
            break
        if line.startswith("ifdef"):
            skip = True
            continue
        if line == "else":
            skip = False
            continue
        if line == "endif":
            skip = False
            continue
        if skip:
            continue
        word = line.split()[0]
        if word in ("script", "collating-symbol"):
            continue
        if word == "collating-element":
            m = re.match(r'collating-element (<[^>]+>) from "(.*)"', line)
            elements[m.group(1)] = tuple(int(t[2:-1], 16) for t in TOK.findall(m.group(2)))
            continue
        if word == "order_start":
            cur = line.split()[1].split(";")[0]
            continue
        if word == "order_end":
            cur = None
            continue
        if line.startswith("<"):
            name = TOK.match(line).group(0)
            rest = line[len(name):].strip()
            if ".." in name:
                continue
            order.append(name)
            if rest:
                weights[name] = parse_weights(rest)
                section[name] = cur


def load_fa(path):
    in_coll = False
    at = None
    for raw in open(path, encoding="utf-8"):
        line = strip(raw)
        if not line:
            continue
        if line == "LC_COLLATE":
            in_coll = True
            continue
        if not in_coll:
            continue
        if line.startswith("END LC_COLLATE"):
            break
        word = line.split()[0]
        if word in ("copy", "collating-symbol"):
            continue
        if word == "collating-element":
            m = re.match(r'collating-element (<[^>]+>) from "(.*)"', line)
            elements[m.group(1)] = tuple(int(t[2:-1], 16) for t in TOK.findall(m.group(2)))
            continue
        if word == "reorder-after":
            at = order.index(line.split()[1]) + 1
            continue
        if word == "reorder-end":
            at = None
            continue
        name = TOK.match(line).group(0)
        rest = line[len(name):].strip()
        if name in order:
            i = order.index(name)
            del order[i]
            if i < at:
                at -= 1
        order.insert(at, name)
        at += 1
        if rest:
            weights[name] = parse_weights(rest)
            section.setdefault(name, "<ARAB>")


load_common(LOC + "/iso14651_t1_common")
load_fa(LOC + "/fa_IR")
pos = {n: i for i, n in enumerate(order)}

# The characters the table covers.
cps = list(range(0x01, 0x80)) + [0xA0, 0xAB, 0xBB, 0xD7, 0xF7]
cps += list(range(0xC0, 0x100))
cps += list(range(0x0600, 0x0700))
cps += list(range(0x200B, 0x2010)) + list(range(0x2010, 0x2016))
cps += [0x2026, 0x2212, 0xFDFC]
names = {"<U%04X>" % c: (c,) for c in cps}
# Contractions (iso14651's decomposed sequences, fa_IR's yeh + hamza) that
# start with a covered character and are two characters long.
names.update({n: c for n, c in elements.items() if len(c) == 2 and c[0] in cps})
names = {n: c for n, c in names.items() if n in weights}

levels = [set(), set(), set(), set()]
maxw = [0, 0, 0, 0]
for n in names:
    for lv in range(4):
        maxw[lv] = max(maxw[lv], len(weights[n][lv]))
for n in names:
    for lv in range(4):
        levels[lv].update(weights[n][lv])
rank = []
for lv in range(4):
    syms = sorted(levels[lv], key=lambda s: pos[s])
    rank.append({s: i for i, s in enumerate(syms)})
    print("/* level %d: %d weights, at most %d per character */" % (lv + 1, len(syms), maxw[lv]))

print("/* contractions: %s */" % " ".join("%04X+%04X" % c for c in sorted(names.values()) if len(c) == 2))
for n, c in sorted(names.items(), key=lambda kv: kv[1]):
    w = weights[n]
    back = 1 if section.get(n) == "<SPECIAL>" else 0
    c = tuple(c) + (0,) * (2 - len(c))
    lv = [[rank[k][s] for s in w[k]] for k in range(4)]
    assert len(lv[3]) == 1
    print("\t{ 0x%04X, 0x%04X, %d, %d, %d, %d, {%s}, {%s}, {%s}, %d },"
          % (c[0], c[1], back, len(lv[0]), len(lv[1]), len(lv[2]),
             ", ".join(map(str, lv[0])) or "0", ", ".join(map(str, lv[1])) or "0",
             ", ".join(map(str, lv[2])) or "0", lv[3][0]))
