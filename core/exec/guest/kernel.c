/* The guest kernel every architecture boots: it greets the console, describes its CPU, then
   runs one workload over a buffer and returns its result; a booted kernel is entered again to
   run further workloads. Integer-only and without register
   windows, so that it runs on Unicorn's SPARC64 as it is (toolchain.md section 2). The
   fill and checksum are mirrored by kzsim::exec::expected_checksum. */
#include "core/exec/guest/kernel.h"

#include "core/exec/guest/hypercall_abi.h"
#include "hypercall.h"

static u64 length(const char* text) {
  u64 n = 0;
  while (text[n] != 0) ++n;
  return n;
}

void kz_print(const char* text) { kz_hypercall(KZ_HC_CONSOLE_WRITE, (u64)text, length(text)); }

void kz_print_hex(const char* label, u64 value) {
  char line[96];
  u64 n = 0;
  while (label[n] != 0 && n < 64) {
    line[n] = label[n];
    ++n;
  }
  line[n++] = '0';
  line[n++] = 'x';
  for (int shift = 60; shift >= 0; shift -= 4) line[n++] = "0123456789abcdef"[(value >> shift) & 15];
  line[n++] = '\n';
  kz_hypercall(KZ_HC_CONSOLE_WRITE, (u64)line, n);
}

static u64 next_random(u64* state) {
  *state = *state * 6364136223846793005UL + 1442695040888963407UL;
  return *state >> 11;
}

static void fill(u64* words, u64 count) {
  u64 state = count;
  for (u64 i = 0; i < count; ++i) words[i] = next_random(&state);
}

static u64 checksum(const u64* words, u64 count) {
  u64 hash = 0xcbf29ce484222325UL;
  for (u64 i = 0; i < count; ++i) hash = (hash ^ words[i]) * 0x100000001b3UL;
  return hash;
}

/* One word per 64-byte line links the lines into a single random cycle (Sattolo's shuffle). */
static u64 chase(u64* words, u64 count, u64 steps) {
  const u64 lines = count / 8;
  u64 state = 12345;
  for (u64 i = 0; i < lines; ++i) words[i * 8] = i;
  for (u64 i = lines - 1; i > 0; --i) {
    const u64 j = next_random(&state) % i;
    const u64 swap = words[i * 8];
    words[i * 8] = words[j * 8];
    words[j * 8] = swap;
  }
  u64 line = 0;
  for (u64 s = 0; s < steps; ++s) line = words[line * 8];
  return line;
}

static u64 scan(const u64* words, u64 count, u64 passes) {
  u64 sum = 0;
  for (u64 p = 0; p < passes; ++p)
    for (u64 i = 0; i < count; ++i) sum += words[i];
  return sum;
}

static u64 random_reads(const u64* words, u64 count, u64 reads) {
  u64 state = 777, sum = 0;
  for (u64 r = 0; r < reads; ++r) sum += words[next_random(&state) % count];
  return sum;
}

/* A stride of one 8 KiB page and one word: every write lands on a page the previous one did not
   touch, with 4 KiB (x86) and 8 KiB (SPARC) pages alike. */
#define DIRTY_STRIDE_WORDS (8192 / 8 + 1)

/* Dirties one page every `pause` nanoseconds of simulated time, the guest idling in between
   (live migration's pre-copy has to chase these pages); the buffer's checksum shows whether
   every write arrived. */
static u64 dirty(u64* words, u64 count, u64 writes, u64 pause) {
  u64 state = 1, at = 0;
  for (u64 w = 0; w < writes; ++w) {
    words[at] += next_random(&state);
    at += DIRTY_STRIDE_WORDS;
    while (at >= count) at -= count;
    if (pause != 0) kz_hypercall(KZ_HC_IDLE, pause, 0);
  }
  return checksum(words, count);
}

__attribute__((section(".text.start"))) u64 kernel_main(u64 entry, u64 workload, u64 buffer, u64 bytes,
                                                        u64 iterations, u64 pause) {
  u64* words = (u64*)buffer;
  const u64 count = bytes / 8;
  if (entry == KZ_ENTRY_BOOT) {
    kz_print("kzsim guest kernel: booting\n");
    kz_describe_cpu();
  }
  kz_print_hex("workload ", workload);
  fill(words, count);
  u64 result;
  switch (workload) {
    case KZ_WORKLOAD_CHECKSUM: result = checksum(words, count); break;
    case KZ_WORKLOAD_CHASE: result = chase(words, count, iterations); break;
    case KZ_WORKLOAD_SCAN: result = scan(words, count, iterations); break;
    case KZ_WORKLOAD_DIRTY: result = dirty(words, count, iterations, pause); break;
    default: result = random_reads(words, count, iterations); break;
  }
  kz_print_hex("result ", result);
  return result;
}
