# The global reclaim and refault text came in as loose lines of the
# later Limits section, in the middle of the cut text at the end of
# Memory: give it its own entry under Memory (Limits come with target 17).
R = [('Documentation/admin-guide/containers.rst', """  ``vm.swappiness`` and by what each costs to bring back. A page read
  back soon after it was reclaimed (a refault) is detected against the
  container's own lists, whatever reclaimed it, and counted in
  ``workingset_refault_*`` of ``/proc/vmstat``; one that fits in the
  container's working set goes back to its active pages. Dirty page
When the machine is short of memory
  kswapd and direct reclaim visit the lists of every container and those
  of pages of no container in turn, each at the same priority, so that
  each gives up pages in proportion to its size, limit or not (there is
  no protection like ``memory.min``). Under the multi-gen LRU, a
  container's lists age when reclaim needs an older generation, and find
  recently used pages through the reverse map and look-around, not by
  walking page tables (as with capability ``0x0002`` of
  ``lru_gen/enabled`` off); ``lru_gen/min_ttl_ms`` counts a container's
  pages as the node's: the OOM killer is called only when no list, of a
  container or not, holds pages older than that.

""", ""),
('Documentation/admin-guide/containers.rst', """  is exact when nothing moves meanwhile, and never negative, whichever
  LRU is in use and however often it is switched.

""", """  is exact when nothing moves meanwhile, and never negative, whichever
  LRU is in use and however often it is switched.

When the machine is short of memory
  kswapd and direct reclaim visit the lists of every container and those
  of pages of no container in turn, each at the same priority, so that
  each gives up pages in proportion to its size (there is no protection
  like ``memory.min``). Under the multi-gen LRU, a container's lists age
  when reclaim needs an older generation, and find recently used pages
  through the reverse map and look-around, not by walking page tables
  (as with capability ``0x0002`` of ``lru_gen/enabled`` off);
  ``lru_gen/min_ttl_ms`` counts a container's pages as the node's: the
  OOM killer is called only when no list, of a container or not, holds
  pages older than that. A page read back soon after it was reclaimed (a
  refault) is detected against the container's own lists, whatever
  reclaimed it, and counted in ``workingset_refault_*`` of
  ``/proc/vmstat``; one that fits in the container's working set goes
  back to its active pages.

"""),
]
