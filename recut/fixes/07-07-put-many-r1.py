# container_put_many() has no caller before task membership (target 8).
R = [('mm/container.c', """
/**
 * container_put_many - drop several references on a container
 * @c: the container
 * @nr: how many references to drop
 *
 * Frees the container after an RCU grace period when these were the last
 * references; its id is released just before. Callable from any context.
 */
void container_put_many(struct container *c, unsigned int nr)
{
	if (nr)
		percpu_ref_put_many(&c->ref, nr);
}
""", ""),
('mm/container.h', """void container_flush_frees(void);
void container_put_many(struct container *c, unsigned int nr);
""", """void container_flush_frees(void);
"""),
]
