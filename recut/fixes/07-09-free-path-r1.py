# Nothing drops a reference from the page free path before target 10.
R = [('mm/container.c', """ * go from any context, the page free path included, so the teardown that
 * sleeps runs from a workqueue,""", """ * go from any context, so the teardown that sleeps runs from a
 * workqueue,"""),
('mm/container.c', """/* The last reference is gone: any context, often the page free path. */
""", """/* The last reference is gone: any context. */
"""),
]
