/* What the portable guest kernel (kernel.c) and an architecture's part (cpu_probe.c and
   hypercall.h under machine/<arch>/guest/) provide each other. */
#ifndef KZSIM_GUEST_KERNEL_H
#define KZSIM_GUEST_KERNEL_H

typedef unsigned long u64;
typedef unsigned int u32;

void kz_print(const char* text);
/* Prints "<label>0x<16 hex digits>\n". */
void kz_print_hex(const char* label, u64 value);
/* Prints what the CPU tells the guest about itself. */
void kz_describe_cpu(void);

#endif
