/*
 * store/trim.h — giving back the pages of the LMDB map a process no longer
 * needs (issue 9: peak RSS while browsing 100,000 records).
 *
 * LMDB reads the database through a read-only shared mapping of data.mdb
 * (PROT_READ, MAP_SHARED; this program never sets MDB_WRITEMAP).  Every
 * page a read touches stays mapped, and counted in the process's resident
 * set, until the store is closed; the kernel's fault-around maps cached
 * neighbours of each touched page too.  store_trim() unmaps them with
 * madvise(MADV_DONTNEED): for a shared file mapping that only drops the
 * page-table entries, the pages stay in the page cache, and the next read
 * of one maps it again (a minor fault), so it is safe at any moment, with
 * transactions open.  See trim.c.
 */
#ifndef STORE_TRIM_H
#define STORE_TRIM_H

#include "store/store.h"

/* Environment variable read by store_trim (once per thread):
 *   HAMYAR_TRIM_KB  how far (KiB) the process's mapped file pages may grow
 *                   after a trim before the next one (default 1024; 0 trims
 *                   on every call that sees new page faults). */

/*
 * Drops this process's mappings of st's LMDB map if the process's mapped
 * file pages (/proc/self/statm "shared") have grown by more than
 * HAMYAR_TRIM_KB since the last trim.  Cheap enough to call after every key:
 * it first compares the process's minor page faults (getrusage) with the
 * last look and reads /proc only after enough new faults.  A store opened on
 * a backup file is trimmed the same way (its map is the file's).  Pointers
 * into the map (LMDB cursors, open transactions) stay valid.
 * Returns 1 if the map's pages were dropped, 0 if nothing was to be done (st
 * NULL, below the threshold, the map not found as a read-only shared
 * mapping), or STORE_EIO if madvise failed.  Not to be called by two
 * threads on one store at once (a store belongs to one thread).
 */
int store_trim(struct store *st);

#endif
