# The header of container_limit.c names __container_throttle() once; the
# line with __container_handle_over_limit() is an older version of it.
R = [('mm/container_limit.c',
""" * and marks the task that charged, so that it is throttled on its
 * way back to user mode (__container_handle_over_limit()).
""", """ * and marks the task that charged, so that it is throttled on its
"""),
]
