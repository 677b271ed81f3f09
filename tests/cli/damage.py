# tests/cli/damage.py DATA.MDB flags VALUE | data | rekey
# Damages the first audit log entry of a Hamyar data.mdb in place, behind
# LMDB's back, as a failing disk or a bad copy would: "flags" sets the flag
# word of its node in the leaf page (LMDB then takes the value for a
# sub-database or an overflow page and follows garbage), "data" overwrites
# the entry's value with 0xff bytes (LMDB reads it as it is; the program's
# decoder must refuse it), "rekey" takes one from the entry's number
# (the first entry's 1 becomes 0, which keeps the keys in order), so the
# audit log's id index names an entry no longer there.  An audit entry's key is 16 bytes: the time with
# its top bit set (0x80 0 0 0 ...) and the entry's number.  Prints the
# number of entries damaged (1), or 0 if none was found.
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
hit = 0
for pg in range(2, len(b) // psize):
    o = pg * psize
    flags, lower = struct.unpack_from('<HH', b, o + word + 2)
    if flags != 2:				# P_LEAF
        continue
    for i in range((lower - hdr) // 2):
        n = o + struct.unpack_from('<H', b, o + hdr + 2 * i)[0]
        dsize, nflags, ksize = struct.unpack_from('<HxxHH', b, n)
        key = b[n + 8:n + 24]
        if ksize != 16 or nflags != 0 or key[0:4] != b'\x80\0\0\0' or key[8:14] != bytes(6):
            continue
        if mode == 'flags':
            struct.pack_into('<H', b, n + 4, int(sys.argv[3]))
        elif mode == 'rekey':
            b[n + 23] -= 1
        else:
            b[n + 24:n + 24 + dsize] = b'\xff' * dsize
        hit = 1
        break
    if hit:
        break
open(path, 'wb').write(b)
print(hit)
