#pragma once
// The machine catalog: every CPU model kzsim knows, its migration classes, host-compatible
// levels and firmware floors. The facts are data (machine/<arch>/*.yaml and
// firmware-models/*.yaml, each with a source note), embedded in the binary at build time and
// validated once when first used. Code asks questions of the catalog; it never switches on a
// model name.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/units.hpp"

namespace kzsim::catalog {

enum class Arch { Sparc, X86 };

// "sparc" | "x86", as the YAML tables and `kzsim models` write it.
std::string_view arch_name(Arch arch);

// A dotted version such as "9.5.2", "8.8", "2280", "11.4.36".
struct Version {
  std::vector<int> parts;
  static std::optional<Version> parse(std::string_view text);
  std::string text() const;
  auto operator<=>(const Version&) const = default;
};

struct Topology {
  int sockets = 1;
  int cores_per_socket = 1;
  int threads_per_core = 1;
  int clock_mhz = 0;
};

// x86 identity as CPUID reports it and psrinfo -vp prints it.
struct X86Identity {
  std::string vendor;  // "GenuineIntel" | "AuthenticAMD"
  int family = 0, model = 0, stepping = 0;
  std::string brand;   // "Intel(r) Xeon(r) CPU E5-2620 v2 @ 2.10GHz"
};

// Which accesses a TLB or cache level serves: the timing model sends data accesses (and page
// walks) through the levels serving data; instruction-only levels are in the catalog for
// `kzsim models` and not simulated.
enum class Serves { Data, Instructions, Unified };
// How a set chooses its victim: true LRU, or the tree pseudo-LRU of most x86 caches (a binary
// tree of ways-1 bits per set; power-of-two ways only).
enum class Replacement { Lru, TreePlru };

struct TlbLevel {
  std::string name;                           // "L1 DTLB", "L2 TLB"
  std::map<Bytes, int> entries_per_page_size; // page size -> entries
  int hit_cycles = 0;                         // added over a first-level hit
  std::map<Bytes, int> ways_per_page_size;    // each page size's array; 0: fully associative
  Serves serves = Serves::Data;
  Replacement replacement = Replacement::Lru;
};

struct CacheLevel {
  std::string name;  // "L1D", "L2", "L3"
  Bytes size = 0;
  int line_bytes = 64;
  int ways = 8;
  int hit_cycles = 0;  // load-to-use latency of a dependent load that hits here
  Serves serves = Serves::Data;
  Replacement replacement = Replacement::Lru;
};

// How a TLB miss is resolved.
enum class WalkKind {
  Radix,  // x86-64: a radix page table walked by hardware, 2-D under nested paging
  Tsb,    // sun4v: hardware tablewalk of the TSBs (T4 and later), then a trap on a TSB miss
};

struct Timing {
  double base_cpi = 1.0;
  std::map<std::string, double> cpi_by_class;  // "alu", "load", "store", "branch", "mul", "div", "fp", "crypto"
  std::vector<TlbLevel> tlbs;
  WalkKind walk = WalkKind::Radix;
  int page_walk_levels = 4;       // native page-table levels (Radix); TSBs probed per miss (Tsb)
  // Radix: entries of the paging-structure cache that skips the first k+1 levels of a walk,
  // for k = 0, 1, ... (Intel's PML4E, PDPTE, PDE caches; AMD's page walk cache).
  std::vector<int> walk_cache_entries;
  int nested_tlb_entries = 0;     // Radix, nested: cached guest-physical -> host translations
  int walkers = 1;                // page walks in flight at once
  int fill_buffers = 10;          // data-cache misses in flight at once (memory-level parallelism)
  int tsb_entries = 0;            // Tsb: entries per TSB (16 bytes each)
  int tsb_miss_cycles = 0;        // Tsb: the trap to the miss handler on a TSB miss
  std::vector<CacheLevel> caches;
  int memory_latency_cycles = 0;  // DRAM: cycles plus
  double memory_latency_ns = 0;   // nanoseconds at the model's clock
  int clock_mhz = 0;              // the model's (filled from its topology)

  // Cycles of a dependent load that misses every cache.
  double memory_cycles() const { return memory_latency_cycles + memory_latency_ns * clock_mhz / 1000.0; }
};

struct CpuModel {
  std::string id;               // "sparc-t5", "intel-haswell"
  std::string vendor;           // "Oracle", "Fujitsu", "Intel", "AMD"
  std::string family;           // "SPARC T5", "Haswell"
  Arch arch = Arch::Sparc;
  bool kernel_zones = false;    // the generation can host kernel zones at all
  std::string too_old_reason;   // why not, when kernel_zones is false
  Topology topology;
  Bytes default_memory = 0;
  std::vector<Bytes> page_sizes;     // pagesize -a, ascending
  std::vector<std::string> isa;      // isainfo -v capability names (SPARC) or CPUID flag names (x86)
  std::optional<X86Identity> x86;    // x86 only
  std::string psrinfo_name;          // SPARC: "SPARC-T5"; x86: empty (printed from X86Identity)
  std::string native_class;          // "SPARC-T5", "haswell"; empty for AMD and too-old models
  std::vector<std::string> cpu_arch_classes;        // cpu-arch values this host can provide
  std::vector<std::string> host_compatible_levels;  // SPARC host-compatible values supported
  std::string firmware_family;       // key into the firmware table ("sparc-t5", "x86-bios", ...)
  int ldom_kernel_zone_limit = 0;    // per Oracle VM Server for SPARC domain (SPARC only)
  std::string timing_profile;        // name of the timing table entry `timing` came from
  Timing timing;
  std::map<std::string, std::string> sources;  // fact group -> source note

  bool provides_class(std::string_view name) const;
  bool has_feature(std::string_view name) const;  // name is in `isa`
};

// A cpu-arch value and what it lets the guest see.
struct MigrationClass {
  std::string name;           // "generic", "migration-class1", "SPARC-T5", "haswell"
  Arch arch = Arch::Sparc;
  bool native = false;        // the class a model has when cpu-arch is not set
  std::vector<std::string> features;  // guest-visible features
  std::vector<std::string> modifiers; // host-compatible modifiers it can carry (adi, ...)
  int rank = 0;               // generation order within its arch; higher = more features
  std::string source;
};

// A host-compatible level or modifier (SPARC, plus memlzr on both).
struct HostCompatibleLevel {
  std::string name;                  // "level1", "level2", "native", "adi", "memlzr"
  std::vector<std::string> features; // features it enables
  bool enables_memory_reconfiguration = false;
  std::string release_feature;       // feature_releases.yaml row the host release needs; "" = any
  bool settable = true;              // false for "unset", the behaviour of an absent property
  std::vector<std::string> aliases;  // other accepted spellings ("memlzs" for "memlzr")
  std::string source;
};

// A BIOS switch kernel zones need enabled (x86).
struct BiosRequirement {
  std::string name;                  // "vt-x", "ept", "nx" (scenario `bios:` keys)
  std::vector<std::string> aliases;  // AMD and vendor spellings: "svm", "npt", "rvi", "xd"
  std::string description;           // the guide's words: "CPU virtualization (for example, VT-x)"
};

// Firmware requirements of one family of machines.
struct FirmwareFloor {
  std::string family;                           // "sparc-t4", "fujitsu-m10", "x86-bios"
  std::optional<Version> kernel_zones_min;      // nothing: every version
  std::optional<Version> live_migration_min;
  std::string newest;                           // default when a scenario gives none
  std::string kind;                             // "System Firmware", "XCP", "BIOS"
  std::vector<BiosRequirement> bios_requirements;  // x86: switches that must be enabled
  bool needs_compatible_microcode = false;         // x86: "Compatible microcode levels"
  std::string source;
};

class Catalog {
 public:
  // The catalog compiled into kzsim. Throws InputError naming the data file when a table is
  // malformed (a build-time mistake, caught by the catalog tests).
  static const Catalog& builtin();

  const std::vector<CpuModel>& models() const { return models_; }
  const CpuModel* find_model(std::string_view id) const;
  // Ids within a small edit distance of `id`, closest first, for "unknown model" errors.
  std::vector<std::string> close_matches(std::string_view id) const;
  // The model `id`, or an InputError at `where`: "unknown model 'sparc-t9'; expected a model id
  // from `kzsim models` (close matches: sparc-t4, sparc-t5)".
  const CpuModel& require_model(std::string_view id, const SourceLocation& where = {}) const;

  const MigrationClass* find_class(Arch arch, std::string_view name) const;
  const std::vector<MigrationClass>& classes() const { return classes_; }
  // Accepts aliases and any order of a combination: "memlzs", "memlzr,level1".
  const HostCompatibleLevel* find_level(std::string_view name) const;
  const std::vector<HostCompatibleLevel>& levels() const { return levels_; }
  const FirmwareFloor* find_firmware(std::string_view family) const;
  const std::vector<FirmwareFloor>& firmware() const { return firmware_; }

  // Builds a catalog from YAML texts (file name -> text); used by builtin() and by tests.
  static Catalog from_yaml(const std::map<std::string, std::string_view>& files);

 private:
  std::vector<CpuModel> models_;
  std::vector<MigrationClass> classes_;
  std::vector<HostCompatibleLevel> levels_;
  std::vector<FirmwareFloor> firmware_;
};

}  // namespace kzsim::catalog
