/* x86-64 hypercall: `out %eax,%dx` to the hypercall port, number in %eax, arguments in %rdi
   and %rsi, result in %rax (see core/exec/guest/hypercall_abi.h). */
#ifndef KZSIM_X86_HYPERCALL_H
#define KZSIM_X86_HYPERCALL_H

#include "core/exec/guest/hypercall_abi.h"
#include "core/exec/guest/kernel.h"

static inline u64 kz_hypercall(u64 number, u64 a0, u64 a1) {
  u64 result = number;
  __asm__ volatile("outl %%eax, %%dx"
                   : "+a"(result)
                   : "d"(KZ_X86_HYPERCALL_PORT), "D"(a0), "S"(a1)
                   : "memory");
  return result;
}

#endif
