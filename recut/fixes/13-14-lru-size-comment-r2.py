R = [('include/linux/mm_inline.h', """	 * The classic lists only, as for a memcg: MGLRU counts its own in
	 * lrugen.nr_pages, which container_lru_pages() adds.
""", """	 * The classic lists only, as for a memcg: MGLRU counts its own in
	 * lrugen.nr_pages.
""")]
