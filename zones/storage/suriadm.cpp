// suriadm: parse, check, map and unmap storage URIs and look up their mappings (suriadm(8);
// no transcript of it is sourced, so the listings follow its PROPERTY/VALUE style, see
// tests/scenarios/devices/README.md).
//   suriadm parse [-H] URI            the URI's properties
//   suriadm check URI                 silent when the URI is valid and its storage reachable
//   suriadm lookup-mapping [-H] URI   the device it is mapped to
//   suriadm lookup-uri DEVICE         the URIs that name a device, one a line
//   suriadm map [-p mountpoint-prefix=PATH] URI
//   suriadm unmap URI
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/network/columns.hpp"
#include "zones/storage/suri_mapping.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage =
    "usage:\n"
    "\tsuriadm check uri\n"
    "\tsuriadm lookup-mapping [-H] uri\n"
    "\tsuriadm lookup-uri device\n"
    "\tsuriadm map [-p mountpoint-prefix=path] uri\n"
    "\tsuriadm parse [-H] uri\n"
    "\tsuriadm unmap uri\n";

struct Request {
  CommandContext& context;
  std::string_view subcommand;
  Options options;
  bool json;  // --json (kzsim): rows {"property", "value"}
  std::string uri_text;
  StorageUri uri;

  int refuse(std::string_view why) const {
    context.call.err(fmt::format("suriadm: {}: {}: {}\n", subcommand, uri_text, why));
    return 1;
  }
  int print(const std::vector<std::pair<std::string, std::string>>& properties) const {
    std::vector<std::vector<std::string>> rows;
    for (const auto& [property, value] : properties) rows.push_back({property, value});
    print_table(context.call, json, Columns({18}), {"PROPERTY", "VALUE"}, rows, !options.has('H'));
    return 0;
  }
};

// iscsi: luname.naa.ID or target.IQN,lun.N; lu: [initiator.ID,target.ID,]luname.naa.ID.
void add_lu_names(std::string_view path, std::vector<std::pair<std::string, std::string>>& properties) {
  while (!path.empty()) {
    const auto comma = path.find(',');
    const std::string_view part = path.substr(0, comma);
    const auto dot = part.find('.');
    properties.emplace_back(std::string(part.substr(0, dot)), std::string(part.substr(dot + 1)));
    path = comma == std::string_view::npos ? "" : path.substr(comma + 1);
  }
}

int parse(const Request& request) {
  const StorageUri& uri = request.uri;
  std::vector<std::pair<std::string, std::string>> properties{{"uri-type", uri.scheme}};
  if (uri.scheme == "nfs") properties.insert(properties.end(), {{"user", uri.user}, {"group", uri.group}});
  if (!uri.host.empty()) properties.emplace_back("host", uri.host);
  if (uri.port) properties.emplace_back("port", std::to_string(*uri.port));
  if (uri.scheme == "nfs") {
    // The guide's names: nfs://user:group@host[:port]/nfs-share-path/file.
    const auto slash = uri.path.rfind('/');
    properties.emplace_back("nfs-share-path", slash == 0 ? "/" : uri.path.substr(0, slash));
    properties.emplace_back("file", uri.path.substr(slash + 1));
  } else if (uri.scheme == "dev") {
    properties.emplace_back("path", uri.path);
  } else {
    add_lu_names(uri.path, properties);
  }
  return request.print(properties);
}

// Why `host` cannot use the URI's storage, or "".
std::string unreachable(const Request& request) {
  if (!request.uri.shared) return {};
  const World& world = request.context.world;
  if (world.find_storage(request.uri_text) == nullptr) return "no such storage; expected an existing LU or NFS file";
  if (!world.storage_reachable(request.uri_text, request.context.host.name))
    return fmt::format("storage is not reachable from {}", request.context.host.name);
  return {};
}

int check(const Request& request) {
  const std::string why = unreachable(request);
  return why.empty() ? 0 : request.refuse(why);
}

std::optional<SuriMapping> mapping_of(const Request& request) {
  if (request.uri.scheme == "dev") return SuriMapping{mapped_device(request.uri, ""), ""};
  return find_mapping(request.context.host, request.uri_text);
}

int lookup_mapping(const Request& request) {
  const auto mapping = mapping_of(request);
  if (!mapping) return request.refuse("URI is not mapped; expected suriadm map first");
  return request.print({{"mapped-dev", mapping->device}});
}

int map(const Request& request) {
  std::string prefix(kDefaultMountpointPrefix);
  if (const auto property = request.options.values.find('p'); property != request.options.values.end()) {
    constexpr std::string_view kName = "mountpoint-prefix=";
    if (!property->second.starts_with(kName) || property->second.size() == kName.size() ||
        property->second[kName.size()] != '/')
      return request.refuse(fmt::format("-p {}: expected mountpoint-prefix=ABSOLUTE-PATH", property->second));
    if (request.uri.scheme != "nfs") return request.refuse("mountpoint-prefix applies to nfs URIs only");
    prefix = property->second.substr(kName.size());
  }
  if (const auto mapping = mapping_of(request))
    return request.refuse(fmt::format("URI is already mapped to {}", mapping->device));
  if (const std::string why = unreachable(request); !why.empty()) return request.refuse(why);
  add_mapping(request.context.host, request.uri_text, mapped_device(request.uri, prefix));
  return 0;
}

int unmap(const Request& request) {
  if (request.uri.scheme == "dev") return request.refuse("a dev: URI is always mapped; expected an nfs, iscsi or lu URI");
  const auto mapping = mapping_of(request);
  if (!mapping) return request.refuse("URI is not mapped");
  if (!mapping->zone.empty())
    return request.refuse(fmt::format("URI is in use by zone {}; expected the zone halted first", mapping->zone));
  remove_mapping(request.context.host, request.uri_text);
  return 0;
}

// The operand is a device path, not a URI; --json (kzsim) lists rows {"uri"}.
int lookup_uri(CommandContext& context, const std::string& device, bool json) {
  if (!device.starts_with("/dev/") && !device.starts_with("/system/volatile/")) {
    context.call.err(fmt::format("suriadm: lookup-uri: {}: expected a device path such as /dev/dsk/c0t...d0\n", device));
    return 1;
  }
  std::vector<std::vector<std::string>> rows;
  for (const std::string& uri : uris_of_device(context.host, device)) rows.push_back({uri});
  if (rows.empty()) {
    context.call.err(fmt::format("suriadm: lookup-uri: {}: no storage URI names this device\n", device));
    return 1;
  }
  print_table(context.call, json, Columns({}), {"URI"}, rows, false);
  return 0;
}

struct Subcommand {
  std::string_view name;
  std::string_view flags;
  std::string_view with_value;
  int (*run)(const Request&);  // nullptr: lookup-uri, whose operand is a device
};

constexpr Subcommand kSubcommands[] = {{"check", "", "", check},
                                       {"lookup-mapping", "H", "", lookup_mapping},
                                       {"lookup-uri", "", "", nullptr},
                                       {"map", "", "p", map},
                                       {"parse", "H", "", parse},
                                       {"unmap", "", "", unmap}};

int run_suriadm(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  const Subcommand* subcommand = nullptr;
  for (const Subcommand& candidate : kSubcommands)
    if (call.args.size() > 1 && call.args[1] == candidate.name) subcommand = &candidate;
  if (subcommand == nullptr) {
    call.err(fmt::format("suriadm: {}expected a subcommand\n{}",
                         call.args.size() > 1 ? fmt::format("unknown subcommand '{}'; ", call.args[1]) : "", kUsage));
    return 2;
  }
  auto options = parse_options(call, subcommand->flags, subcommand->with_value, kUsage, 2);
  if (!options) return 2;
  if (options->operands.size() != 1) {
    call.err(fmt::format("suriadm: {}: expected exactly one {}\n{}", subcommand->name,
                         subcommand->run ? "URI" : "device", kUsage));
    return 2;
  }
  if (!subcommand->run) return lookup_uri(context, options->operands.front(), json);
  const auto parsed = parse_storage_uri(options->operands.front());
  if (!parsed.uri) {
    call.err(fmt::format("suriadm: {}: {}\n", subcommand->name, parsed.error));
    return 1;
  }
  const Request request{context, subcommand->name, *options, json, options->operands.front(), *parsed.uri};
  return subcommand->run(request);
}

const bool registered = register_command("suriadm", run_suriadm);

}  // namespace

}  // namespace kzsim::zones
