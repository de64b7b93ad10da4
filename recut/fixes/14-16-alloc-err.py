R = [('mm/container.c', """	container_lru_free(c);
	percpu_counter_destroy(&c->page_limit_hits);
err_ref:""", """	container_lru_free(c);
	percpu_counter_destroy_many(c->pages, CONTAINER_NR_PAGE_COUNTERS);
err_ref:"""),
('mm/container_kunit.c', """	INIT_WORK(&c->reclaim_work, container_reclaim_workfn);
""", "", 'opt'),
]
