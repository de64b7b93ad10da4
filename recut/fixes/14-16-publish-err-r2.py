R = [('mm/container.c', """	if (err) {
		percpu_counter_destroy_many(c->pages,
					    CONTAINER_NR_PAGE_COUNTERS);
		container_free_object(c);
""", """	if (err) {
		container_free_object(c);
""")]
