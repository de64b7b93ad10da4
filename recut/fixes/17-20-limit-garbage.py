R = [('mm/container_limit.c', """	container_queue_reclaim(c);
			 percpu_counter_read(&c->pages[CONTAINER_OWNED_PAGES]) +
}""", """	container_queue_reclaim(c);
}""", 'opt')]
R += [('mm/container_limit.c', """}

			 percpu_counter_read(&c->pages[CONTAINER_OWNED_PAGES]) +
/**""", """}

/**""", 'opt')]
