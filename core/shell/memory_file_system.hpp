#pragma once
// A simulated host's files, kept in memory. A directory exists when a file lies below it or it
// was made on its own (mkdir), so that an empty directory made inside a zone stays.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"

namespace kzsim::shell {

class MemoryFileSystem : public FileSystem {
 public:
  std::optional<std::string> read(std::string_view path) const override;
  void write(std::string_view path, std::string content) override;
  void append(std::string_view path, std::string_view content) override;
  bool exists(std::string_view path) const override;
  bool remove(std::string_view path) override;
  std::vector<std::string> list(std::string_view directory) const override;

  // Makes `path` (and the directories above it) a directory; false when a file has that name.
  bool make_directory(std::string_view path);
  bool is_directory(std::string_view path) const;
  // Removes a directory made with make_directory and everything below it.
  void remove_tree(std::string_view path);
  // The directories made with make_directory (not the ones only implied by files), sorted.
  const std::set<std::string, std::less<>>& made_directories() const { return directories_; }
  // The names directly below `directory`: its files and directories, sorted.
  std::vector<std::string> entries(std::string_view directory) const;

 private:
  std::map<std::string, std::string, std::less<>> files_;
  std::set<std::string, std::less<>> directories_;
};

}  // namespace kzsim::shell
