/*
 * The runner's timed loops in native code, reached through one JNA call per loop.
 *
 * Why: timing each operation from Java costs three JNA transitions plus two clock reads per open_close, about
 * 0.7 us on a 2.7 us operation. Here the loop, the clock reads and the calls are plain C, so the harness adds
 * what the C reference adds: two clock_gettime(CLOCK_MONOTONIC) reads per operation.
 *
 * Every loop has the same shape: WARMUP untimed operations, then N operations each timed into samples[i]
 * (nanoseconds), the whole timed loop's wall time into result[0]. It returns 0, or -errno of the first failing
 * call, with result[1] = the failing operation's index (negative within the warm-up) and result[2] = which call
 * failed (BW_CALL_*). A failure is never recorded as a sample. All memory is the caller's: nothing is allocated.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define BW_CALL_OPEN 1
#define BW_CALL_READ 2
#define BW_CALL_CLOSE 3
#define BW_CALL_SOCKET 4
#define BW_CALL_CONNECT 5
#define BW_CALL_STAT 6

static inline int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int fail(int64_t *result, int64_t index, int call) {
    int error = errno;
    result[1] = index;
    result[2] = call;
    return -error;
}

/* Shared loop: op(ctx, index, result) returns 0 or the failure (already recorded by fail()). */
typedef int (*operation_fn)(void *ctx, int64_t index, int64_t *result);

static int timed_loop(operation_fn op, void *ctx, int32_t warmup, int32_t n, int64_t *samples, int64_t *result) {
    result[0] = 0;
    result[1] = 0;
    result[2] = 0;
    for (int32_t i = 0; i < warmup; i++) {
        int rc = op(ctx, (int64_t)i - warmup, result);
        if (rc != 0) return rc;
    }
    int64_t start = now_ns();
    for (int32_t i = 0; i < n; i++) {
        int64_t t0 = now_ns();
        int rc = op(ctx, i, result);
        int64_t t1 = now_ns();
        if (rc != 0) return rc;
        samples[i] = t1 - t0;
    }
    result[0] = now_ns() - start;
    return 0;
}

/* --- harness baseline: an empty operation, so the timed region is the two clock reads alone --- */

static int empty_op(void *ctx, int64_t index, int64_t *result) {
    (void)index;
    (void)result;
    __asm__ __volatile__("" ::"r"(ctx) : "memory");
    return 0;
}

int bw_empty_loop(int32_t warmup, int32_t n, int64_t *samples, int64_t *result) {
    return timed_loop(empty_op, NULL, warmup, n, samples, result);
}

/* --- open_close: open(path, O_RDONLY|O_CLOEXEC), read one byte, close --- */

struct file_ctx {
    const char *path;
    char *buffer;
    int64_t buffer_size;
};

static int open_close_op(void *ctx, int64_t index, int64_t *result) {
    struct file_ctx *f = ctx;
    int fd = open(f->path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(result, index, BW_CALL_OPEN);
    if (read(fd, f->buffer, 1) < 0) {
        int rc = fail(result, index, BW_CALL_READ);
        close(fd);
        return rc;
    }
    if (close(fd) != 0) return fail(result, index, BW_CALL_CLOSE);
    return 0;
}

int bw_open_close_loop(const char *path, char *one_byte, int32_t warmup, int32_t n, int64_t *samples, int64_t *result) {
    struct file_ctx f = { path, one_byte, 1 };
    return timed_loop(open_close_op, &f, warmup, n, samples, result);
}

/* --- full_read: open, read until end of file into the caller's buffer, close --- */

static int full_read_op(void *ctx, int64_t index, int64_t *result) {
    struct file_ctx *f = ctx;
    int fd = open(f->path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(result, index, BW_CALL_OPEN);
    for (;;) {
        ssize_t got = read(fd, f->buffer, (size_t)f->buffer_size);
        if (got == 0) break;
        if (got < 0) {
            int rc = fail(result, index, BW_CALL_READ);
            close(fd);
            return rc;
        }
    }
    if (close(fd) != 0) return fail(result, index, BW_CALL_CLOSE);
    return 0;
}

int bw_full_read_loop(const char *path, char *buffer, int64_t buffer_size, int32_t warmup, int32_t n,
                      int64_t *samples, int64_t *result) {
    struct file_ctx f = { path, buffer, buffer_size };
    return timed_loop(full_read_op, &f, warmup, n, samples, result);
}

/* --- connect_loopback: socket(AF_INET, SOCK_DGRAM), connect (UDP: sets the peer only), close --- */

struct connect_ctx {
    const struct sockaddr *address;
    socklen_t length;
};

static int connect_op(void *ctx, int64_t index, int64_t *result) {
    struct connect_ctx *c = ctx;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) return fail(result, index, BW_CALL_SOCKET);
    if (connect(fd, c->address, c->length) != 0) {
        int rc = fail(result, index, BW_CALL_CONNECT);
        close(fd);
        return rc;
    }
    if (close(fd) != 0) return fail(result, index, BW_CALL_CLOSE);
    return 0;
}

int bw_connect_loop(const void *address, int32_t address_length, int32_t warmup, int32_t n, int64_t *samples,
                    int64_t *result) {
    struct connect_ctx c = { address, (socklen_t)address_length };
    return timed_loop(connect_op, &c, warmup, n, samples, result);
}

/* --- stat_walk: stat(2) over a list of paths, one per operation, cycling from *next (updated on return) --- */

struct stat_ctx {
    const char *const *paths;
    int32_t count;
    int32_t next;
    struct stat *buffer;
};

static int stat_op(void *ctx, int64_t index, int64_t *result) {
    struct stat_ctx *s = ctx;
    if (stat(s->paths[s->next], s->buffer) != 0) {
        result[3] = s->next;
        return fail(result, index, BW_CALL_STAT);
    }
    s->next = s->next + 1 == s->count ? 0 : s->next + 1;
    return 0;
}

/* result needs 4 slots here: result[3] is the index of the path being stat'ed when a call failed. */
int bw_stat_loop(const char *const *paths, int32_t count, int32_t *next, void *stat_buffer, int32_t warmup, int32_t n,
                 int64_t *samples, int64_t *result) {
    struct stat_ctx s = { paths, count, *next, stat_buffer };
    int rc = timed_loop(stat_op, &s, warmup, n, samples, result);
    *next = s.next;
    return rc;
}
