R = [('mm/container.h', """/* The longest line of a streamed file: a name and two numbers. */
#define CONTAINER_LINE_MAX	(CONTAINER_NAME_LEN + 64)
""", """/* The longest line of a streamed file: a few numbers. */
#define CONTAINER_LINE_MAX	64
""")]
