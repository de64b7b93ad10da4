R = [('mm/container_memory.c', """	container_mod_usage(c, folio_nr_pages(folio));
	WRITE_ONCE(folio->container, c);
	container_check_limit(c);
""", """	container_mod_pages(c, CONTAINER_OWNED_PAGES, folio_nr_pages(folio));
	WRITE_ONCE(folio->container, c);
""", 'opt')]
