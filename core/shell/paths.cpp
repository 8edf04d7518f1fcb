#include "core/shell/paths.hpp"

#include <fmt/format.h>

#include <vector>

namespace kzsim::shell {

std::string home_directory(std::string_view user) {
  return user == "root" ? "/root" : fmt::format("/export/home/{}", user);
}

std::string resolve_path(std::string_view user, std::string_view path) {
  std::string absolute =
      path.starts_with('/') ? std::string(path) : fmt::format("{}/{}", home_directory(user), path);
  std::vector<std::string_view> components;
  std::string_view rest = absolute;
  while (!rest.empty()) {
    std::size_t slash = rest.find('/');
    std::string_view component = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (component.empty() || component == ".") continue;
    if (component == "..") {
      if (!components.empty()) components.pop_back();
    } else {
      components.push_back(component);
    }
  }
  std::string resolved;
  for (std::string_view component : components) resolved += fmt::format("/{}", component);
  return resolved.empty() ? "/" : resolved;
}

}  // namespace kzsim::shell
