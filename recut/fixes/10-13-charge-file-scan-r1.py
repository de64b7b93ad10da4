# No scan clears owners at rmdir: there is none before target 15, and
# target 14 rewrites this code.
R = [('mm/container_memory.c', """		/* rmdir's scan may clear the old owner at the same time. */
""", ""),
]
