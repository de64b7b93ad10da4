// SPDX-License-Identifier: GPL-2.0
/*
 * threads N: start N threads besides the main one, print the pid when all
 * are running, then sleep until killed.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_barrier_t ready;

static void *sleeper(void *arg)
{
	pthread_barrier_wait(&ready);
	for (;;)
		pause();
	return arg;
}

int main(int argc, char **argv)
{
	pthread_t t;
	int i, n;

	if (argc != 2 || (n = atoi(argv[1])) < 0) {
		fprintf(stderr, "usage: threads N\n");
		return 2;
	}
	pthread_barrier_init(&ready, NULL, n + 1);
	for (i = 0; i < n; i++) {
		if (pthread_create(&t, NULL, sleeper, NULL)) {
			perror("pthread_create");
			return 1;
		}
	}
	pthread_barrier_wait(&ready);
	printf("%d\n", getpid());
	fflush(stdout);
	for (;;)
		pause();
}
