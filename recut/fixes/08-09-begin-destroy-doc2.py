R = [('mm/container_lifecycle.c',
""" * detaches every member task (they keep running outside any container).
 * The object itself is freed when its last reference is dropped. Must be
 * called once per container, from process context.
""",
""" * detaches every member task (they keep running outside any container).
""")]
