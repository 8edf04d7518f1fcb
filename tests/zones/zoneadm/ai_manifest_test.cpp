// The AI manifest reader on a large manifest: reading is linear in its size (the hand-written
// XML reader before tinyxml2 counted lines from the start for every element, 113 s for this one).
#include "zones/zoneadm/ai_manifest.hpp"

#include <time.h>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/error.hpp"

namespace kzsim::zones {
namespace {

double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// A manifest of at least `bytes`: two disks and pools, an archive, and as many packages to
// install as it takes (each on its own line).
std::string large_manifest(std::size_t bytes) {
  std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<auto_install>\n<ai_instance name=\"default\">\n<target>\n"
      "<disk in_zpool=\"rpool\"><disk_name name=\"c1d0\"/></disk>\n"
      "<disk in_zpool=\"tank\"><disk_name name=\"c1d1\"/></disk>\n"
      "<logical><zpool name=\"rpool\" is_root=\"true\"/><zpool name=\"tank\"/></logical>\n</target>\n"
      "<software type=\"ARCHIVE\"><source><file uri=\"file:///var/tmp/a.uar\"/></source></software>\n"
      "<software type=\"IPS\">\n<software_data action=\"install\">\n";
  for (int package = 0; text.size() < bytes; ++package)
    text += fmt::format("  <name>pkg:/group/feature/package-{:06}</name>\n", package);
  return text + "</software_data>\n</software>\n</ai_instance>\n</auto_install>\n";
}

TEST(AiManifest, ReadsA176MegabyteManifestWellUnderASecond) {
  const std::string text = large_manifest(1'760'000);
  const double start = thread_cpu_seconds();
  const AiManifest manifest = read_ai_manifest(text, "/var/tmp/ai.xml");
  const double seconds = thread_cpu_seconds() - start;
  EXPECT_LT(seconds, 1.0);
  ASSERT_EQ(manifest.disks.size(), 2u);
  EXPECT_EQ(manifest.disks[1].name, "c1d1");
  EXPECT_EQ(manifest.disks[1].line, 6);
  ASSERT_EQ(manifest.pools.size(), 2u);
  EXPECT_TRUE(manifest.pools[0].root);
  EXPECT_EQ(manifest.archive, "/var/tmp/a.uar");
}

TEST(AiManifest, RefusesA200000DeepDocumentAtItsLine) {
  std::string text = "<auto_install>\n";
  for (int i = 0; i < 200'000; ++i) text += "<target>\n";
  try {
    read_ai_manifest(text, "/var/tmp/ai.xml");
    FAIL() << "accepted";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "/var/tmp/ai.xml:99: expected elements nested at most 98 deep");
  }
}

}  // namespace
}  // namespace kzsim::zones
