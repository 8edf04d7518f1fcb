#include <gtest/gtest.h>

#include <fstream>

#include "core/error.hpp"
#include "tests/zones/persistence/persistence_world.hpp"
#include "zones/persistence/persistent_world.hpp"
#include "zones/persistence/world_store.hpp"

namespace kzsim::zones::persistence {
namespace {

using testing::canonical;
using testing::run_on;
using testing::ScratchDirectory;

// What the commands after a reload print must be what they print without one.
const std::vector<std::pair<std::string, std::string>> kSession = {
    {testing::configure_kz(), "global1"},
    {"zoneadm -z kz install", "global1"},
    {"zoneadm -z kz boot", "global1"},
    {"zlogin kz isainfo -v", "global1"},
    {"zoneadm -z kz suspend", "global1"},
    {"zoneadm list -cv", "global1"},
    {"zoneadm -z kz boot", "global1"},
    {"svcadm disable ntp; svcs ntp", "global1"},
    {"echo hello > /var/tmp/note; cat /var/tmp/note", "global1"},
    {"zoneadm -z kz halt; zoneadm -z kz detach", "global1"},
    {"zonecfg -z kz export -f /var/tmp/kz.cfg; cat /var/tmp/kz.cfg | ssh global2 zonecfg -z kz -f -", "global1"},
    {"zoneadm -z kz attach; zoneadm -z kz boot; zoneadm list -p", "global2"},
    {"zoneadm -z kz boot", "global1"},
};

std::string transcript(const scenario::Transcript& t) { return fmt::format("{}|{}|{}", t.exit, t.out, t.err); }

TEST(WorldStore, SavedWorldLoadsWhole) {
  ScratchDirectory directory;
  auto world = testing::two_host_world();
  for (const auto& [command, host] : kSession) run_on(*world, command, host);
  WorldStore store(directory.path());
  EXPECT_FALSE(store.holds_world());
  store.save(*world);
  EXPECT_TRUE(store.holds_world());
  EXPECT_EQ(canonical(*store.load()), canonical(*world));
}

TEST(WorldStore, CommandsPrintTheSameWithAReloadBetweenEachTwo) {
  ScratchDirectory directory;
  auto kept = testing::two_host_world();
  auto reloaded = testing::two_host_world();
  WorldStore store(directory.path());
  for (const auto& [command, host] : kSession) {
    store.save(*reloaded);
    reloaded = store.load();
    EXPECT_EQ(transcript(run_on(*reloaded, command, host)), transcript(run_on(*kept, command, host))) << command;
  }
  EXPECT_EQ(canonical(*reloaded), canonical(*kept));
}

TEST(WorldStore, SharedStorageBlocksAreFilesAndOldVersionsGo) {
  ScratchDirectory directory;
  auto world = testing::two_host_world();
  run_on(*world, testing::configure_kz());
  run_on(*world, "zoneadm -z kz install");
  WorldStore store(directory.path());
  store.save(*world);
  run_on(*world, "zoneadm -z kz boot");
  store.save(*world);
  int host_data_files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(directory.path() / "storage"))
    if (entry.path().filename().string().starts_with("hostdata.")) ++host_data_files;
  EXPECT_EQ(host_data_files, 1);
}

void write_file(const std::filesystem::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string load_error(const std::filesystem::path& directory) {
  try {
    WorldStore(directory).load();
  } catch (const InputError& error) {
    return error.what();
  }
  return "loaded";
}

class DamagedWorld : public ::testing::Test {
 protected:
  void SetUp() override {
    auto world = testing::two_host_world();
    run_on(*world, "echo hello > /var/tmp/note");
    WorldStore(directory.path()).save(*world);
  }
  std::filesystem::path document() const { return directory.path() / "world.json"; }
  ScratchDirectory directory;
};

TEST_F(DamagedWorld, FlippedByteInTheDocumentIsRefusedNamingIt) {
  std::string text = read_file(document());
  text[text.find("global2") + 1] ^= 0x01;
  write_file(document(), text);
  EXPECT_EQ(load_error(directory.path()),
            document().string() + ": the world does not match its sha256; the file was changed or damaged");
}

TEST_F(DamagedWorld, TruncatedDocumentIsRefused) {
  const std::string text = read_file(document());
  write_file(document(), text.substr(0, text.size() / 2));
  EXPECT_EQ(load_error(directory.path()),
            document().string() + ": not a world document; expected JSON with \"sha256\" and \"world\"");
}

TEST_F(DamagedWorld, OtherVersionIsRefused) {
  auto document_json = nlohmann::json::parse(read_file(document()));
  document_json["world"]["version"] = 2;
  document_json["sha256"] = sha256_hex(document_json["world"].dump());
  write_file(document(), document_json.dump());
  EXPECT_EQ(load_error(directory.path()), document().string() + ": world.version: expected 1, the version this kzsim writes, not 2");
}

TEST_F(DamagedWorld, FieldOfTheWrongTypeIsRefusedNamingTheField) {
  auto document_json = nlohmann::json::parse(read_file(document()));
  document_json["world"]["hosts"][1]["cores"] = "many";
  document_json["sha256"] = sha256_hex(document_json["world"].dump());
  write_file(document(), document_json.dump());
  EXPECT_EQ(load_error(directory.path()), document().string() + ": hosts[1].cores: expected a value of type number");
}

TEST_F(DamagedWorld, MissingOrChangedHostFileIsRefusedNamingIt) {
  const std::string name = "files/" + sha256_hex("hello\n");
  write_file(directory.path() / name, "hellO\n");
  EXPECT_EQ(load_error(directory.path()),
            (directory.path() / name).string() + ": content does not match its SHA-256 name; the file was damaged");
  std::filesystem::remove(directory.path() / name);
  EXPECT_EQ(load_error(directory.path()), (directory.path() / name).string() + ": missing; world.json names it");
}

TEST(WorldStore, ForeignDirectoryIsRefused) {
  ScratchDirectory directory;
  write_file(directory.path() / "notes.txt", "mine");
  try {
    WorldStore store(directory.path());
    FAIL() << "opened a foreign directory";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), fmt::format("--world {}: holds notes.txt but no world.json; expected an empty "
                                                     "directory or a world kzsim wrote",
                                                     directory.path().string()));
  }
  EXPECT_FALSE(std::filesystem::exists(directory.path() / "lock"));
}

TEST(WorldStore, FileInsteadOfDirectoryIsRefused) {
  ScratchDirectory directory;
  write_file(directory.path() / "plain", "x");
  EXPECT_THROW(WorldStore(directory.path() / "plain"), InputError);
}

TEST(WorldStore, SecondWriterIsRefusedWhileTheFirstHoldsTheWorld) {
  ScratchDirectory directory;
  WorldStore first(directory.path());
  try {
    WorldStore second(directory.path());
    FAIL() << "two writers";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("in use by another kzsim"), std::string::npos);
  }
}

TEST(PersistentWorld, StartsOnceFromAMachineThenLoads) {
  ScratchDirectory directory;
  const auto where = directory.path() / "world";
  EXPECT_THROW(PersistentWorld(where, "", "", 0), InputError);  // nothing to start from
  {
    PersistentWorld started(where, "", "sparc-t7", 0);
    run_on(started.world(), "echo kept > /var/tmp/kept", "global");
    started.commit();
  }
  EXPECT_THROW(PersistentWorld(where, "", "sparc-t7", 0), InputError);  // already holds a world
  PersistentWorld loaded(where, "", "", 0);
  EXPECT_EQ(run_on(loaded.world(), "cat /var/tmp/kept", "global").out, "kept\n");
}

}  // namespace
}  // namespace kzsim::zones::persistence
