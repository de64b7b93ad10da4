# addfile and rmfile come in target 22.
R = [('mm/container.c', """ * Serialises membership and file binding changes made through the
 * interface, and orders them with the start of rmdir, which sets
 * ->freeing under it.
""", """ * Serialises membership changes made through the interface, and orders
 * them with the start of rmdir, which sets ->freeing under it.
"""),
('mm/container_task.c', """ * Lock order: inode lock (addfile, rmfile) -> container_admin_mutex ->
 * tasklist_lock -> task_lock""", """ * Lock order: container_admin_mutex -> tasklist_lock -> task_lock"""),
]
