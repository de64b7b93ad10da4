# container_mm.c comes with target 17; before, container_release_workfn()
# is in container_lru.c (15-16-release-work.py).
R = [('mm/container.h', """ *   container_mm.c         the release of pages at rmdir, the reclaim
 *                          worker
""", ""),
('mm/container.h', """/* container_mm.c: page release and reclaim */
void container_release_workfn(struct work_struct *work);
/* container_lru.c: the LRU lists of a container */
""", """/* container_lru.c: the LRU lists of a container */
"""),
('mm/container.h', """void container_lru_release(struct container *c);
""", """void container_lru_release(struct container *c);
void container_release_workfn(struct work_struct *work);
"""),
]
