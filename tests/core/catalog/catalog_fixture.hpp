#pragma once
// A small but complete set of catalog tables, for tests that change one line of it.
#include <map>
#include <string>
#include <string_view>

namespace kzsim::catalog::testing {

struct Tables {
  std::string levels = R"(levels:
  - {name: unset, settable: false, features: [], memory_reconfiguration: false, source: s}
  - {name: adi, features: [adi], memory_reconfiguration: false, release_feature: software-in-silicon, source: s}
  - {name: memlzr, aliases: [memlzs], features: [], memory_reconfiguration: true, source: s}
  - {name: "level1,memlzr", features: [adi], memory_reconfiguration: true, source: s}
  - {name: level1, features: [adi], memory_reconfiguration: false, source: s}
)";
  std::string firmware = R"(firmware:
  - {family: fw, kind: System Firmware, kernel_zones_min: "8.8", newest: "9.1", source: s}
)";
  std::string timing = R"(arch: sparc
timing:
  - name: core
    base_cpi: 1.0
    cpi: {alu: 1}
    tlbs: [{name: DTLB, serves: data, entries: {8K: 128}, ways: full, hit_cycles: 0}]
    walk: {kind: tsb, probes: 2, tsb_entries: 8192, miss_cycles: 400, walkers: 1}
    fill_buffers: 8
    caches: [{name: L1D, serves: data, size: 16K, line: 32, ways: 4, hit_cycles: 3}]
    memory: {cycles: 200, ns: 0}
    source: s
)";
  std::string classes = R"(arch: sparc
classes:
  - {name: generic, rank: 0, features: [vis], modifiers: [memlzr], source: s}
  - {name: SPARC-A, native: true, rank: 10, features_of: sparc-a, modifiers: [adi], source: s}
)";
  std::string models = R"(arch: sparc
models:
  - id: sparc-a
    vendor: Oracle
    family: SPARC A
    kernel_zones: true
    psrinfo_name: SPARC-A
    topology: {sockets: 1, cores_per_socket: 2, threads_per_core: 8, clock_mhz: 3000}
    default_memory: 64G
    page_sizes: [8K, 4M, 256M]
    isa: [adi, vis, popc]
    native_class: SPARC-A
    cpu_arch_classes: [generic, SPARC-A]
    host_compatible_levels: [unset, adi]
    firmware_family: fw
    ldom_kernel_zone_limit: 512
    timing: core
    sources: {identity: s, topology: s, memory: s, page_sizes: s, isa: s, migration: s, firmware: s, ldom_limit: s}
  - id: sparc-b
    vendor: Oracle
    family: SPARC B
    kernel_zones: false
    too_old_reason: too old
    psrinfo_name: SPARC-B
    topology: {sockets: 1, cores_per_socket: 2, threads_per_core: 8, clock_mhz: 3000}
    default_memory: 64G
    page_sizes: [8K]
    isa: {extends: sparc-a, remove: [adi], add: [new]}
    cpu_arch_classes: []
    firmware_family: fw
    timing: core
    sources: {identity: s, topology: s, memory: s, page_sizes: s, isa: s, firmware: s}
)";

  std::map<std::string, std::string_view> files() const {
    return {{"levels.yaml", levels}, {"firmware.yaml", firmware}, {"timing.yaml", timing},
            {"classes.yaml", classes}, {"models.yaml", models}};
  }
};

// `text` with its first `from` replaced by `to` (the test fails when `from` is missing).
std::string replaced(std::string text, std::string_view from, std::string_view to);

}  // namespace kzsim::catalog::testing
