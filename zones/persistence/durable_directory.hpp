#pragma once
// Files of one directory tree written so that a crash at any point leaves each name with its old
// content or its new one, never a mix: write a temporary file, fsync it, rename it over the name,
// fsync the directory. Each of those system calls is a step; a KillSwitch can stop the process
// with SIGKILL at a chosen step, which is how tests crash the writer at every point.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::zones::persistence {

class KillSwitch {
 public:
  // 0: never; N: SIGKILL just before the Nth step.
  explicit KillSwitch(std::uint64_t kill_at = 0) : kill_at_(kill_at) {}
  void step();
  std::uint64_t steps() const { return steps_; }

 private:
  std::uint64_t kill_at_;
  std::uint64_t steps_ = 0;
};

class DurableDirectory {
 public:
  DurableDirectory(std::filesystem::path root, KillSwitch& kill) : root_(std::move(root)), kill_(kill) {}

  const std::filesystem::path& root() const { return root_; }
  // Writes `relative` atomically and durably, creating (durably) the directories it lies in.
  // Throws InputError naming the file and the system's reason when a call fails.
  void write(const std::string& relative, std::string_view content);
  void remove(const std::string& relative);
  std::optional<std::string> read(const std::string& relative) const;
  bool exists(const std::string& relative) const;
  // Every regular file under `relative` (recursively), as paths relative to the root.
  std::vector<std::string> files(const std::string& relative) const;

 private:
  void make_directories(const std::filesystem::path& directory);
  void sync_directory(const std::filesystem::path& directory);

  std::filesystem::path root_;
  KillSwitch& kill_;
};

}  // namespace kzsim::zones::persistence
