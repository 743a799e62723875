/*
 * A stand-in for an agent that really costs CPU: spins for BUSY_US, sleeps for IDLE_US, forever, pinned to CPU.
 * Used by bench/detection.sh to check that the strict gate flags a known overhead.
 *
 * usage: duty_cycle BUSY_US IDLE_US [CPU]
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <time.h>

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    long long busy = atoll(argv[1]) * 1000LL;
    long idle = atol(argv[2]) * 1000L;
    cpu_set_t mask;
    CPU_ZERO(&mask);
    CPU_SET(argc > 3 ? atoi(argv[3]) : 0, &mask);
    sched_setaffinity(0, sizeof mask, &mask);
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    struct timespec pause = { 0, idle };
    volatile unsigned long sink = 0;
    for (;;) {
        long long end = now_ns() + busy;
        while (now_ns() < end) sink++;
        nanosleep(&pause, NULL);
    }
}
