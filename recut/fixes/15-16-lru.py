R = [('include/linux/mmzone.h', """	return container_of(lruvec, struct pglist_data, __lruvec);
#endif
}
""", """	return container_of(lruvec, struct pglist_data, __lruvec);
#endif
}

/* The container whose folios @lruvec lists, or NULL for a node's or memcg's. */
static inline struct container *lruvec_container(struct lruvec *lruvec)
{
#ifdef CONFIG_CONTAINERS
	return lruvec->container;
#else
	return NULL;
#endif
}
"""),
('mm/container_lru.c', """				container_mod_usage(c, -moved.nr_pages);
""", """				container_mod_pages(c, CONTAINER_OWNED_PAGES,
						    -moved.nr_pages);
"""),
]
