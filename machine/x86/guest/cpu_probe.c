/* What an x86 kernel zone learns from CPUID: vendor, signature, feature words, brand and the
   hypervisor leaf. */
#include "core/exec/guest/kernel.h"

static void cpuid(u32 leaf, u32 subleaf, u32 out[4]) {
  __asm__ volatile("cpuid" : "=a"(out[0]), "=b"(out[1]), "=c"(out[2]), "=d"(out[3]) : "a"(leaf), "c"(subleaf));
}

static void print_registers(const char* label, const u32* regs, int first, int count, char* line) {
  int n = 0;
  while (label[n] != 0) {
    line[n] = label[n];
    ++n;
  }
  for (int r = first; r < first + count; ++r)
    for (int byte = 0; byte < 4; ++byte) {
      const char c = (char)(regs[r] >> (8 * byte));
      if (c != 0) line[n++] = c;
    }
  line[n++] = '\n';
  line[n] = 0;
  kz_print(line);
}

void kz_describe_cpu(void) {
  u32 r[4];
  char line[80];
  cpuid(0, 0, r);
  const u32 vendor[3] = {r[1], r[3], r[2]};
  print_registers("cpu vendor: ", vendor, 0, 3, line);
  cpuid(1, 0, r);
  kz_print_hex("cpu signature: ", r[0]);
  kz_print_hex("cpuid 1 ecx:edx: ", (u64)r[2] << 32 | r[3]);
  cpuid(7, 0, r);
  kz_print_hex("cpuid 7 ebx:ecx: ", (u64)r[1] << 32 | r[2]);
  u32 brand[12];
  for (u32 part = 0; part < 3; ++part) cpuid(0x80000002 + part, 0, brand + 4 * part);
  print_registers("cpu brand: ", brand, 0, 12, line);
  cpuid(0x40000000, 0, r);
  print_registers("hypervisor: ", r, 1, 3, line);
}
