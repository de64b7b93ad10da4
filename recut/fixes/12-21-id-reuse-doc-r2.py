R = [('Documentation/admin-guide/containers.rst', """while anything still refers to it, and its id is reused only after that.
and its id is reused only after that, and after the swap entries that
record it as the owner of pages swapped out are freed. The top-level ``releasing`` lists
""", """while anything still refers to it, and its id is reused only after that,
and after the swap entries that record it as the owner of pages swapped
out are freed.
""")]
