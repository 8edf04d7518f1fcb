#include "zones/persistence/durable_directory.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kzsim::zones::persistence {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view call) {
  throw InputError(fmt::format("{}: {} failed: {}", path.string(), call, std::strerror(errno)));
}

// Closes the descriptor on every path out.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

void KillSwitch::step() {
  if (++steps_ == kill_at_) ::raise(SIGKILL);
}

void DurableDirectory::write(const std::string& relative, std::string_view content) {
  const std::filesystem::path target = root_ / relative;
  make_directories(target.parent_path());
  std::filesystem::path temporary = target;
  temporary += ".tmp";
  kill_.step();
  Descriptor file{::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)};
  if (file.fd < 0) fail(temporary, "open");
  kill_.step();
  for (std::size_t done = 0; done < content.size();) {
    const ssize_t wrote = ::write(file.fd, content.data() + done, content.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote < 0) fail(temporary, "write");
    done += static_cast<std::size_t>(wrote);
  }
  kill_.step();
  if (::fsync(file.fd) != 0) fail(temporary, "fsync");
  kill_.step();
  if (::rename(temporary.c_str(), target.c_str()) != 0) fail(target, "rename");
  sync_directory(target.parent_path());
}

void DurableDirectory::remove(const std::string& relative) {
  const std::filesystem::path target = root_ / relative;
  kill_.step();
  if (::unlink(target.c_str()) != 0 && errno != ENOENT) fail(target, "unlink");
}

std::optional<std::string> DurableDirectory::read(const std::string& relative) const {
  std::ifstream in(root_ / relative, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  return std::move(content).str();
}

bool DurableDirectory::exists(const std::string& relative) const {
  std::error_code error;
  return std::filesystem::exists(root_ / relative, error);
}

std::vector<std::string> DurableDirectory::files(const std::string& relative) const {
  std::vector<std::string> out;
  std::error_code error;
  const std::filesystem::path start = root_ / relative;
  if (!std::filesystem::is_directory(start, error)) return out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(start))
    if (entry.is_regular_file()) out.push_back(std::filesystem::relative(entry.path(), root_).string());
  return out;
}

void DurableDirectory::make_directories(const std::filesystem::path& directory) {
  if (std::filesystem::is_directory(directory)) return;
  make_directories(directory.parent_path());
  kill_.step();
  if (::mkdir(directory.c_str(), 0755) != 0 && errno != EEXIST) fail(directory, "mkdir");
  sync_directory(directory.parent_path());
}

void DurableDirectory::sync_directory(const std::filesystem::path& directory) {
  kill_.step();
  Descriptor handle{::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (handle.fd < 0) fail(directory, "open");
  if (::fsync(handle.fd) != 0) fail(directory, "fsync");
}

}  // namespace kzsim::zones::persistence
