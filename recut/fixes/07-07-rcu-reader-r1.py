# Tasks get a container pointer only with task membership (target 8).
R = [('mm/container.c', """ * period, so that a task reading its own container pointer under RCU never
 * sees freed memory.""", """ * period, so that a reader that found it under RCU never sees freed
 * memory."""),
]
