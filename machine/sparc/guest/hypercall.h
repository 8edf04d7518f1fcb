/* SPARC hypercall: `ta KZ_SPARC_HYPERCALL_TRAP`, number in %g1, arguments in %o0 and %o1,
   result in %o0 (see core/exec/guest/hypercall_abi.h). */
#ifndef KZSIM_SPARC_HYPERCALL_H
#define KZSIM_SPARC_HYPERCALL_H

#include "core/exec/guest/hypercall_abi.h"
#include "core/exec/guest/kernel.h"

#define KZ_STRINGIFY(x) #x
#define KZ_TRAP(n) "ta " KZ_STRINGIFY(n)

static inline u64 kz_hypercall(u64 number, u64 a0, u64 a1) {
  register u64 g1 __asm__("g1") = number;
  register u64 o0 __asm__("o0") = a0;
  register u64 o1 __asm__("o1") = a1;
  __asm__ volatile(KZ_TRAP(KZ_SPARC_HYPERCALL_TRAP) : "+r"(o0) : "r"(g1), "r"(o1) : "memory");
  return o0;
}

#endif
