#pragma once
// A simulated global zone: its machine (model, firmware, BIOS, memory), its Oracle Solaris
// release, packages, SMF services, file system, users and zones.
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "core/catalog/catalog.hpp"
#include "core/random.hpp"
#include "core/shell/memory_file_system.hpp"
#include "core/units.hpp"
#include "zones/rights.hpp"
#include "zones/services.hpp"
#include "zones/zone.hpp"

namespace kzsim::zones {

// What a global zone runs on: the machine itself, or a hypervisor's guest (a scenario host's
// `virtualization`; vmware and kvm are kzsim's additions to format 1's list). KernelZone: the
// Solaris inside a kernel zone (zones/guest), never a scenario's host.
enum class Virtualization { BareMetal, LdomGuest, OvmX86Guest, VirtualBox, VMware, Kvm, KernelZone };
inline constexpr Virtualization kVirtualizations[] = {Virtualization::BareMetal,   Virtualization::LdomGuest,
                                                      Virtualization::OvmX86Guest, Virtualization::VirtualBox,
                                                      Virtualization::VMware,      Virtualization::Kvm};

// "bare-metal", "ldom-guest", "ovm-x86-guest", "virtualbox", "vmware", "kvm", as scenarios
// write them; "kernel-zone".
std::string_view virtualization_name(Virtualization virtualization);

inline constexpr std::string_view kBrandPackage = "brand/brand-solaris-kz";

// The CPUID signature psrinfo -vp and kstat print ("306E4"): family, model and stepping packed
// as CPUID leaf 1 gives them.
unsigned cpuid_signature(const catalog::X86Identity& id);

struct Host {
  std::string name;
  const catalog::CpuModel* model = nullptr;
  catalog::Version firmware;
  std::map<std::string, bool> bios;  // x86 switch as written ("vt-x", "svm", ...) -> enabled
  bool microcode_compatible = true;
  catalog::Version os;               // e.g. 11.4.81
  Bytes memory = 0;
  int cores = 0;                     // total cores (all sockets)
  Virtualization virtualization = Virtualization::BareMetal;
  std::set<std::string> packages;    // installed packages
  Services services;
  shell::MemoryFileSystem files;
  std::map<std::string, Zone> zones;  // by name; the global zone is not listed
  Accounts accounts;
  std::uint32_t hostid = 0;
  SeededRandom rng{0};                // forked from the scenario seed per host
  bool up = true;                     // false between a host-crash fault and host-boot
  std::map<int, SimDuration> ended_processes;  // pid -> when kill ended it (zones/guest/process_table)

  bool has_package(std::string_view package) const { return packages.contains(std::string(package)); }
  int threads() const;  // cores * threads per core
  // The processor id of a core's thread: SPARC numbers a core's strands consecutively; x86
  // numbers the first thread of every core first, then the second thread of every core.
  int processor_id(int core, int thread) const;
  catalog::Arch arch() const { return model->arch; }
  Zone* find_zone(std::string_view zone);
  // The id a zone gets when it starts running here: one above the highest in use.
  int next_zone_id() const;
};

}  // namespace kzsim::zones
