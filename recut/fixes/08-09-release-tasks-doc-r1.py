# Two versions of one kernel-doc mixed; the mms are detached from target 10.
R = [('mm/container_task.c', """ * The members keep running, outside any container. Called with
 * container_admin_mutex held.
 * longer charge @c. Called once ->freeing is set: addtask and rmtask no
 * longer change @c's members.
""", """ * The members keep running, outside any container. Called once
 * ->freeing is set: addtask and rmtask no longer change @c's members.
"""),
]
