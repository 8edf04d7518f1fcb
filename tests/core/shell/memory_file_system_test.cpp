#include "core/shell/memory_file_system.hpp"

#include <gtest/gtest.h>

namespace kzsim::shell {

using Paths = std::vector<std::string>;

TEST(MemoryFileSystem, WritesReadsAndOverwrites) {
  MemoryFileSystem files;
  EXPECT_FALSE(files.exists("/root/a"));
  EXPECT_EQ(files.read("/root/a"), std::nullopt);
  files.write("/root/a", "one\n");
  files.write("/root/a", "two\n");
  EXPECT_TRUE(files.exists("/root/a"));
  EXPECT_EQ(files.read("/root/a"), "two\n");
}

TEST(MemoryFileSystem, AppendCreatesAndExtends) {
  MemoryFileSystem files;
  files.append("/var/log/x", "a\n");
  files.append("/var/log/x", "b\n");
  EXPECT_EQ(files.read("/var/log/x"), "a\nb\n");
}

TEST(MemoryFileSystem, RemoveSaysWhetherTheFileExisted) {
  MemoryFileSystem files;
  files.write("/etc/motd", "hi");
  EXPECT_TRUE(files.remove("/etc/motd"));
  EXPECT_FALSE(files.exists("/etc/motd"));
  EXPECT_FALSE(files.remove("/etc/motd"));
}

TEST(MemoryFileSystem, ListsEverythingBelowADirectorySorted) {
  MemoryFileSystem files;
  files.write("/root/z", "");
  files.write("/root/sub/b", "");
  files.write("/root/a", "");
  files.write("/rootfile", "");  // shares the prefix but is not below /root
  files.write("/etc/hosts", "");
  EXPECT_EQ(files.list("/root"), (Paths{"/root/a", "/root/sub/b", "/root/z"}));
  EXPECT_EQ(files.list("/root/"), (Paths{"/root/a", "/root/sub/b", "/root/z"}));
  EXPECT_EQ(files.list("/"),
            (Paths{"/etc/hosts", "/root/a", "/root/sub/b", "/root/z", "/rootfile"}));
  EXPECT_EQ(files.list("/nowhere"), Paths{});
}

TEST(MemoryFileSystem, DirectoriesAreMadeOrImpliedByTheirFiles) {
  MemoryFileSystem files;
  files.write("/var/tmp/x/f", "");
  EXPECT_TRUE(files.is_directory("/var/tmp/x"));
  EXPECT_TRUE(files.make_directory("/tmp/a/b"));
  EXPECT_TRUE(files.is_directory("/tmp/a"));
  EXPECT_TRUE(files.is_directory("/tmp/a/b"));
  EXPECT_FALSE(files.is_directory("/tmp/a/bb"));
  EXPECT_FALSE(files.make_directory("/var/tmp/x/f"));      // a file has that name
  EXPECT_FALSE(files.make_directory("/var/tmp/x/f/sub"));  // a file is above it
  EXPECT_EQ(files.entries("/tmp"), Paths{"a"});
  EXPECT_EQ(files.entries("/var/tmp/x"), Paths{"f"});
  EXPECT_EQ(files.made_directories().size(), 3u);  // /tmp, /tmp/a, /tmp/a/b
  files.remove_tree("/tmp/a");
  EXPECT_FALSE(files.is_directory("/tmp/a"));
  EXPECT_TRUE(files.is_directory("/tmp"));
  EXPECT_TRUE(files.entries("/tmp").empty());
}

}  // namespace kzsim::shell
