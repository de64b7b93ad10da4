R = [('mm/container_memory.c', """		WRITE_ONCE(folio->container, c);
		container_check_limit(c);
""", """		WRITE_ONCE(folio->container, c);
""", 'opt'),
('mm/container_memory.c', """{
	if (folio_test_anon(folio))
	else
	container_mod_pages(c, CONTAINER_MAPPED_PAGES, nr);""", """{
	container_mod_pages(c, CONTAINER_MAPPED_PAGES, nr);""", 'opt'),
]
