# The work item that releases the pages at rmdir comes in target 15.
R = [('kernel/container_configfs.c', """ * rmdir: the directory goes at once; the pages are released by a work
 * item, and the object goes when its last user does.
""", """ * rmdir: the directory goes at once, and the object when its last user
 * does.
"""),
]
