# As 09-18-line-max.py: CONTAINER_NAME_LEN comes with the policy (19), but
# the only streamed file is still showtasks; "releasing", whose lines hold
# a name, comes with target 22.
R = [('mm/container.h', """/* The longest line of a streamed file: a name and two numbers. */
#define CONTAINER_LINE_MAX	(CONTAINER_NAME_LEN + 64)
""", """/* The longest line of a streamed file: a few numbers. */
#define CONTAINER_LINE_MAX	64
""")]
