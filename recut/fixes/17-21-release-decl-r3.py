# The section of container_mm.c in container.h, spaced as the others are
# (and as the final file is).
R = [('mm/container.h',
"""/* container_mm.c: page release and reclaim */
void container_release_workfn(struct work_struct *work);
/*
""", """/* container_mm.c: page release and reclaim */

void container_release_workfn(struct work_struct *work);

/*
"""),
]
