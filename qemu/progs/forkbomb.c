// SPDX-License-Identifier: GPL-2.0
/*
 * forkbomb SECONDS: every process forks as fast as it can until SECONDS
 * have passed since the start, and its children do the same; then they
 * all exit. A fork that fails is retried after a millisecond. The first
 * process prints "forks=N eagain=M other=K" for itself at the end.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	long forks = 0, eagain = 0, other = 0;
	struct timespec ms = { 0, 1000000 };
	pid_t top = getpid();
	double deadline;
	int secs;

	if (argc != 2 || (secs = atoi(argv[1])) <= 0) {
		fprintf(stderr, "usage: forkbomb SECONDS\n");
		return 2;
	}
	signal(SIGCHLD, SIG_IGN);	/* children are reaped automatically */
	deadline = now() + secs;	/* inherited by every child */
	while (now() < deadline) {
		pid_t pid = fork();

		if (pid == 0)
			continue;
		if (pid > 0) {
			forks++;
			continue;
		}
		if (errno == EAGAIN)
			eagain++;
		else
			other++;
		nanosleep(&ms, NULL);
	}
	if (getpid() == top)
		printf("forks=%ld eagain=%ld other=%ld\n", forks, eagain, other);
	return 0;
}
