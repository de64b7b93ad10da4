# Limit reclaim comes with target 17.
R = [('mm/container_lru.c', """ * container's own lists, and counted there, as a memory cgroup's is: its
 * limit reclaim deactivates active pages when refaults come, and MGLRU
 * gets the tier feedback of its folios. Unlike memcg, which judges at the
 * level that reclaimed, the container's clock is used whether global or
 * limit reclaim evicted the folio: global reclaim scans each lruvec in
 * proportion to its size, so the container's clock keeps pace with it.
""", """ * container's own lists, and counted there, as a memory cgroup's is, and
 * MGLRU gets the tier feedback of its folios. Unlike memcg, which judges
 * at the level that reclaimed, the container's clock is used when global
 * reclaim evicted the folio: global reclaim scans each lruvec in
 * proportion to its size, so the container's clock keeps pace with it.
""")]
