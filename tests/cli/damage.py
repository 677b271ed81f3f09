# tests/cli/damage.py DATA.MDB flags VALUE | data | rekey | changepage | wipe PAGE | garble PAGE
# Damages a Hamyar data.mdb in place, behind LMDB's back, as a failing disk
# or a bad copy would.
# The first audit log entry: "flags" sets the flag word of its node in the
# leaf page (LMDB then takes the value for a sub-database or an overflow
# page and follows garbage), "data" overwrites the entry's value with 0xff
# bytes (LMDB reads it as it is; the program's decoder must refuse it),
# "rekey" takes one from the entry's number (the first entry's 1 becomes 0,
# which keeps the keys in order), so the audit log's id index names an entry
# no longer there.  An audit entry's key is 16 bytes: the time with its top
# bit set (0x80 0 0 0 ...) and the entry's number.
# The change log: "changepage" garbles the page flags of the leaf page whose
# node has the 8-byte key of change 1 (big-endian).
# Any page: "wipe PAGE" overwrites page number PAGE with 0xff bytes;
# "garble PAGE" garbles its page flags only, as "changepage" does.
# "fewer TABLE": the table's root page, a leaf (a small table), or its
# first leaf (a larger one, whose root is a branch), made to hold one node
# fewer (its mp_lower two bytes less), as a failing disk may leave it:
# LMDB reads it as one entry fewer, with no error (in a first leaf, the
# last node of that leaf: a record in the middle of the table).
# "fewerdup": the same in the audit log's id index, inside the table of
# their own that holds a record's entries when he has many (200 changes):
# one entry fewer under his key, while every count LMDB keeps agrees.
# Prints the number of places damaged (1), or 0 if none was found.
import struct, sys

path, mode = sys.argv[1], sys.argv[2]
b = bytearray(open(path, 'rb').read())
# A page's header is a page number (a size_t: 8 bytes, or 4 on i386), two
# bytes of padding, the flags and the bounds: 16 bytes, or 12 on i386.  The
# meta page's magic (0xBEEFC0DE) follows it, then the version, the map's
# address and size (two more words), then the free DB, whose md_pad is
# the page size.
hdr = 16 if struct.unpack_from('<I', b, 16)[0] == 0xBEEFC0DE else 12
word = 8 if hdr == 16 else 4
psize = struct.unpack_from('<I', b, hdr + 8 + 2 * word)[0]


def leaf_nodes():
    """Each node of each leaf page, in page order: the page's offset and
    the node's, its value size, flags and key size."""
    for pg in range(2, len(b) // psize):
        o = pg * psize
        flags, lower = struct.unpack_from('<HH', b, o + word + 2)
        if flags != 2:				# P_LEAF
            continue
        for i in range((lower - hdr) // 2):
            n = o + struct.unpack_from('<H', b, o + hdr + 2 * i)[0]
            dsize, nflags, ksize = struct.unpack_from('<HxxHH', b, n)
            yield o, n, dsize, nflags, ksize


def is_audit(n, nflags, ksize):
    key = b[n + 8:n + 24]
    return ksize == 16 and nflags == 0 and key[0:4] == b'\x80\0\0\0' and key[8:14] == bytes(6)


def is_change1(n, ksize):
    return ksize == 8 and b[n + 8:n + 16] == bytes(7) + b'\x01'


def table_root(name):
    """The root page of the named table: the main DB's node of that name
    (its value an MDB_db: pad, flags, depth, 3 page counts, entries,
    root), in the newer meta page's main DB (a leaf: a small file)."""
    best = None
    for m in (0, 1):
        o = m * psize + hdr + 8 + 2 * word	# past magic, version, address, size
        dbsize = 48 if word == 8 else 28	# an MDB_db
        main = o + dbsize
        txn = struct.unpack_from('<Q' if word == 8 else '<I', b, o + 2 * dbsize + word)[0]
        root = struct.unpack_from('<Q', b, main + 40)[0] if word == 8 else \
            struct.unpack_from('<I', b, main + 24)[0]
        if best is None or txn > best[0]:
            best = (txn, root)
    o = best[1] * psize
    flags, lower = struct.unpack_from('<HH', b, o + word + 2)
    for i in range((lower - hdr) // 2):
        n = o + struct.unpack_from('<H', b, o + hdr + 2 * i)[0]
        ksize = struct.unpack_from('<H', b, n + 6)[0]
        if b[n + 8:n + 8 + ksize] == name.encode():
            d = n + 8 + ksize
            return struct.unpack_from('<Q', b, d + 40)[0] if word == 8 else \
                struct.unpack_from('<I', b, d + 24)[0]
    return None


hit = 0
if mode == 'fewer':
    root = table_root(sys.argv[3])
    if root is not None:
        o = root * psize
        flags, lower = struct.unpack_from('<HH', b, o + word + 2)
        # a larger table: its root a branch; down its first child each
        # time, to its first leaf (a branch node's page number is its
        # first six bytes: lo, hi, flags, two bytes each)
        while flags == 1:
            n = o + struct.unpack_from('<H', b, o + hdr)[0]
            lo, hi, top = struct.unpack_from('<HHH', b, n)
            o = (lo | hi << 16 | top << 32) * psize
            flags, lower = struct.unpack_from('<HH', b, o + word + 2)
        if flags == 2 and lower > hdr + 2:
            struct.pack_into('<H', b, o + word + 4, lower - 2)
            hit = 1
elif mode == 'fewerdup':
    # a record's entries in the audit log's id index kept in a table of
    # their own (many of them: its node flagged F_SUBDATA, its key a
    # record id, «MRD-11»), that table's root leaf one node fewer: LMDB
    # still counts them as many (the count is stored in the node)
    for o, n, dsize, nflags, ksize in leaf_nodes():
        if not nflags & 2 or b'-' not in b[n + 8:n + 8 + ksize]:
            continue
        d = n + 8 + ksize
        sub = (struct.unpack_from('<Q', b, d + 40)[0] if word == 8 else
               struct.unpack_from('<I', b, d + 24)[0]) * psize
        flags, lower = struct.unpack_from('<HH', b, sub + word + 2)
        while flags == 1:		# a branch: down to its first leaf
            m = sub + struct.unpack_from('<H', b, sub + hdr)[0]
            lo, hi, top = struct.unpack_from('<HHH', b, m)
            sub = (lo | hi << 16 | top << 32) * psize
            flags, lower = struct.unpack_from('<HH', b, sub + word + 2)
        # a leaf, or one of fixed-size keys (P_LEAF2: the index's
        # entries are 16 bytes each), whose bounds count two bytes a key
        if flags in (2, 0x22) and lower > hdr + 2:
            struct.pack_into('<H', b, sub + word + 4, lower - 2)
            hit = 1
            break
elif mode == 'wipe':
    o = int(sys.argv[3]) * psize
    b[o:o + psize] = b'\xff' * psize
    hit = 1
elif mode == 'garble':
    struct.pack_into('<H', b, int(sys.argv[3]) * psize + word + 2, 0x40)
    hit = 1
else:
    for o, n, dsize, nflags, ksize in leaf_nodes():
        if mode == 'changepage':
            if not is_change1(n, ksize):
                continue
            struct.pack_into('<H', b, o + word + 2, 0x40)
        elif not is_audit(n, nflags, ksize):
            continue
        elif mode == 'flags':
            struct.pack_into('<H', b, n + 4, int(sys.argv[3]))
        elif mode == 'rekey':
            b[n + 23] -= 1
        else:
            b[n + 24:n + 24 + dsize] = b'\xff' * dsize
        hit = 1
        break
open(path, 'wb').write(b)
print(hit)
