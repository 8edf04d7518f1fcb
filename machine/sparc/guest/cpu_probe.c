/* What a SPARC kernel zone learns about its CPU: the feature word of its class (one bit per
   isainfo name, in kzsim::sparc::feature_names() order). */
#include "core/exec/guest/hypercall_abi.h"
#include "core/exec/guest/kernel.h"
#include "hypercall.h"

void kz_describe_cpu(void) {
  kz_print("cpu: sparcv9\n");
  kz_print_hex("cpu features: ", kz_hypercall(KZ_HC_CPU_FEATURES, 0, 0));
}
