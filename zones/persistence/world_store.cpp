#include "zones/persistence/world_store.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <set>

#include <fmt/format.h>

#include <thread>

#include "core/error.hpp"
#include "zones/persistence/digest.hpp"
#include "zones/persistence/world_codec.hpp"

namespace kzsim::zones::persistence {

namespace {

constexpr std::string_view kDocument = "world.json";
constexpr std::string_view kLock = "lock";
constexpr std::string_view kFiles = "files";
constexpr std::string_view kStorage = "storage";

// Strings that are not UTF-8 (bytes typed into a zonecfg value, say) are kept with U+FFFD in
// their place; file and block contents are stored as bytes and keep everything.
std::string text_of(const nlohmann::json& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A URI or block name as one path component: bytes other than [A-Za-z0-9._-] as %XX.
std::string escaped(std::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '.' || c == '_' || c == '-') out += static_cast<char>(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

void check_directory(const std::filesystem::path& directory) {
  std::error_code error;
  if (!std::filesystem::exists(directory, error)) return;
  if (!std::filesystem::is_directory(directory, error))
    throw InputError(fmt::format("--world {}: not a directory; expected a world directory or a path to create one at",
                                 directory.string()));
  if (std::filesystem::exists(directory / kDocument, error)) return;
  // What a first save killed before its commit leaves is kzsim's own, not foreign.
  const std::set<std::string, std::less<>> own = {std::string(kLock), std::string(kFiles), std::string(kStorage),
                                                  std::string(kDocument) + ".tmp", "zone-roots"};
  for (const auto& entry : std::filesystem::directory_iterator(directory))
    if (!own.contains(entry.path().filename().string()))
      throw InputError(fmt::format("--world {}: holds {} but no {}; expected an empty directory or a world kzsim wrote",
                                   directory.string(), entry.path().filename().string(), kDocument));
}

}  // namespace

WorldStore::WorldStore(std::filesystem::path directory, std::uint64_t kill_at, std::chrono::milliseconds wait)
    : kill_(kill_at), directory_((check_directory(directory), directory), kill_) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error)
    throw InputError(fmt::format("--world {}: cannot create the directory: {}", directory.string(), error.message()));
  const auto lock_path = directory / kLock;
  lock_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_ < 0) throw InputError(fmt::format("{}: cannot open: {}", lock_path.string(), std::strerror(errno)));
  // Polled rather than blocking, so that the wait is bounded.
  const auto deadline = std::chrono::steady_clock::now() + wait;
  int locked = ::flock(lock_, LOCK_EX | LOCK_NB);
  while (locked != 0 && errno == EWOULDBLOCK && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    locked = ::flock(lock_, LOCK_EX | LOCK_NB);
  }
  if (locked != 0) {
    ::close(lock_);
    throw InputError(fmt::format("--world {}: in use by another kzsim (it holds {}); expected one kzsim per world at a time",
                                 directory.string(), lock_path.string()));
  }
}

WorldStore::~WorldStore() { ::close(lock_); }

bool WorldStore::holds_world() const { return directory_.read(std::string(kDocument)).has_value(); }

std::string WorldStore::content(const std::string& name) const {
  const std::string where = (directory_.root() / name).string();
  const bool contained = (name.starts_with(kFiles) || name.starts_with(kStorage)) && name.find("..") == std::string::npos;
  if (!contained) throw InputError(fmt::format("{}: names {}; expected a file under files/ or storage/", kDocument, name));
  auto text = directory_.read(name);
  if (!text) throw InputError(fmt::format("{}: missing; {} names it", where, kDocument));
  // Host files are checked here; storage blocks are what the zone's disks hold, authenticated
  // (or refused) by whoever reads them, as a disk's contents are.
  if (name.starts_with(kFiles) && fmt::format("{}/{}", kFiles, sha256_hex(*text)) != name)
    throw InputError(fmt::format("{}: content does not match its SHA-256 name; the file was damaged", where));
  return *text;
}

std::unique_ptr<World> WorldStore::load() const {
  const std::string where = (directory_.root() / kDocument).string();
  const auto text = directory_.read(std::string(kDocument));
  if (!text) throw InputError(fmt::format("{}: missing; expected a world kzsim wrote", where));
  const auto document = nlohmann::json::parse(*text, nullptr, false);
  if (document.is_discarded() || !document.is_object() || !document.contains("sha256") || !document.contains("world"))
    throw InputError(fmt::format("{}: not a world document; expected JSON with \"sha256\" and \"world\"", where));
  if (!document["sha256"].is_string() || document["sha256"].get<std::string>() != sha256_hex(text_of(document["world"])))
    throw InputError(fmt::format("{}: the world does not match its sha256; the file was changed or damaged", where));
  return decode_world(document["world"], [this](const std::string& name) { return content(name); }, where);
}

void WorldStore::save(const World& world) {
  std::set<std::string> named;
  auto keep = [&](std::string name, const std::string& content) {
    if (named.insert(name).second && !directory_.exists(name)) directory_.write(name, content);
    return name;
  };
  const ContentSink sink{
      [&](const std::string& content) { return keep(fmt::format("{}/{}", kFiles, sha256_hex(content)), content); },
      [&](const std::string& uri, const std::string& block, const std::string& content) {
        return keep(fmt::format("{}/{}/{}.{}", kStorage, escaped(uri), escaped(block), sha256_hex(content)), content);
      }};
  const nlohmann::json body = encode_world(world, sink);
  const nlohmann::json document = {{"sha256", sha256_hex(text_of(body))}, {"world", body}};
  directory_.write(std::string(kDocument), text_of(document, 1) + "\n");
  for (std::string_view area : {kFiles, kStorage})
    for (const std::string& file : directory_.files(std::string(area)))
      if (!named.contains(file)) directory_.remove(file);
}

}  // namespace kzsim::zones::persistence
