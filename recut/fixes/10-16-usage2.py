R = [('mm/container.h', """	return max(container_usage(c) - file, 0L);
	    percpu_counter_read(&c->pages[CONTAINER_OWNED_PAGES]) > limit)
/* container_memory.c""", """	return max(container_usage(c) - file, 0L);
}

/* container_memory.c""", 'opt')]
