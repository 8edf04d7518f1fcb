#include "core/shell/memory_file_system.hpp"

#include <set>
#include <utility>

namespace kzsim::shell {

namespace {
std::string with_slash(std::string_view directory) {
  std::string prefix(directory);
  if (prefix.empty() || prefix.back() != '/') prefix += '/';
  return prefix;
}
}  // namespace

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
  const std::string prefix = with_slash(directory);
  std::vector<std::string> paths;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix);
       ++it)
    paths.push_back(it->first);
  return paths;
}

bool MemoryFileSystem::make_directory(std::string_view path) {
  if (files_.contains(path)) return false;
  for (std::size_t slash = path.find('/', 1); slash != std::string_view::npos; slash = path.find('/', slash + 1))
    if (files_.contains(path.substr(0, slash))) return false;
  for (std::size_t slash = path.find('/', 1); slash != std::string_view::npos; slash = path.find('/', slash + 1))
    directories_.insert(std::string(path.substr(0, slash)));
  if (path != "/") directories_.insert(std::string(path));
  return true;
}

bool MemoryFileSystem::is_directory(std::string_view path) const {
  if (path == "/" || directories_.contains(path)) return true;
  const std::string prefix = with_slash(path);
  auto file = files_.lower_bound(prefix);
  if (file != files_.end() && file->first.starts_with(prefix)) return true;
  auto directory = directories_.lower_bound(prefix);
  return directory != directories_.end() && directory->starts_with(prefix);
}

void MemoryFileSystem::remove_tree(std::string_view path) {
  const std::string prefix = with_slash(path);
  for (const std::string& file : list(path)) files_.erase(file);
  std::erase_if(directories_, [&](const std::string& directory) {
    return directory == path || directory.starts_with(prefix);
  });
}

std::vector<std::string> MemoryFileSystem::entries(std::string_view directory) const {
  const std::string prefix = with_slash(directory);
  std::set<std::string> names;
  const auto below = [&](const std::string& path) {
    if (!path.starts_with(prefix) || path.size() == prefix.size()) return;
    names.insert(path.substr(prefix.size(), path.find('/', prefix.size()) - prefix.size()));
  };
  for (const auto& [path, content] : files_) below(path);
  for (const std::string& path : directories_) below(path);
  return {names.begin(), names.end()};
}

}  // namespace kzsim::shell
