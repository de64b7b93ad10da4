# The workingset reads it from target 16 on.
R = [('mm/container_kunit.c', """	/* What num_active_pages and workingset read, on both LRUs. */
""", """	/* What num_active_pages reads, on both LRUs. */
""")]
