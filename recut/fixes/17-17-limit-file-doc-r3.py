# container_limit.c throttles from target 18 on.
R = [('mm/container.h',
""" *   container_limit.c      the page limit: usage checks, throttling
""", """ *   container_limit.c      the page limit: usage checks
"""),
]
