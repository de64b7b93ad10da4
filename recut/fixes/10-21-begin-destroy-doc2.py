R = [('mm/container_lifecycle.c',
""" * and their address spaces. The object itself is freed when the last
 * file, mm or folio that still points to it is. Must be called once per
 * container, from process context.
""",
""" * and their address spaces.
""")]
