#include "zones/zonecfg/templates.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace kzsim::zones::zonecfg {

namespace {

// The anet carries only what the guide's info transcripts show as set (Examples 2-9, 2-10:
// configure-allowed-address and id); lower-link auto, mac-address auto, link-protection
// mac-nospoof and iov off are the resource's documented defaults (resource_specs.cpp).
std::string kernel_zone(std::string_view ncpus, std::string_view physical) {
  return fmt::format(R"(create -b
set brand=solaris-kz
set host-compatible=memlzs
add anet
set configure-allowed-address=true
set id=0
end
add device
set storage=dev:/dev/zvol/dsk/rpool/VARSHARE/zones/%{{zonename}}/disk0
set id=0
set bootpri=0
end
add capped-memory
set physical={}
set pagesize-policy=largest-available
end
add virtual-cpu
set ncpus={}
end
add suspend
set path=/system/zones/%{{zonename}}/suspend
end
)", physical, ncpus);
}

constexpr std::string_view kNativeZone = R"(create -b
set brand=solaris
set zonepath=/system/zones/%{zonename}
set autoshutdown=shutdown
add anet
set linkname=net0
set lower-link=auto
set configure-allowed-address=true
set link-protection=mac-nospoof
set mac-address=auto
end
)";

bool same_name(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); });
}

}  // namespace

const std::vector<ZoneTemplate>& zone_templates() {
  static const std::string standard = kernel_zone("4", "4G");
  static const std::string minimal = kernel_zone("1", "2G");
  static const std::vector<ZoneTemplate> templates = {
      {"SYSsolaris-kz",
       "KZ-11.4 'Managing Kernel Zone Memory' (4 VCPUs, 4 GB), 'About Memory Page Size Policy' (largest-available), "
       "guide 'Enabling the Memory Live Zone Reconfiguration Feature' (host-compatible=memlzs), solaris-facts §4 "
       "(anet id 0, boot device id 0 bootpri 0 on the VARSHARE zvol, suspend path)",
       standard},
      {"SYSsolaris-kz-minimal", "KZ-11.4 'Managing Kernel Zone Memory': 1 VCPU and 2 GB; otherwise as SYSsolaris-kz",
       minimal},
      {"SYSsolaris", "Oracle Solaris 11.4 /etc/zones/SYSdefault.xml as exported (INFERRED: solaris brand, "
                     "zonepath under /system/zones, one automatic anet net0)",
       kNativeZone},
      {"SYSdefault", "solaris-facts §4/§5: create without -t uses SYSdefault, a solaris-brand zone", kNativeZone},
  };
  return templates;
}

const ZoneTemplate* find_template(std::string_view name) {
  const auto& templates = zone_templates();
  auto it = std::find_if(templates.begin(), templates.end(), [&](const ZoneTemplate& t) { return same_name(t.name, name); });
  return it == templates.end() ? nullptr : &*it;
}

std::string template_commands(const ZoneTemplate& zone_template, std::string_view zonename) {
  std::string text(zone_template.commands);
  constexpr std::string_view token = "%{zonename}";
  for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + zonename.size()))
    text.replace(at, token.size(), zonename);
  return text;
}

}  // namespace kzsim::zones::zonecfg
