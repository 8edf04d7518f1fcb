/* The contract between guest kernels and the hypervisor, shared by the C guests and the C++
   host. Arguments travel in the first argument registers of the architecture's C ABI; x86
   guests issue `out %eax,%dx` to KZ_X86_HYPERCALL_PORT with the number in %eax, SPARC guests
   `ta KZ_SPARC_HYPERCALL_TRAP` with the number in %g1. The result comes back in %rax / %o0. */
#ifndef KZSIM_HYPERCALL_ABI_H
#define KZSIM_HYPERCALL_ABI_H

#define KZ_HC_CONSOLE_WRITE 1 /* (address, length): append bytes to the console */
#define KZ_HC_CPU_FEATURES 2  /* () -> the feature word of the zone's class */
#define KZ_HC_IDLE 3          /* (nanoseconds): idle that long in simulated time */

#define KZ_X86_HYPERCALL_PORT 0x510
#define KZ_SPARC_HYPERCALL_TRAP 0x70

/* kernel_main(entry, workload, buffer, bytes, iterations, pause) */
#define KZ_ENTRY_BOOT 0 /* greet the console, describe the CPU, then run the workload */
#define KZ_ENTRY_RUN 1  /* run a workload in a kernel that has booted */

#define KZ_WORKLOAD_CHECKSUM 0   /* fill the buffer, FNV-style fold over its words */
#define KZ_WORKLOAD_CHASE 1      /* pointer chase over a random cycle of cache lines */
#define KZ_WORKLOAD_SCAN 2       /* sequential sum of the words, `iterations` passes */
#define KZ_WORKLOAD_RANDOM 3     /* `iterations` random word reads */
#define KZ_WORKLOAD_DIRTY 4      /* `iterations` word writes, each on the next page, idling
                                    `pause` nanoseconds after each; then the checksum */

#endif
