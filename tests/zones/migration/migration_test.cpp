#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"
#include "zones/migration/ciphers.hpp"
#include "zones/migration/migration_uri.hpp"
#include "zones/migration/precopy.hpp"

namespace kzsim::zones {
namespace {

TEST(MigrationUri, BareHostIsRadsAsCurrentUserOnPort12302) {
  const auto parsed = parse_migration_uri("global2", "jdoe");
  ASSERT_TRUE(parsed.uri) << parsed.error;
  EXPECT_EQ(parsed.uri->scheme, "rads");
  EXPECT_EQ(parsed.uri->user, "jdoe");
  EXPECT_EQ(parsed.uri->port, kRadPort);
}

TEST(MigrationUri, SchemeUserAndPort) {
  const auto parsed = parse_migration_uri("rads://root@target-host:12345", "jdoe");
  ASSERT_TRUE(parsed.uri) << parsed.error;
  EXPECT_EQ(parsed.uri->user, "root");
  EXPECT_EQ(parsed.uri->host, "target-host");
  EXPECT_EQ(parsed.uri->port, 12345);
  EXPECT_TRUE(parse_migration_uri("ssh://global2", "root").uri->uses_ssh());
}

TEST(MigrationUri, RefusalsNameTheText) {
  EXPECT_NE(parse_migration_uri("http://global2", "root").error.find("http://global2: unknown scheme"), std::string::npos);
  EXPECT_FALSE(parse_migration_uri("ssh://global2:99999", "root").uri);
  EXPECT_FALSE(parse_migration_uri("ssh://", "root").uri);
}

TEST(Ciphers, Example59DestinationDoesNotSupportCbc) {
  const auto model = testing::sparc_model();
  Host source = testing::host_on(model, "global1"), target = testing::host_on(model, "global2");
  const auto choice = choose_cipher(source, target, "kzone1", "aes-128-cbc");
  EXPECT_EQ(choice.error,
            "zoneadm: zone 'kzone1': cipher aes-128-cbc not supported by source\n"
            "zoneadm: zone 'kzone1': source supports: aes-128-ccm aes-128-gcm none\n");
  source.os = catalog::Version{{11, 3}};
  EXPECT_EQ(choose_cipher(source, target, "kzone1", "aes-128-cbc").error,
            "zoneadm: zone 'kzone1': cipher aes-128-cbc not supported by destination\n"
            "zoneadm: zone 'kzone1': destination supports: aes-128-ccm aes-128-gcm\n");
}

TEST(Ciphers, NegotiationPicksTheFirstCommonCipherAndListShowsBoth) {
  const auto model = testing::sparc_model();
  Host source = testing::host_on(model, "global1"), target = testing::host_on(model, "global2");
  EXPECT_EQ(choose_cipher(source, target, "kz", "").cipher, "aes-128-ccm");
  EXPECT_EQ(choose_cipher(source, target, "kz", "none").cipher, "none");
  target.os = catalog::Version{{11, 2}};
  EXPECT_EQ(cipher_listing(source, target), "source ciphers: aes-128-ccm aes-128-gcm none\ndestination ciphers: aes-128-cbc\n");
  EXPECT_FALSE(choose_cipher(source, target, "kz", "").error.empty());
}

TEST(Precopy, ConvergesWhenTheDirtySetFitsTheDowntimeLimit) {
  Precopy copy(8 * GiB, 64.0 * MiB, {1.25e9, std::chrono::microseconds(100)});
  while (!copy.converged()) copy.next_round();
  EXPECT_GT(copy.rounds(), 1);
  EXPECT_LE(copy.downtime(), kDefaultDowntimeLimit);
  EXPECT_GE(copy.bytes_sent(), 8 * GiB);
}

TEST(Precopy, NeverConvergesWhenTheGuestDirtiesFasterThanTheLink) {
  Precopy copy(8 * GiB, 2.0 * GiB, {1.25e8, std::chrono::microseconds(100)});
  for (int round = 0; round < kMaxPrecopyRounds; ++round) copy.next_round();
  EXPECT_FALSE(copy.converged());
}

}  // namespace
}  // namespace kzsim::zones
