R = [('mm/container_kunit.c', """}

	KUNIT_EXPECT_EQ(test, percpu_counter_sum(&c->page_limit_hits), 0);
	KUNIT_EXPECT_EQ(test, percpu_counter_sum(&c->page_limit_hits), 1);
	KUNIT_EXPECT_EQ(test, percpu_counter_sum(&c->page_limit_hits), 2);
""", """}

""", 'opt')]
