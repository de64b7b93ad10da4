# Applied after 17-21-mm-override.py (file-name order), which gives the
# final container_mm.c: addfile and container_move_folio() come with
# target 22.
R = [('mm/container_mm.c',
""" * No new folio takes the container as its owner once rmdir has started
 * (an addfile still under way gives a folio it moves too late back to
 * nobody, see container_move_folio()). The folios on its lists go to the
 * nodes' lists now, in O(their number); those off the lists at that
 * moment lose their owner when they reach a list or are freed (see
 * container_lru_release()). Then drops the reference
 * container_begin_destroy() took for it.
""", """ * No new folio takes the container as its owner once rmdir has started.
 * The folios on its lists go to the nodes' lists now, in O(their number);
 * those off the lists at that moment lose their owner when they reach a
 * list or are freed (see container_lru_release()). Then drops the
 * reference container_begin_destroy() took for it.
"""),
]
