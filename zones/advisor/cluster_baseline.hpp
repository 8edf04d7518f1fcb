#pragma once
// The cluster baseline (what libvirt's cpu-baseline and VMware EVC answer): the most capable
// cpu-arch class, and on SPARC host-compatible level, under which a kernel zone can
// live-migrate among every given host, with what each host's guests keep and lose by it.
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace kzsim::zones {

struct BaselineHost {
  std::string name;
  const catalog::CpuModel* model = nullptr;
  std::optional<catalog::Version> os;  // nothing: a catalog model, no release to check levels against
};

struct HostDelta {
  std::string host;
  std::string native_class;
  std::vector<std::string> kept;  // features of the native class the baseline keeps
  std::vector<std::string> lost;  // features of the native class the baseline hides
};

struct ClusterBaseline {
  std::string cpu_arch;         // empty when there is no common class
  std::string host_compatible;  // SPARC only: the most capable level every host carries with cpu_arch
  std::vector<std::string> features;
  std::vector<HostDelta> hosts;
  std::string no_class_reason;  // why cpu_arch is empty
};

ClusterBaseline cluster_baseline(const std::vector<BaselineHost>& hosts,
                                 const catalog::Catalog& catalog = catalog::Catalog::builtin());

}  // namespace kzsim::zones
