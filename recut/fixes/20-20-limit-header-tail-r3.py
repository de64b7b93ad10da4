# "A fault that" begins the huge page sentence of target 21.
R = [('mm/container_limit.c',
""" * (__container_over_bound_in_call()), as it may hold the file's locks. A fault that
 *
""", """ * (__container_over_bound_in_call()), as it may hold the file's locks.
 *
"""),
]
