R = [('mm/container_kunit.c', """	INIT_WORK(&c->release_work, container_release_workfn);
""", "", 'opt')]
