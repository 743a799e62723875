/*
 * Reference loops for the runner's harness-cost benchmark: the same operations the runner times, written in C,
 * each operation timed with clock_gettime(CLOCK_MONOTONIC), percentiles defined as the runner's (sorted
 * samples, rank (n-1)*p, linear interpolation between the closest ranks), pinned to one CPU.
 *
 * usage: syscall_loop open|connect|empty ITERATIONS [FILE|PORT|-] [CPU]
 * (empty: no operation between the two clock reads, the loop's own floor)
 * prints: workload=... iterations=N us_per_op=X p50_us=X p95_us=X p99_us=X
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int compare(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

static double percentile_us(const long long *sorted, long n, double p) {
    double rank = (n - 1) * p;
    long lo = (long)rank, hi = lo + (rank > lo ? 1 : 0);
    return (sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo)) / 1000.0;
}

static void die(const char *call) {
    fprintf(stderr, "%s failed: %s\n", call, strerror(errno));
    exit(1);
}

static char byte;
static const char *path;
static struct sockaddr_in address;

static void open_close(void) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) die("open");
    if (read(fd, &byte, 1) < 0) die("read");
    if (close(fd) != 0) die("close");
}

static void empty(void) {
    __asm__ __volatile__("" ::: "memory");
}

static void connect_loopback(void) {
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) die("socket");
    if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) die("connect");
    if (close(fd) != 0) die("close");
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s open|connect|empty ITERATIONS [FILE|PORT|-] [CPU]\n", argv[0]);
        return 2;
    }
    int is_open = strcmp(argv[1], "open") == 0;
    int is_empty = strcmp(argv[1], "empty") == 0;
    long n = atol(argv[2]);
    int cpu = argc > 4 ? atoi(argv[4]) : 0;
    path = is_open && argc > 3 ? argv[3] : "/etc/hosts";
    address.sin_family = AF_INET;
    address.sin_port = htons(!is_open && !is_empty && argc > 3 ? atoi(argv[3]) : 9);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    cpu_set_t mask;
    CPU_ZERO(&mask);
    CPU_SET(cpu, &mask);
    if (sched_setaffinity(0, sizeof mask, &mask) != 0) die("sched_setaffinity");
    void (*operation)(void) = is_empty ? empty : is_open ? open_close : connect_loopback;
    for (int i = 0; i < 1024; i++) operation();
    long long *samples = malloc(sizeof(long long) * n);
    long long start = now_ns();
    for (long i = 0; i < n; i++) {
        long long t0 = now_ns();
        operation();
        samples[i] = now_ns() - t0;
    }
    long long elapsed = now_ns() - start;
    qsort(samples, n, sizeof(long long), compare);
    printf("workload=%s iterations=%ld us_per_op=%.2f p50_us=%.2f p95_us=%.2f p99_us=%.2f\n",
           is_empty ? "empty" : is_open ? "open_close" : "connect_loopback", n, elapsed / 1000.0 / n, percentile_us(samples, n, 0.50),
           percentile_us(samples, n, 0.95), percentile_us(samples, n, 0.99));
    return 0;
}
