// The floor under the ec2-DescribeInstances scenario (bench/load/s3ec2/floor.sh): a server that does nothing but
// answer every HTTP/1.1 request with one fixed response held in memory, sent with send(2) straight from that
// buffer. No parsing beyond finding the end of each request, no copy, one thread on epoll. What wrk measures
// against it is what loopback TCP and wrk itself cost for an answer of that size on this machine: no server can
// answer faster or with a lower p99.
//
//   cc -O2 -o floor floor.c && ./floor PORT BODY_FILE
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct { int fd; char in[65536]; size_t inlen; size_t sent; int sending; } conn;

static char *response;
static size_t response_length;

static void load(const char *path) {
  FILE *f = fopen(path, "rb");
  struct stat st;
  if (!f || fstat(fileno(f), &st)) { perror(path); exit(2); }
  char head[256];
  int n = snprintf(head, sizeof head, "HTTP/1.1 200 OK\r\nContent-Type: text/xml;charset=UTF-8\r\nContent-Length: %lld\r\n\r\n", (long long)st.st_size);
  response_length = (size_t)n + (size_t)st.st_size;
  response = malloc(response_length);
  memcpy(response, head, (size_t)n);
  if (fread(response + n, 1, (size_t)st.st_size, f) != (size_t)st.st_size) { perror(path); exit(2); }
  fclose(f);
}

// Sends what it can and consumes whole requests; returns -1 when the connection is done.
static int serve(conn *c) {
  for (;;) {
    if (c->sending) {
      // MSG_NOSIGNAL: wrk closes connections mid-answer at the end of a run; no SIGPIPE for that.
      ssize_t w = send(c->fd, response + c->sent, response_length - c->sent, MSG_NOSIGNAL);
      if (w < 0) return errno == EAGAIN ? 0 : -1;
      c->sent += (size_t)w;
      if (c->sent < response_length) continue;
      c->sending = 0;
      c->sent = 0;
    }
    char *end = memmem(c->in, c->inlen, "\r\n\r\n", 4);
    if (end) {
      *end = 0;
      char *length = strcasestr(c->in, "\r\ncontent-length:");
      size_t total = (size_t)(end - c->in) + 4 + (length ? strtoul(length + 17, NULL, 10) : 0);
      *end = '\r';
      if (c->inlen >= total) {
        memmove(c->in, c->in + total, c->inlen - total);
        c->inlen -= total;
        c->sending = 1;
        continue;
      }
    }
    ssize_t r = read(c->fd, c->in + c->inlen, sizeof c->in - c->inlen);
    if (r == 0) return -1;
    if (r < 0) return errno == EAGAIN ? 0 : -1;
    c->inlen += (size_t)r;
  }
}

int main(int argc, char **argv) {
  if (argc != 3) { fprintf(stderr, "usage: floor PORT BODY_FILE\n"); return 2; }
  load(argv[2]);
  int one = 1, listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons((unsigned short)atoi(argv[1])), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
  if (bind(listener, (struct sockaddr *)&address, sizeof address) || listen(listener, 128)) { perror("bind"); return 1; }
  int epoll = epoll_create1(0);
  struct epoll_event event = { .events = EPOLLIN, .data.ptr = NULL }, events[64];
  epoll_ctl(epoll, EPOLL_CTL_ADD, listener, &event);
  for (;;) {
    int ready = epoll_wait(epoll, events, 64, -1);
    for (int i = 0; i < ready; i++) {
      conn *c = events[i].data.ptr;
      if (!c) {
        int fd;
        while ((fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
          setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
          c = calloc(1, sizeof *c);
          c->fd = fd;
          struct epoll_event e = { .events = EPOLLIN | EPOLLOUT | EPOLLET, .data.ptr = c };
          epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &e);
        }
      } else if (serve(c) < 0) {
        close(c->fd);
        free(c);
      }
    }
  }
}
