// dladm show-phys inside a kernel zone: the links its anets give it, with the VNICs and VLAN
// links the guest made over them as their clients (guest_dladm_links.cpp makes them), as the guide's listings
// show them for each pairing of host and guest release (11.4 guests list anet ids, VF devices
// and the zvnet standby; an 11.3 guest lists its device only). --json (kzsim): a row a line of
// the listing keyed by its header (zones/host_commands/listing.hpp), multi-valued fields whole,
// the link named on every row of -m and -v (their text names it on its first line only).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <sstream>

#include "zones/devices/guest_commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/network/anet_links.hpp"
#include "zones/guest/guest_system.hpp"
#include "zones/network/columns.hpp"
#include "zones/network/guest_dladm_links.hpp"
#include "zones/network/guest_links.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage =
    "usage: dladm show-phys [-i | -m | -v | -o FIELD,...] [LINK]\n"
    "       dladm {create-vnic | create-vlan | delete-vnic | delete-vlan | show-vnic | show-link} ...";
const catalog::Version kRelease114{{11, 4}};

struct GuestLink {
  const AnetLink& anet;
  bool host_114 = true;
  bool guest_114 = true;
  int speed_mbps = 0;  // the lower link's

  std::string name() const { return fmt::format("net{}", anet.guest_index); }
  // kzsim model after the guide's 11.4-host/11.3-guest listing: the 11.3 VF driver stays down.
  bool down() const { return (!guest_114 && !anet.vf_device.empty()) || anet.state != "up"; }
};

struct Field {
  std::string_view name;
  std::string_view header;
  int width;
  std::string (*value)(const GuestLink&);
};

std::string listed(const std::vector<std::string>& items) {
  return items.empty() ? "--" : fmt::format("{}", fmt::join(items, ","));
}

const std::vector<Field>& fields() {
  static const std::vector<Field> table{
      {"link", "LINK", 14, [](const GuestLink& link) { return link.name(); }},
      {"media", "MEDIA", 11, [](const GuestLink& link) { return link.anet.media; }},
      {"state", "STATE", 11, [](const GuestLink& link) { return std::string(link.down() ? "down" : link.anet.state); }},
      {"speed", "SPEED", 7, [](const GuestLink& link) { return std::to_string(link.down() ? 0 : link.speed_mbps); }},
      {"duplex", "DUPLEX", 10, [](const GuestLink& link) { return std::string(link.down() ? "unknown" : "full"); }},
      {"device", "DEVICE", 12,
       [](const GuestLink& link) {
         if (link.guest_114) return fmt::format("vnic{}", 1000 + link.anet.guest_index);
         return link.anet.vf_device.empty() ? fmt::format("zvnet{}", link.anet.guest_index) : link.anet.vf_device;
       }},
      {"id", "ID", 8, [](const GuestLink& link) { return fmt::format("anet:{}", link.anet.anet_id); }},
      {"active", "ACTIVE", 12,
       [](const GuestLink& link) { return link.anet.vf_device.empty() ? std::string("--") : link.anet.vf_device; }},
      {"standby", "STANDBY", 12,
       [](const GuestLink& link) {
         return link.host_114 ? fmt::format("zvnet{}", link.anet.guest_index) : std::string("--");
       }},
      {"allowed-addresses", "ALLOWED-ADDRESSES", 18,
       [](const GuestLink& link) { return listed(link.anet.allowed_mac_prefixes); }},
      {"allowed-vids", "ALLOWED-VIDS", 13, [](const GuestLink& link) { return listed(link.anet.allowed_vids); }},
  };
  return table;
}

// A comma-separated value over several lines of at most `width` characters, each line but the
// last ending in a comma (dladm's multi-valued fields).
std::vector<std::string> wrapped(const std::string& value, std::size_t width) {
  std::vector<std::string> lines{""};
  std::istringstream in(value);
  for (std::string item; std::getline(in, item, ',');) {
    std::string& line = lines.back();
    if (!line.empty() && line.size() + 1 + item.size() > width) {
      line += ',';
      lines.push_back(item);
    } else {
      line += (line.empty() ? "" : ",") + item;
    }
  }
  return lines;
}

using Cells = std::vector<std::vector<std::string>>;

Cells field_cells(const std::vector<const Field*>& chosen, const std::vector<GuestLink>& links) {
  Cells cells;
  for (const auto& link : links) {
    cells.emplace_back();
    for (const Field* field : chosen) cells.back().push_back(field->value(link));
  }
  return cells;
}

std::vector<std::string> headers(const std::vector<const Field*>& chosen) {
  std::vector<std::string> header;
  for (const Field* field : chosen) header.emplace_back(field->header);
  return header;
}

std::string table(const std::vector<const Field*>& chosen, const Cells& values) {
  std::vector<int> widths;
  for (const Field* field : chosen) widths.push_back(field->width);
  const Columns columns(widths);
  std::string text = columns.row(headers(chosen));
  for (const auto& link : values) {
    std::vector<std::vector<std::string>> cells;
    std::size_t height = 1;
    for (std::size_t at = 0; at < chosen.size(); ++at) {
      cells.push_back(wrapped(link[at], chosen[at]->header.size()));
      height = std::max(height, cells.back().size());
    }
    for (std::size_t line = 0; line < height; ++line) {
      std::vector<std::string> row;
      for (const auto& cell : cells) row.push_back(line < cell.size() ? cell[line] : "");
      text += columns.row(row);
    }
  }
  return text;
}

std::optional<std::vector<const Field*>> chosen_fields(std::string_view names, std::string& error) {
  std::vector<const Field*> chosen;
  std::istringstream in{std::string(names)};
  for (std::string name; std::getline(in, name, ',');) {
    auto it = std::find_if(fields().begin(), fields().end(), [&](const Field& field) { return field.name == name; });
    if (it == fields().end()) {
      std::vector<std::string_view> known;
      for (const auto& field : fields()) known.push_back(field.name);
      error = fmt::format("invalid field '{}'; expected some of {}", name, fmt::join(known, ","));
      return std::nullopt;
    }
    chosen.push_back(&*it);
  }
  return chosen;
}

std::vector<const Field*> named(std::initializer_list<std::string_view> names) {
  std::string error;
  return *chosen_fields(fmt::format("{}", fmt::join(names, ",")), error);
}

// The guest's own links over `link` that `uses` picks, as CLIENT lists them ("vnic0,vnic1").
template <class Uses>
std::vector<std::string> clients(const std::vector<GuestDatalink>& made, const GuestLink& link, Uses uses) {
  std::vector<std::string> names;
  for (const GuestDatalink& guest_link : made)
    if (guest_link.over == link.name() && uses(guest_link)) names.push_back(guest_link.name);
  return names;
}

// A row of -m or -v: in use by the clients named, or not ("no", "--").
std::vector<std::string> use_row(std::string link, std::string what, std::vector<std::string> names) {
  return {std::move(link), std::move(what), names.empty() ? "no" : "yes", listed(names)};
}

// -m: the primary address, in use by the link itself, and one slot per mac resource, in use by
// the VNIC made inside the guest that holds it.
Cells addresses(const std::vector<GuestLink>& links, const std::vector<GuestDatalink>& made) {
  Cells cells;
  for (const auto& link : links) {
    cells.push_back({link.name(), "primary", link.anet.mac, "yes", link.name()});
    for (std::size_t slot = 0; slot < link.anet.extra_macs.size(); ++slot) {
      const std::string& mac = link.anet.extra_macs[slot];
      auto row = use_row(link.name(), std::to_string(slot + 1),
                         clients(made, link, [&](const GuestDatalink& guest_link) { return guest_link.mac == mac; }));
      row.insert(row.begin() + 2, mac);
      cells.push_back(std::move(row));
    }
  }
  return cells;
}

// -v: the VLAN ids passed through to each link, highest first as the guide lists them, each in
// use by the VNICs and VLAN links made inside the guest with that id (guide Example 2-16).
Cells vlans(const std::vector<GuestLink>& links, const std::vector<GuestDatalink>& made) {
  Cells cells;
  for (const auto& link : links) {
    auto vids = link.anet.extra_vids;
    std::sort(vids.rbegin(), vids.rend());
    for (int vid : vids)
      cells.push_back(use_row(link.name(), std::to_string(vid),
                              clients(made, link, [&](const GuestDatalink& guest_link) { return guest_link.vid == vid; })));
  }
  return cells;
}

// -m and -v: a row a slot or VLAN id of a link.
void print_per_link(const shell::Invocation& call, bool json, const Columns& columns, const std::vector<std::string>& header,
                    const Cells& cells) {
  print_listing(call, json, table_rows(header, cells), [&](const Listing& rows) {
    std::string text = columns.row(header), previous;
    for (const ListingRow& row : rows) {
      std::vector<std::string> texts = cell_texts(row);
      const std::string link = texts.front();
      if (link == previous) texts.front().clear();
      previous = link;
      text += columns.row(texts);
    }
    return text;
  });
}

void print_fields(const shell::Invocation& call, bool json, const std::vector<const Field*>& chosen,
                  const std::vector<GuestLink>& links) {
  const Cells cells = field_cells(chosen, links);
  call.out(json ? listing_json(table_rows(headers(chosen), cells)) : table(chosen, cells));
}

int run_guest_dladm(GuestCommandContext& guest) {
  auto& call = guest.call;
  const bool json = take_json_option(call.args);
  const std::string subcommand = call.args.size() > 1 ? call.args[1] : "";
  if (subcommand != "show-phys" && !is_guest_link_subcommand(subcommand)) {
    call.err(fmt::format("dladm: subcommand '{}' is not modelled in a kernel zone\n{}\n", subcommand, kUsage));
    return 1;
  }
  auto datalinks = load_datalinks(guest.host.host);
  if (!datalinks.links) {
    call.err(fmt::format("dladm: {}\n", datalinks.error));
    return 1;
  }
  const auto anets = zone_anet_links(guest.host.host, *datalinks.links, guest.zone);
  if (subcommand != "show-phys") return run_guest_link_subcommand(guest, json, anets, *datalinks.links);
  auto options = parse_options(call, "imv", "o", kUsage, 2);
  if (!options) return 1;
  const auto made = guest_datalinks(guest_system(guest.host.host, guest.zone));
  std::vector<GuestLink> links;
  for (const auto& anet : anets) {
    GuestLink link{anet, !(guest.host.host.os < kRelease114), !(guest.zone.guest_os < kRelease114),
                   datalinks.links->speed_mbps(anet.over)};
    if (options->operands.empty() || options->operands.front() == link.name()) links.push_back(link);
  }
  if (links.empty() && !options->operands.empty()) {
    call.err(fmt::format("dladm: link '{}' does not exist; expected a link of this zone (net0...)\n",
                         options->operands.front()));
    return 1;
  }
  const bool guest_114 = !(guest.zone.guest_os < kRelease114);
  if (!guest_114 || (!options->has('i') && !options->has('m') && !options->has('v') && !options->values.contains('o'))) {
    print_fields(call, json, named({"link", "media", "state", "speed", "duplex", "device"}), links);
  } else if (options->has('i')) {
    print_fields(call, json, named({"link", "media", "id", "device", "active", "standby"}), links);
  } else if (options->has('m')) {
    print_per_link(call, json, Columns({10, 10, 17, 6}), {"LINK", "SLOT", "ADDRESS", "INUSE", "CLIENT"}, addresses(links, made));
  } else if (options->has('v')) {
    print_per_link(call, json, Columns({6, 5, 7}), {"LINK", "VID", "INUSE", "CLIENT"}, vlans(links, made));
  } else {
    std::string error;
    auto chosen = chosen_fields(options->values.at('o'), error);
    if (!chosen) {
      call.err(fmt::format("dladm: {}\n", error));
      return 1;
    }
    print_fields(call, json, *chosen, links);
  }
  return 0;
}

const bool registered = register_guest_command("dladm", run_guest_dladm);

}  // namespace

}  // namespace kzsim::zones
