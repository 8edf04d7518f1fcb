#include "core/shell/paths.hpp"

#include <gtest/gtest.h>

namespace kzsim::shell {

TEST(Paths, HomeDirectoryOfRootAndOfOtherUsers) {
  EXPECT_EQ(home_directory("root"), "/root");
  EXPECT_EQ(home_directory("admin"), "/export/home/admin");
}

TEST(Paths, RelativePathsStartAtHome) {
  EXPECT_EQ(resolve_path("root", "kz1.cfg"), "/root/kz1.cfg");
  EXPECT_EQ(resolve_path("admin", "cfg/kz1"), "/export/home/admin/cfg/kz1");
}

TEST(Paths, NormalisesDotsAndSlashes) {
  EXPECT_EQ(resolve_path("root", "/tmp//a/./b"), "/tmp/a/b");
  EXPECT_EQ(resolve_path("root", "../etc/hosts"), "/etc/hosts");
  EXPECT_EQ(resolve_path("root", "/../.."), "/");
}

}  // namespace kzsim::shell
