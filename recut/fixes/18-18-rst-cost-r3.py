# A blank line before the Cost item.
R = [('Documentation/admin-guide/containers.rst',
"""  the writeback it found in flight.
Cost
""", """  the writeback it found in flight.

Cost
"""),
]
