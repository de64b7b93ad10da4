# Files, pages, mms and address spaces get a container only in target 10.
R = [('mm/container.h', """ * struct container - a group of tasks, files and pages that is accounted
 * and limited as one.
""", """ * struct container - a group of tasks that is accounted and limited as
 * one.
"""),
('include/linux/container.h', """ * exists it costs one static branch, after that one NULL test of the
 * container of the task, mm, address space or folio at hand. Only what
""", """ * exists it costs one static branch, after that one NULL test of the
 * task's container. Only what
"""),
]
