# "A fault that" begins the huge page sentence of target 21.
R = [('mm/container_limit.c',
""" * way back to user mode (__container_throttle()). A fault that
 *
""", """ * way back to user mode (__container_throttle()).
 *
"""),
]
