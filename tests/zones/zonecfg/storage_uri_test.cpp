#include "zones/zonecfg/storage_uri.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

TEST(StorageUri, DevIsLocal) {
  auto parsed = parse_storage_uri("dev:/dev/zvol/dsk/rpool/VARSHARE/zones/kz1/disk0");
  ASSERT_TRUE(parsed.uri) << parsed.error;
  EXPECT_EQ(parsed.uri->scheme, "dev");
  EXPECT_EQ(parsed.uri->path, "/dev/zvol/dsk/rpool/VARSHARE/zones/kz1/disk0");
  EXPECT_FALSE(parsed.uri->shared);
}

TEST(StorageUri, IscsiWithHost) {
  auto parsed = parse_storage_uri("iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60003");
  ASSERT_TRUE(parsed.uri) << parsed.error;
  EXPECT_EQ(parsed.uri->host, "zfssa");
  EXPECT_EQ(parsed.uri->path, "luname.naa.600144F0DBF8AF19000052E820D60003");
  EXPECT_TRUE(parsed.uri->shared);
}

TEST(StorageUri, IscsiWithoutHostAndWithPort) {
  EXPECT_TRUE(parse_storage_uri("iscsi:///luname.naa.600144F0").uri);
  auto parsed = parse_storage_uri("iscsi://zfssa:3260/luname.naa.600144F0");
  ASSERT_TRUE(parsed.uri);
  EXPECT_EQ(parsed.uri->port, 3260);
}

TEST(StorageUri, IscsiNeedsALogicalUnit) {
  auto parsed = parse_storage_uri("iscsi://zfssa/");
  EXPECT_FALSE(parsed.uri);
  EXPECT_NE(parsed.error.find("iscsi://zfssa/"), std::string::npos);
  EXPECT_FALSE(parse_storage_uri("iscsi://zfssa/disk7").uri);
}

TEST(StorageUri, NfsWithCredentialsAndPort) {
  auto parsed = parse_storage_uri("nfs://admin:staff@host:1000/export/test/nfs_file");
  ASSERT_TRUE(parsed.uri) << parsed.error;
  EXPECT_EQ(parsed.uri->user, "admin");
  EXPECT_EQ(parsed.uri->group, "staff");
  EXPECT_EQ(parsed.uri->host, "host");
  EXPECT_EQ(parsed.uri->port, 1000);
  EXPECT_EQ(parsed.uri->path, "/export/test/nfs_file");
  EXPECT_TRUE(parsed.uri->shared);
}

TEST(StorageUri, NfsIpv6HostInBrackets) {
  auto parsed = parse_storage_uri("nfs://admin:staff@[fe80::1]:2049/export/kz");
  ASSERT_TRUE(parsed.uri) << parsed.error;
  EXPECT_EQ(parsed.uri->host, "fe80::1");
  EXPECT_EQ(parsed.uri->port, 2049);
  EXPECT_FALSE(parse_storage_uri("nfs://admin:staff@fe80::1/export/kz").uri);
}

TEST(StorageUri, NfsNeedsUserAndGroup) {
  EXPECT_FALSE(parse_storage_uri("nfs://admin@host/export/f").uri);
  EXPECT_FALSE(parse_storage_uri("nfs://host/export/f").uri);
}

TEST(StorageUri, BadPortRefused) {
  EXPECT_FALSE(parse_storage_uri("nfs://a:b@host:99999/export/f").uri);
  EXPECT_FALSE(parse_storage_uri("nfs://a:b@host:/export/f").uri);
}

TEST(StorageUri, DevPathsStayInTheDevNameSpace) {
  for (const char* text : {"dev:/dev/../etc/passwd", "dev:/dev/dsk/..", "dev:../dsk/c9t0d0", "dev:/dev/./dsk/c9t0d0"}) {
    const auto parsed = parse_storage_uri(text);
    EXPECT_FALSE(parsed.uri) << text;
    EXPECT_EQ(parsed.error, std::string(text) + ": not a valid storage URI; expected a device path in the /dev name "
                                                "space, without . or .. components");
  }
  EXPECT_TRUE(parse_storage_uri("dev:/dev/dsk/c9t0d0..1").uri);
  EXPECT_TRUE(parse_storage_uri("dev:/dev/zvol/dsk/rpool/VARSHARE/zones/kz/disk0").uri);
}

TEST(StorageUri, LuAndUnknownScheme) {
  EXPECT_TRUE(parse_storage_uri("lu:luname.naa.600144f0").uri);
  EXPECT_FALSE(parse_storage_uri("lu:disk").uri);
  auto parsed = parse_storage_uri("/dev/dsk/c9t0d0");
  EXPECT_FALSE(parsed.uri);
  EXPECT_NE(parsed.error.find("expected"), std::string::npos);
}

}  // namespace
}  // namespace kzsim::zones
