#pragma once
// A simulated host's files, kept in memory.
#include <functional>
#include <map>
#include <optional>
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

 private:
  std::map<std::string, std::string, std::less<>> files_;
};

}  // namespace kzsim::shell
