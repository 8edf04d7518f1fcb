#include "core/shell/memory_file_system.hpp"

#include <utility>

namespace kzsim::shell {

std::optional<std::string> MemoryFileSystem::read(std::string_view path) const {
  auto found = files_.find(path);
  if (found == files_.end()) return std::nullopt;
  return found->second;
}

void MemoryFileSystem::write(std::string_view path, std::string content) {
  files_.insert_or_assign(std::string(path), std::move(content));
}

void MemoryFileSystem::append(std::string_view path, std::string_view content) {
  files_[std::string(path)] += content;
}

bool MemoryFileSystem::exists(std::string_view path) const { return files_.contains(path); }

bool MemoryFileSystem::remove(std::string_view path) {
  auto found = files_.find(path);
  if (found == files_.end()) return false;
  files_.erase(found);
  return true;
}

std::vector<std::string> MemoryFileSystem::list(std::string_view directory) const {
  std::string prefix(directory);
  if (prefix.empty() || prefix.back() != '/') prefix += '/';
  std::vector<std::string> paths;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix);
       ++it)
    paths.push_back(it->first);
  return paths;
}

}  // namespace kzsim::shell
