// zpool list inside a kernel zone, in the columns of Solaris 11 zpool(8): NAME SIZE ALLOC FREE
// CAP DEDUP HEALTH ALTROOT, each padded to its widest cell (sizes and the dedup ratio to at least
// five characters, as zpool's fixed-width number columns), numbers right-aligned, two blanks
// between columns; -H prints no header and separates cells with a tab; -o picks columns.
// --json (kzsim): a row a pool keyed by the columns shown, sizes in bytes, CAP a percentage.
#include "zones/devices/zpool_list.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "zones/devices/zone_disks.hpp"
#include "zones/devices/zpool_pools.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

// kzsim model; the guide shows no zpool list. A zvol is the default root disk, which guide ch.2
// gives as 16 GB (install -x install-size is not kept); the allocations are the simulator's
// figures: rpool holds the installed image, a pool zpool create made holds only its metadata.
constexpr Bytes kZvolSize = 16 * GiB;
constexpr Bytes kRootPoolAllocated = 4 * GiB;
constexpr Bytes kNewPoolAllocated = 80 * KiB;

struct Column {
  std::string_view key;  // the -o field and the JSON key
  std::string_view header;
  bool right = false;
  std::size_t min_width = 0;
  std::string_view long_name = {};  // zpool's property name, when the column's is short for it
};

constexpr Column kColumns[] = {
    {"name", "NAME"},
    {"size", "SIZE", true, 5},
    {"alloc", "ALLOC", true, 5, "allocated"},
    {"free", "FREE", true, 5},
    {"cap", "CAP", true, 0, "capacity"},
    {"dedup", "DEDUP", true, 5, "dedupratio"},
    {"health", "HEALTH"},
    {"altroot", "ALTROOT"},
};

// A disk's size: a zvol's the default root disk's, a lofi device's its file's, shared storage's
// what the scenario gives; nothing when unknown (an empty CD-ROM, storage of no given size).
std::optional<Bytes> disk_size(const World& world, const Host& host, const ZoneDisk& disk) {
  if (disk.lofi) {
    if (disk.lofi->file.empty()) return std::nullopt;
    return host.files.read(disk.lofi->file).value_or("").size();
  }
  if (disk.storage.empty() || disk.storage.starts_with("dev:/dev/zvol/")) return kZvolSize;
  const SharedStorage* shared = world.find_storage(disk.storage);
  return shared != nullptr && shared->size > 0 ? std::optional<Bytes>(shared->size) : std::nullopt;
}

// A mirror is as large as its smallest disk; other pools stripe over all of theirs.
std::optional<Bytes> pool_size(const GuestCommandContext& guest, const ZonePool& pool) {
  const auto disks = zone_disks(guest.host.host, guest.zone);
  std::vector<Bytes> sizes;
  for (const std::string& name : pool.disks) {
    const auto disk = std::ranges::find(disks, name, &ZoneDisk::name);
    const auto size = disk == disks.end() ? std::nullopt : disk_size(guest.host.world, guest.host.host, *disk);
    if (!size) return std::nullopt;
    sizes.push_back(*size);
  }
  if (sizes.empty()) return std::nullopt;
  if (pool.mirrored) return std::ranges::min(sizes);
  Bytes total = 0;
  for (Bytes size : sizes) total += size;
  return total;
}

ListingRow pool_row(const GuestCommandContext& guest, const ZonePool& pool) {
  const auto size = pool_size(guest, pool);
  ListingRow row = {{"name", pool.name}, {"size", nullptr}, {"alloc", nullptr}, {"free", nullptr}, {"cap", nullptr},
                    {"dedup", 1.0},      {"health", "ONLINE"}, {"altroot", nullptr}};
  if (size) {
    const Bytes allocated = std::min(*size, pool.name == kRootPool ? kRootPoolAllocated : kNewPoolAllocated);
    row["size"] = *size;
    row["alloc"] = allocated;
    row["free"] = *size - allocated;
    row["cap"] = *size == 0 ? 0 : allocated * 100 / *size;
  }
  return row;
}

// zfs_nicenum: a whole number of the largest binary unit it reaches, else the most decimals
// (two, one, none) that keep it within five characters.
std::string nicenum(Bytes bytes) {
  static constexpr std::string_view units = " KMGTPE";
  std::size_t index = 0;
  for (Bytes n = bytes; n >= 1024 && index + 1 < units.size(); n /= 1024) ++index;
  if (index == 0) return std::to_string(bytes);
  const Bytes scale = Bytes{1} << (10 * index);
  if (bytes % scale == 0) return fmt::format("{}{}", bytes / scale, units[index]);
  std::string text;
  for (int decimals = 2; decimals >= 0; --decimals) {
    text = fmt::format("{:.{}f}{}", static_cast<double>(bytes) / static_cast<double>(scale), decimals, units[index]);
    if (text.size() <= 5) break;
  }
  return text;
}

std::string cell(std::string_view key, const nlohmann::ordered_json& value) {
  if (value.is_null()) return "-";
  if (key == "size" || key == "alloc" || key == "free") return nicenum(value.get<Bytes>());
  if (key == "cap") return fmt::format("{}%", value.get<Bytes>());
  if (key == "dedup") return fmt::format("{:.2f}x", value.get<double>());
  return cell_text(value);
}

const Column* column_named(std::string_view field) {
  const auto found = std::ranges::find_if(kColumns, [&](const Column& c) { return c.key == field || c.long_name == field; });
  return found == std::end(kColumns) ? nullptr : &*found;
}

std::string table(const std::vector<const Column*>& columns, const Listing& rows, bool scripted) {
  std::vector<std::vector<std::string>> lines;
  if (!scripted) {
    lines.emplace_back();
    for (const Column* column : columns) lines.back().emplace_back(column->header);
  }
  for (const ListingRow& row : rows) {
    lines.emplace_back();
    for (const Column* column : columns) lines.back().push_back(cell(column->key, row[std::string(column->key)]));
  }
  std::vector<std::size_t> widths;
  for (std::size_t at = 0; at < columns.size(); ++at) {
    std::size_t width = std::max(columns[at]->min_width, columns[at]->header.size());
    for (const auto& line : lines) width = std::max(width, line[at].size());
    widths.push_back(width);
  }
  std::string text;
  for (const auto& line : lines) {
    for (std::size_t at = 0; at < line.size(); ++at) {
      const bool last = at + 1 == line.size();
      if (scripted) text += line[at] + (last ? "" : "\t");
      else if (columns[at]->right) text += fmt::format("{:>{}}", line[at], widths[at]) + (last ? "" : "  ");
      else text += last ? line[at] : fmt::format("{:<{}}  ", line[at], widths[at]);
    }
    text += '\n';
  }
  return text;
}

}  // namespace

int zpool_list(GuestCommandContext& guest, std::string_view usage) {
  shell::Invocation& call = guest.call;
  const bool json = take_json_option(call.args);
  const auto options = parse_options(call, "H", "o", fmt::format("zpool: {}", usage), 2);
  if (!options) return 2;
  std::vector<const Column*> columns;
  const std::string fields = options->values.contains('o') ? options->values.at('o') : "";
  for (std::size_t at = 0; at <= fields.size() && !fields.empty();) {
    const std::size_t end = std::min(fields.find(',', at), fields.size());
    const std::string field = fields.substr(at, end - at);
    const Column* column = column_named(field);
    if (column == nullptr) {
      call.err(fmt::format("zpool: field '{}' is not modelled; expected name, size, alloc, free, cap, dedup, health or "
                           "altroot\n",
                           field));
      return 2;
    }
    columns.push_back(column);
    at = end + 1;
  }
  if (columns.empty())
    for (const Column& column : kColumns) columns.push_back(&column);
  const auto pools = zone_pools(guest.host.host, guest.zone);
  for (const std::string& name : options->operands) {
    if (std::ranges::none_of(pools, [&](const ZonePool& pool) { return pool.name == name; })) {
      call.err(fmt::format("cannot open '{}': no such pool\n", name));
      return 1;
    }
  }
  Listing rows;
  for (const ZonePool& pool : pools) {
    if (!options->operands.empty() && std::ranges::find(options->operands, pool.name) == options->operands.end()) continue;
    const ListingRow full = pool_row(guest, pool);
    ListingRow shown = ListingRow::object();
    for (const Column* column : columns) shown[std::string(column->key)] = full[std::string(column->key)];
    rows.push_back(std::move(shown));
  }
  print_listing(call, json, rows, [&](const Listing& listed) { return table(columns, listed, options->has('H')); });
  return 0;
}

}  // namespace kzsim::zones
