#include "firmware-models/verified_boot/boot_verification.hpp"

#include <fmt/format.h>

#include "firmware-models/verified_boot/module_signature.hpp"

namespace kzsim::firmware {

namespace {

// The certificates the firmware trusts: its own, then each readable cert file of the zone; an
// unusable cert file is reported on the console (kzsim wording: the guide shows none).
std::vector<Certificate> trusted_certificates(const std::vector<CertificateFile>& files, const VerifiedBootTable& table,
                                              std::vector<std::string>& console) {
  std::vector<Certificate> trusted;
  std::string error;
  if (auto system = Certificate::parse(table.system_certificate.pem, error)) trusted.push_back(std::move(*system));
  for (const CertificateFile& file : files) {
    std::optional<Certificate> certificate;
    if (file.pem) certificate = Certificate::parse(*file.pem, error);
    if (certificate) {
      trusted.push_back(std::move(*certificate));
      continue;
    }
    console.push_back(fmt::format("WARNING: verified boot: certificate {} is not used: {}", file.uri,
                                  file.pem ? error : file.why));
  }
  return trusted;
}

// Why `found` fails verification, or "" when a trusted certificate verifies it.
std::string failure(const FoundModule& found, const std::vector<Certificate>& trusted) {
  if (!found.module) return "its record on the boot storage is unreadable";
  if (!found.module->signature) return "the module carries no signature";
  for (const Certificate& certificate : trusted)
    if (certificate.verifies(found.module->bytes, *found.module->signature)) return {};
  return "its signature does not verify with the Oracle Solaris system certificate or a cert of the zone's "
         "verified-boot resource";
}

void load(BootVerdict& verdict, const FoundModule& found) {
  verdict.loaded.push_back(found.spec->path);
  if (found.spec->image == ModuleImage::Kernel) verdict.kernel = found.module->bytes;
}

void stop(BootVerdict& verdict, const FoundModule& found, std::string why) {
  verdict.stopped_at = found.spec->path;
  verdict.stop_reason = std::move(why);
}

}  // namespace

BootVerdict verify_boot(const BootPolicy& policy, const std::vector<FoundModule>& modules,
                        const std::vector<CertificateFile>& zone_certificates, const VerifiedBootTable& table) {
  BootVerdict verdict;
  std::vector<Certificate> trusted;
  if (policy.verify) trusted = trusted_certificates(zone_certificates, table, verdict.console);
  for (const FoundModule& found : modules) {
    const std::string why = policy.verify || !found.module ? failure(found, trusted) : "";
    if (why.empty()) {
      load(verdict, found);
      continue;
    }
    const bool loads = policy.load_failed && found.module;
    if (policy.verify)  // modelled on Solaris' verified-boot console messages, not quoted (the guide shows none)
      verdict.console.push_back(fmt::format("WARNING: Signature verification of module {} failed: {}{}",
                                            found.spec->path, why, loads ? "" : "; module not loaded"));
    if (loads) {
      load(verdict, found);
    } else if (found.spec->stops_boot && (policy.boot_stops || !found.module)) {
      stop(verdict, found, why);
      return verdict;
    }
  }
  return verdict;
}

}  // namespace kzsim::firmware
