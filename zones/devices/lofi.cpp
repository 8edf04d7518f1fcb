#include "zones/devices/lofi.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace kzsim::zones {

namespace {

constexpr std::string_view kLofiDirectory = "/dev/lofi/";

int number_of(std::string_view path) {
  int number = 0;
  const auto digits = path.substr(kLofiDirectory.size());
  std::from_chars(digits.data(), digits.data() + digits.size(), number);
  return number;
}

}  // namespace

std::optional<LofiDevice> find_lofi(const Host& host, std::string_view path) {
  if (!path.starts_with(kLofiDirectory)) return std::nullopt;
  const auto text = host.files.read(path);
  if (!text) return std::nullopt;
  const std::size_t newline = text->find('\n');
  LofiDevice device{std::string(path), text->substr(0, newline), text->find("Removable") != std::string::npos};
  if (device.file == "-") device.file.clear();
  return device;
}

std::vector<LofiDevice> lofi_devices(const Host& host) {
  std::vector<LofiDevice> devices;
  for (const auto& path : host.files.list(kLofiDirectory)) {
    if (auto device = find_lofi(host, path)) devices.push_back(std::move(*device));
  }
  std::sort(devices.begin(), devices.end(),
            [](const LofiDevice& a, const LofiDevice& b) { return number_of(a.path) < number_of(b.path); });
  return devices;
}

LofiDevice add_lofi(Host& host, std::string file, bool removable) {
  int highest = 0;
  for (const auto& device : lofi_devices(host)) highest = std::max(highest, number_of(device.path));
  LofiDevice device{fmt::format("{}{}", kLofiDirectory, highest + 1), std::move(file), removable};
  save_lofi(host, device);
  return device;
}

void save_lofi(Host& host, const LofiDevice& device) {
  host.files.write(device.path, fmt::format("{}\n{}\n", device.file.empty() ? "-" : device.file, device.options()));
}

}  // namespace kzsim::zones
