#include "zones/host_commands/virtual_environments.hpp"

#include "zones/requirements.hpp"

namespace kzsim::zones {

namespace {

// libv12n's names of the environments a Solaris instance runs in: "kvm", "logical-domain",
// "non-global-zone", "kernel-zone", "vmware", "virtualbox", "xen" (OVAL 5.11 Solaris system
// characteristics schema, EntityItemV12NEnvType, "the 'virtinfo -c current list -H -o name'
// command"). Oracle VM Server for x86 is a Xen hypervisor, so its guests are "xen".
std::string_view current_name(Virtualization virtualization) {
  switch (virtualization) {
    case Virtualization::LdomGuest: return "logical-domain";
    case Virtualization::OvmX86Guest: return "xen";
    case Virtualization::VirtualBox: return "virtualbox";
    case Virtualization::VMware: return "vmware";
    case Virtualization::Kvm: return "kvm";
    case Virtualization::BareMetal:
    case Virtualization::KernelZone: break;
  }
  return {};
}

// The class "unsupported" exists from Oracle Solaris 11.4 on: virtinfo(1M) of 11.2 and 11.3
// (docs.oracle.com/cd/E36784_01/html/E36871/virtinfo-1m.html) names current, parent and
// supported only, virtinfo(8) of 11.4 adds unsupported.
bool has_unsupported_class(const Host& host) {
  return host.os >= catalog::Version{{11, 4}};
}

}  // namespace

std::vector<VirtualEnvironment> virtual_environments(const Host& host) {
  std::vector<VirtualEnvironment> found;
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  // Inside a kernel zone (the Solaris of zones/guest): the zone is current, a SPARC one's logical
  // domain its parent, and only solaris zones can nest in it (a kernel zone's virtinfo in a SPARC
  // logical domain, GitHub file id 13245667600; x86 without the logical-domain row, INFERRED).
  if (host.virtualization == Virtualization::KernelZone) {
    found.push_back({"kernel-zone", "current"});
    if (sparc) found.push_back({"logical-domain", "parent"});
    found.push_back({"non-global-zone", "supported"});
    return found;
  }
  // A SPARC global zone always runs in a logical domain. The control domain (a bare-metal host
  // here) can create domains: "logical-domain current", the zones, then "logical-domain
  // supported" (Pavel Anni's 11.3 lab, `root@solarislab:~# virtinfo`; a Brazilian admin's notes
  // for a primary domain whose `virtinfo -a` says "Domain name: primary"). A guest domain "always
  // shows logical-domain as parent" and, from 11.4, "logical-domain unsupported": guests cannot
  // create domains (virtinfo(8) 11.4 Example 1).
  const bool guest_domain = sparc && host.virtualization == Virtualization::LdomGuest;
  if (sparc) {
    found.push_back({"logical-domain", "current"});
    if (guest_domain) found.push_back({"logical-domain", "parent"});
  } else if (host.virtualization != Virtualization::BareMetal) {
    // "virtualbox      current" (a Solaris 11.4 VirtualBox guest's virtinfo, host scorpion).
    found.push_back({std::string(current_name(host.virtualization)), "current"});
  }
  found.push_back({"non-global-zone", "supported"});
  // Where kernel zones cannot run, 11.4 lists the row as unsupported ("kernel-zone
  // unsupported" in the same VirtualBox guest); earlier releases leave it out (solaris-kz(7):
  // "If kernel-zone is not shown in the supported list, see syslog").
  const bool kernel_zones = kernel_zone_blockers(host).empty();
  if (kernel_zones) found.push_back({"kernel-zone", "supported"});
  if (sparc && !guest_domain) found.push_back({"logical-domain", "supported"});
  if (has_unsupported_class(host)) {
    if (!kernel_zones) found.push_back({"kernel-zone", "unsupported"});
    if (guest_domain) found.push_back({"logical-domain", "unsupported"});
  }
  return found;
}

}  // namespace kzsim::zones
