# The parsing of what the interface writes comes with the interface (target 9).
R = [('mm/container.c', """ * its references and its lookup by id, and the parsing of what the
 * interface is given.
""", """ * its references and its lookup by id.
"""),
('mm/container.h', """ *   container.c            the object: ids, references, lookup, parsing
""", """ *   container.c            the object: ids, references, lookup
"""),
]
