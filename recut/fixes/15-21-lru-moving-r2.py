# container_lru_moving and container_lru_move_begin/end() serve addfile and
# rmfile (target 22) only: nothing calls them before.
R = [('mm/container_lru.c', """/*
 * addfile and rmfile moving folios between containers: MGLRU's page table
 * walkers, which change a folio's generation without the lruvec lock,
 * stay away meanwhile (see lruvec_trylock_pages() in vmscan.c).
 */
atomic_t container_lru_moving = ATOMIC_INIT(0);

""", ""),
('mm/container_lru.c', """/**
 * container_lru_move_begin - start moving folios between containers
 *
 * A folio changes its owner only when it is off the LRU lists, isolated
 * by the mover. A page table walker that read the old owner before the
 * isolation could still set the folio's generation after its putback,
 * on the other container's lists: once this returns, walkers either
 * finished or skip until container_lru_move_end(). One RCU grace period
 * per addfile or rmfile, not per folio. Process context.
 */
void container_lru_move_begin(void)
{
	atomic_inc(&container_lru_moving);
	synchronize_rcu();
}

/**
 * container_lru_move_end - end what container_lru_move_begin() started
 */
void container_lru_move_end(void)
{
	atomic_dec(&container_lru_moving);
}

""", ""),
('mm/container.h', """void container_lru_move_begin(void);
void container_lru_move_end(void);
""", ""),
('mm/internal.h', """
extern atomic_t container_lru_moving;
""", ""),
('mm/vmscan.c', """ * meanwhile: rmdir's move of a container's folios to the node's lruvec
 * sets LRUVEC_RELEASING, and addfile's and rmfile's moves between
 * containers raise container_lru_moving, and each waits for an RCU grace
 * period before it starts.
""", """ * meanwhile: rmdir's move of a container's folios to the node's lruvec
 * sets LRUVEC_RELEASING, and waits for an RCU grace period before it
 * starts.
"""),
('mm/vmscan.c', """	if (unlikely(test_bit(LRUVEC_RELEASING, &lruvec->flags) ||
		     atomic_read(&container_lru_moving))) {
""", """	if (unlikely(test_bit(LRUVEC_RELEASING, &lruvec->flags))) {
"""),
]
