# Before target 15 no active pages are counted and nothing clears owners
# at rmdir; and the old text of the owner rules is left in the middle of
# the new one.
R = [('mm/container_memory.c', """ * in the page cache, anonymous and file mapped pages while mapped, always
 * against folio->container, so an increment and its decrement hit the
 * same container.
""", ""),
('mm/container_memory.c', """ * pinned; file pages are counted while in the page cache, file mapped
 * pages while mapped, active pages while on an active LRU list, always
 * against folio->container, so an increment and its decrement hit the
 * same container.
""", """ * pinned; file pages are counted while in the page cache and file
 * mapped pages while mapped, always against folio->container, so an
 * increment and its decrement hit the same container.
"""),
('mm/container_memory.c', """ * A container that rmdir is tearing down gets no new folio: its scan
 * could have passed @dst's page frame already. Device memory gets no
 * owner (see the top of this file).
""", """ * A container that rmdir is tearing down gets no new folio: @dst is
 * charged to nobody, so that the removed container goes as its pages are
 * freed. Device memory gets no owner (see the top of this file).
"""),
('mm/container_memory.c', """	/* Frozen: rmdir's scan, which needs a reference, cannot clear it. */
""", """	/* Frozen: nothing else changes the owner meanwhile. */
"""),
('mm/container.h', """	CONTAINER_ACTIVE_PAGES,	/* pages on active (classic) LRU lists */
""", ""),
('include/linux/container.h', """ * freed. The hooks below run under the page-table lock, the i_pages lock
 * or the lruvec lock: they only read the owner and update per-CPU
 * counters. While no container exists they cost one static branch.
""", """ * freed. The hooks below run under the page-table lock or the i_pages
 * lock: they only read the owner and update per-CPU counters. While no
 * container exists they cost one static branch.
"""),
]
