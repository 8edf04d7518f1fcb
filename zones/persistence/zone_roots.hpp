#pragma once
// The roots of a persistent world's solaris-brand zones as real directories, so that a tool on
// the real host that writes into ZONEPATH/root (community.general.solaris_zone: etc/shadow,
// etc/ssh/ssh_host_*_key after an install) finds them. A solaris-brand zone's root lives in the
// global zone's file system (a kernel zone's lives on its own disks, out of the host's sight).
//
// The world directory keeps each root in zone-roots/HOST/ZONE/root from the zone's install until
// the zone is deleted; the zone's zonepath shows it: a symbolic link at the zonepath, made only
// where the real host has the zonepath's parent directory and nothing at the zonepath itself,
// and removed with the root (only while it still points there).
#include <filesystem>

namespace kzsim::zones {
class World;
}

namespace kzsim::zones::persistence {

void sync_zone_roots(const World& world, const std::filesystem::path& world_directory);

}  // namespace kzsim::zones::persistence
