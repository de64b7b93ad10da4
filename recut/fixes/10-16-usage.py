R = [('mm/container.h', """
 * Usage is one quantity, the pages of the folios the container owns,
 * from their charge until they are freed: num_anon_pages + num_file_pages.
	return container_read_pages(c, CONTAINER_OWNED_PAGES);
}
""", """
/**
 * container_usage - the pages charged to a container
 * @c: the container
 *
 * Usage is one quantity, the pages of the folios the container owns,
 * from their charge until they are freed: num_anon_pages + num_file_pages.
 *
 * Return: the usage in pages, exact when no update is in flight.
 */
static inline long container_usage(struct container *c)
{
	return container_read_pages(c, CONTAINER_OWNED_PAGES);
}
""", 'opt'),
('mm/container.h', """	return max(container_usage(c) - file, 0L);
	    percpu_counter_read(&c->pages[CONTAINER_OWNED_PAGES]) > limit)
/*
 * A task outside the container it charged sleeps at most this long, 20 ms,
 * per return to user mode, and is never blocked: the container is not its
 * own, and may stay over its bound for good (tmpfs without swap). Its
 * charges land; the container's reclaim and policy deal with them.
 */
#define CONTAINER_OUTSIDER_MAX_JIFFIES	(HZ / 50)
""", """	return max(container_usage(c) - file, 0L);
}
""", 'opt'),
]
