#pragma once
// lofi devices of a host: /dev/lofi/N over a file, or removable read-only ones that a virtual
// CD-ROM uses, empty until an image is inserted. Each device is a node in the host's file system
// at its path whose text is "FILE\nOPTIONS\n" (FILE "-" when empty), so it is host state that
// zonecfg's dev:/dev/lofi/N names.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

struct LofiDevice {
  std::string path;  // "/dev/lofi/1"
  std::string file;  // the backing file or inserted image; empty when a removable one is empty
  bool removable = false;

  std::string options() const { return removable ? "Removable, Readonly" : "-"; }
};

std::vector<LofiDevice> lofi_devices(const Host& host);  // by number
std::optional<LofiDevice> find_lofi(const Host& host, std::string_view path);
// Creates the next /dev/lofi/N.
LofiDevice add_lofi(Host& host, std::string file, bool removable);
void save_lofi(Host& host, const LofiDevice& device);

}  // namespace kzsim::zones
