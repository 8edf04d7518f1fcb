#include "zones/persistence/world_codec.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "zones/console/zone_console.hpp"

namespace kzsim::zones::persistence {

namespace {

using nlohmann::json;

constexpr ZoneState kZoneStates[] = {ZoneState::Configured, ZoneState::Incomplete, ZoneState::Installed,
                                     ZoneState::Ready,      ZoneState::Running,    ZoneState::ShuttingDown,
                                     ZoneState::Down,       ZoneState::Unavailable};
constexpr AuxState kAuxStates[] = {AuxState::Suspended, AuxState::MigratingIn, AuxState::MigratingOut,
                                   AuxState::Panicked,  AuxState::Debugging,   AuxState::NoConfig};
// Every Virtualization a saved host can have: a scenario's (kVirtualizations) and a kernel zone's
// own Solaris (zones/guest).
constexpr Virtualization kSavedVirtualizations[] = {Virtualization::BareMetal,   Virtualization::LdomGuest,
                                                    Virtualization::OvmX86Guest, Virtualization::VirtualBox,
                                                    Virtualization::VMware,      Virtualization::Kvm,
                                                    Virtualization::KernelZone};
constexpr ConsoleWait kConsoleWaits[] = {ConsoleWait::Nothing, ConsoleWait::BootMenu, ConsoleWait::OkPrompt,
                                         ConsoleWait::Kmdb};
constexpr Kmdb kKmdbStates[] = {Kmdb::NotLoaded, Kmdb::Loaded, Kmdb::BreakAtBoot};

std::string_view wait_name(ConsoleWait wait) {
  switch (wait) {
    case ConsoleWait::Nothing: return "nothing";
    case ConsoleWait::BootMenu: return "boot-menu";
    case ConsoleWait::OkPrompt: return "ok-prompt";
    case ConsoleWait::Kmdb: return "kmdb";
  }
  return "nothing";
}

std::string_view kmdb_name(Kmdb kmdb) {
  switch (kmdb) {
    case Kmdb::NotLoaded: return "not-loaded";
    case Kmdb::Loaded: return "loaded";
    case Kmdb::BreakAtBoot: return "break-at-boot";
  }
  return "not-loaded";
}

json encode_value(const PropertyValue& value) {
  return value.is_list ? json{{"items", value.items}} : json{{"text", value.text}};
}

json encode_properties(const std::vector<std::pair<std::string, PropertyValue>>& properties) {
  json out = json::array();
  for (const auto& [name, value] : properties) out.push_back({{"name", name}, {"value", encode_value(value)}});
  return out;
}

json encode_resource(const Resource& resource) {
  json children = json::array();
  for (const Resource& child : resource.children) children.push_back(encode_resource(child));
  return {{"type", resource.type}, {"properties", encode_properties(resource.properties)}, {"children", children}};
}

json encode_config(const ZoneConfig& config) {
  json resources = json::array();
  for (const Resource& resource : config.resources) resources.push_back(encode_resource(resource));
  return {{"brand", config.brand}, {"globals", encode_properties(config.globals)}, {"resources", resources}};
}

json encode_console(const ZoneConsole& console, const ContentSink& sink) {
  json environments = json::array();
  for (const BootEnvironment& environment : console.environments)
    environments.push_back({{"title", environment.title}, {"dataset", environment.dataset}});
  return {{"lines", console.lines},
          {"prompt", console.prompt},
          {"waiting", wait_name(console.waiting)},
          {"kmdb", kmdb_name(console.kmdb)},
          {"environments", environments},
          {"chosen_dataset", console.chosen_dataset},
          {"module_report", console.module_report},
          {"kernel", sink.host_file(console.kernel)},
          {"features", console.features},
          {"guest_started", console.guest != nullptr},
          {"booted_at_ns", console.booted_at.count()}};
}

json encode_pools(const std::vector<GuestPool>& pools) {
  json out = json::array();
  for (const GuestPool& pool : pools) out.push_back({{"name", pool.name}, {"disks", pool.disks}});
  return out;
}

json encode_host(const Host& host, const ContentSink& sink);

json encode_zone(const Zone& zone, const ContentSink& sink) {
  json aux = json::array();
  for (AuxState state : zone.aux) aux.push_back(aux_state_name(state));
  return {{"name", zone.name},
          {"id", zone.id},
          {"state", state_name(zone.state)},
          {"aux", aux},
          {"config", encode_config(zone.config)},
          {"live", zone.live ? encode_config(*zone.live) : json(nullptr)},
          {"uuid", zone.uuid},
          {"boot_environment_uuid", zone.boot_environment_uuid},
          {"guest_os", zone.guest_os.text()},
          {"pools", encode_pools(zone.pools)},
          {"backing_page_size", zone.backing_page_size},
          {"console", zone.console ? encode_console(*zone.console, sink) : json(nullptr)},
          {"guest", zone.guest ? encode_host(*zone.guest, sink) : json(nullptr)}};
}

json encode_services(const Services& services) {
  json out = json::array();
  for (const auto& [fmri, service] : services.all())
    out.push_back({{"fmri", service.fmri},
                   {"state", service_state_name(service.state)},
                   {"since_ns", service.since.count()},
                   {"properties", service.properties},
                   {"reason", service.reason},
                   {"description", service.description},
                   {"documentation", service.documentation}});
  return out;
}

json encode_host(const Host& host, const ContentSink& sink) {
  json files = json::object();
  for (const std::string& path : host.files.list("/")) files[path] = sink.host_file(*host.files.read(path));
  json zones = json::array();
  for (const auto& [name, zone] : host.zones) zones.push_back(encode_zone(zone, sink));
  json ended_processes = json::array();
  for (const auto& [pid, when] : host.ended_processes) ended_processes.push_back({{"pid", pid}, {"at_ns", when.count()}});
  json accounts = json::array();
  for (const auto& [name, account] : host.accounts.all())
    accounts.push_back({{"name", account.name}, {"profiles", account.profiles}, {"auths", account.auths}});
  return {{"name", host.name},
          {"model", host.model->id},
          {"firmware", host.firmware.text()},
          {"bios", host.bios},
          {"microcode_compatible", host.microcode_compatible},
          {"os", host.os.text()},
          {"memory", host.memory},
          {"cores", host.cores},
          {"virtualization", virtualization_name(host.virtualization)},
          {"packages", host.packages},
          {"services", encode_services(host.services)},
          {"files", files},
          {"directories", host.files.made_directories()},
          {"zones", zones},
          {"accounts", accounts},
          {"hostid", host.hostid},
          {"rng", host.rng.state()},
          {"up", host.up},
          {"ended_processes", ended_processes}};
}

json encode_fault(SimDuration at, const scenario::FaultStep& fault) {
  json out = {{"at_ns", at.count()}, {"kind", fault.kind}};
  if (fault.between) out["between"] = {fault.between->first, fault.between->second};
  if (fault.host) out["host"] = *fault.host;
  if (fault.uri) out["uri"] = *fault.uri;
  return out;
}

// Reads the document with the place of each value, so that a refusal names the field.
class Decoder {
 public:
  Decoder(const ContentSource& source, std::string where) : source_(source), where_(std::move(where)) {}

  [[noreturn]] void refuse(const std::string& path, std::string_view expected) const {
    throw InputError(fmt::format("{}: {}: expected {}", where_, path, expected));
  }

  const json& at(const json& object, std::string_view key, const std::string& path) const {
    if (!object.is_object()) refuse(path, "an object");
    const auto found = object.find(key);
    if (found == object.end()) refuse(fmt::format("{}.{}", path, key), "a value (the field is missing)");
    return *found;
  }

  template <typename T>
  T get(const json& object, std::string_view key, const std::string& path) const {
    const json& value = at(object, key, path);
    try {
      return value.get<T>();
    } catch (const json::exception&) {
      refuse(fmt::format("{}.{}", path, key), fmt::format("a value of type {}", type_of<T>()));
    }
  }

  const json& array(const json& object, std::string_view key, const std::string& path) const {
    const json& value = at(object, key, path);
    if (!value.is_array()) refuse(fmt::format("{}.{}", path, key), "an array");
    return value;
  }

  template <typename Enum, std::size_t N, typename Name>
  Enum named(const json& object, std::string_view key, const std::string& path, const Enum (&values)[N], Name name) const {
    const auto text = get<std::string>(object, key, path);
    for (Enum value : values)
      if (name(value) == text) return value;
    refuse(fmt::format("{}.{}", path, key), fmt::format("a known name, not '{}'", text));
  }

  catalog::Version version(const json& object, std::string_view key, const std::string& path) const {
    const auto text = get<std::string>(object, key, path);
    if (text.empty()) return {};
    if (auto parsed = catalog::Version::parse(text)) return *parsed;
    refuse(fmt::format("{}.{}", path, key), fmt::format("a dotted version, not '{}'", text));
  }

  std::string content(const std::string& name) const { return source_(name); }

 private:
  template <typename T>
  static std::string_view type_of() {
    if constexpr (std::is_same_v<T, std::string>) return "string";
    else if constexpr (std::is_same_v<T, bool>) return "boolean";
    else if constexpr (std::is_arithmetic_v<T>) return "number";
    else return "list or map";
  }

  const ContentSource& source_;
  std::string where_;
};

PropertyValue decode_value(const Decoder& in, const json& value, const std::string& path) {
  PropertyValue out;
  if (value.is_object() && value.contains("items")) {
    out.is_list = true;
    out.items = in.get<std::vector<std::string>>(value, "items", path);
  } else {
    out.text = in.get<std::string>(value, "text", path);
  }
  return out;
}

std::vector<std::pair<std::string, PropertyValue>> decode_properties(const Decoder& in, const json& list,
                                                                     const std::string& path) {
  std::vector<std::pair<std::string, PropertyValue>> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string here = fmt::format("{}[{}]", path, i);
    out.emplace_back(in.get<std::string>(list[i], "name", here), decode_value(in, in.at(list[i], "value", here), here + ".value"));
  }
  return out;
}

Resource decode_resource(const Decoder& in, const json& value, const std::string& path) {
  Resource out;
  out.type = in.get<std::string>(value, "type", path);
  out.properties = decode_properties(in, in.array(value, "properties", path), path + ".properties");
  const json& children = in.array(value, "children", path);
  for (std::size_t i = 0; i < children.size(); ++i)
    out.children.push_back(decode_resource(in, children[i], fmt::format("{}.children[{}]", path, i)));
  return out;
}

ZoneConfig decode_config(const Decoder& in, const json& value, const std::string& path) {
  ZoneConfig out;
  out.brand = in.get<std::string>(value, "brand", path);
  out.globals = decode_properties(in, in.array(value, "globals", path), path + ".globals");
  const json& resources = in.array(value, "resources", path);
  for (std::size_t i = 0; i < resources.size(); ++i)
    out.resources.push_back(decode_resource(in, resources[i], fmt::format("{}.resources[{}]", path, i)));
  return out;
}

std::shared_ptr<ZoneConsole> decode_console(const Decoder& in, const Host& host, const json& value,
                                            const std::string& path) {
  auto out = std::make_shared<ZoneConsole>();
  out->lines = in.get<std::vector<std::string>>(value, "lines", path);
  out->prompt = in.get<std::string>(value, "prompt", path);
  out->waiting = in.named(value, "waiting", path, kConsoleWaits, wait_name);
  // Worlds saved before kmdb have no field: their zones booted without it.
  if (value.contains("kmdb")) out->kmdb = in.named(value, "kmdb", path, kKmdbStates, kmdb_name);
  const json& environments = in.array(value, "environments", path);
  for (std::size_t i = 0; i < environments.size(); ++i) {
    const std::string here = fmt::format("{}.environments[{}]", path, i);
    out->environments.push_back(
        {in.get<std::string>(environments[i], "title", here), in.get<std::string>(environments[i], "dataset", here)});
  }
  out->chosen_dataset = in.get<std::string>(value, "chosen_dataset", path);
  // Worlds saved before verified boot have no report and booted the kernel the build made.
  if (value.contains("module_report"))
    out->module_report = in.get<std::vector<std::string>>(value, "module_report", path);
  out->kernel = value.contains("kernel") ? in.content(in.get<std::string>(value, "kernel", path))
                                         : firmware::built_module(firmware::ModuleImage::Kernel, host.arch()).bytes;
  out->features = in.get<std::vector<std::string>>(value, "features", path);
  out->booted_at = SimDuration(in.get<std::int64_t>(value, "booted_at_ns", path));
  return out;
}

std::vector<GuestPool> decode_pools(const Decoder& in, const json& list, const std::string& path) {
  std::vector<GuestPool> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string here = fmt::format("{}[{}]", path, i);
    out.push_back({in.get<std::string>(list[i], "name", here), in.get<std::vector<std::string>>(list[i], "disks", here)});
  }
  return out;
}

Host decode_host(const Decoder& in, const json& value, const std::string& path);

Zone decode_zone(const Decoder& in, const Host& host, const json& value, const std::string& path) {
  Zone out;
  out.name = in.get<std::string>(value, "name", path);
  out.id = in.get<int>(value, "id", path);
  out.state = in.named(value, "state", path, kZoneStates, state_name);
  const json& aux = in.array(value, "aux", path);
  for (std::size_t i = 0; i < aux.size(); ++i) {
    const json wrapped = {{"aux", aux[i]}};
    out.aux.insert(in.named(wrapped, "aux", fmt::format("{}.aux[{}]", path, i), kAuxStates, aux_state_name));
  }
  out.config = decode_config(in, in.at(value, "config", path), path + ".config");
  if (const json& live = in.at(value, "live", path); !live.is_null()) out.live = decode_config(in, live, path + ".live");
  out.uuid = in.get<std::string>(value, "uuid", path);
  // Worlds saved before boot environment UUIDs have no field: attach or boot gives one.
  if (value.contains("boot_environment_uuid"))
    out.boot_environment_uuid = in.get<std::string>(value, "boot_environment_uuid", path);
  out.guest_os = in.version(value, "guest_os", path);
  // Worlds saved before guest pools have no field: their zones had only rpool.
  if (value.contains("pools")) out.pools = decode_pools(in, in.array(value, "pools", path), path + ".pools");
  out.backing_page_size = in.get<Bytes>(value, "backing_page_size", path);
  if (const json& console = in.at(value, "console", path); !console.is_null()) {
    out.console = decode_console(in, host, console, path + ".console");
    if (in.get<bool>(console, "guest_started", path + ".console")) resume_guest_kernel(host, *out.console);
  }
  // Worlds saved before zones/guest have no field: nothing inside the zone had been used.
  if (value.contains("guest") && !value["guest"].is_null())
    out.guest = std::make_shared<Host>(decode_host(in, value["guest"], path + ".guest"));
  return out;
}

Services decode_services(const Decoder& in, const json& list, const std::string& path) {
  Services out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string here = fmt::format("{}[{}]", path, i);
    Service service;
    service.fmri = in.get<std::string>(list[i], "fmri", here);
    const auto state = in.get<std::string>(list[i], "state", here);
    const auto parsed = parse_service_state(state);
    if (!parsed) in.refuse(here + ".state", fmt::format("an SMF state, not '{}'", state));
    service.state = *parsed;
    service.since = SimDuration(in.get<std::int64_t>(list[i], "since_ns", here));
    service.properties = in.get<std::map<std::string, std::map<std::string, std::string>>>(list[i], "properties", here);
    service.reason = in.get<std::string>(list[i], "reason", here);
    service.description = in.get<std::string>(list[i], "description", here);
    service.documentation = in.get<std::vector<std::string>>(list[i], "documentation", here);
    out.add(std::move(service));
  }
  return out;
}

Host decode_host(const Decoder& in, const json& value, const std::string& path) {
  Host out;
  out.name = in.get<std::string>(value, "name", path);
  const auto model = in.get<std::string>(value, "model", path);
  out.model = catalog::Catalog::builtin().find_model(model);
  if (out.model == nullptr) in.refuse(path + ".model", fmt::format("a model id from 'kzsim models', not '{}'", model));
  out.firmware = in.version(value, "firmware", path);
  out.bios = in.get<std::map<std::string, bool>>(value, "bios", path);
  out.microcode_compatible = in.get<bool>(value, "microcode_compatible", path);
  out.os = in.version(value, "os", path);
  out.memory = in.get<Bytes>(value, "memory", path);
  out.cores = in.get<int>(value, "cores", path);
  out.virtualization = in.named(value, "virtualization", path, kSavedVirtualizations, virtualization_name);
  out.packages = in.get<std::set<std::string>>(value, "packages", path);
  out.services = decode_services(in, in.array(value, "services", path), path + ".services");
  for (const auto& [file, name] : in.get<std::map<std::string, std::string>>(value, "files", path))
    out.files.write(file, in.content(name));
  // Worlds saved before directories made on their own have no field.
  if (value.contains("directories"))
    for (const auto& directory : in.get<std::vector<std::string>>(value, "directories", path))
      out.files.make_directory(directory);
  const json& accounts = in.array(value, "accounts", path);
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    const std::string here = fmt::format("{}.accounts[{}]", path, i);
    Account& account = out.accounts.add(in.get<std::string>(accounts[i], "name", here));
    account.profiles = in.get<std::vector<std::string>>(accounts[i], "profiles", here);
    account.auths = in.get<std::vector<std::string>>(accounts[i], "auths", here);
  }
  out.hostid = in.get<std::uint32_t>(value, "hostid", path);
  out.rng = SeededRandom(in.get<std::uint64_t>(value, "rng", path));
  out.up = in.get<bool>(value, "up", path);
  // Worlds saved before kill have no field.
  if (value.contains("ended_processes")) {
    const json& ended = in.array(value, "ended_processes", path);
    for (std::size_t i = 0; i < ended.size(); ++i) {
      const std::string here = fmt::format("{}.ended_processes[{}]", path, i);
      out.ended_processes[in.get<int>(ended[i], "pid", here)] = SimDuration(in.get<std::int64_t>(ended[i], "at_ns", here));
    }
  }
  const json& zones = in.array(value, "zones", path);
  for (std::size_t i = 0; i < zones.size(); ++i) {
    Zone zone = decode_zone(in, out, zones[i], fmt::format("{}.zones[{}]", path, i));
    auto name = zone.name;
    out.zones.insert_or_assign(std::move(name), std::move(zone));
  }
  return out;
}

SharedStorage decode_storage(const Decoder& in, const json& value, const std::string& path) {
  SharedStorage out;
  out.uri = in.get<std::string>(value, "uri", path);
  out.size = in.get<Bytes>(value, "size", path);
  out.reachable_from = in.get<std::set<std::string>>(value, "reachable_from", path);
  out.online = in.get<bool>(value, "online", path);
  for (const auto& [block, name] : in.get<std::map<std::string, std::string>>(value, "blocks", path))
    out.blocks.insert_or_assign(block, in.content(name));
  return out;
}

scenario::FaultStep decode_fault(const Decoder& in, const json& value, const std::string& path) {
  scenario::FaultStep out;
  out.kind = in.get<std::string>(value, "kind", path);
  if (value.contains("between")) {
    const auto pair = in.get<std::vector<std::string>>(value, "between", path);
    if (pair.size() != 2) in.refuse(path + ".between", "two host names");
    out.between = std::pair{pair[0], pair[1]};
  }
  if (value.contains("host")) out.host = in.get<std::string>(value, "host", path);
  if (value.contains("uri")) out.uri = in.get<std::string>(value, "uri", path);
  return out;
}

}  // namespace

nlohmann::json encode_world(const World& world, const ContentSink& sink) {
  json hosts = json::array();
  for (const std::string& name : world.host_names()) hosts.push_back(encode_host(*world.find_host(name), sink));
  json storage = json::array();
  for (const auto& [uri, shared] : world.storages()) {
    json blocks = json::object();
    for (const auto& [block, content] : shared.blocks) blocks[block] = sink.storage_block(uri, block, content);
    storage.push_back({{"uri", uri},
                       {"size", shared.size},
                       {"reachable_from", shared.reachable_from},
                       {"online", shared.online},
                       {"blocks", blocks}});
  }
  json links = json::array();
  for (const auto& [pair, link] : world.links())
    links.push_back({{"between", {pair.first, pair.second}},
                     {"bandwidth_bits", link.bandwidth_bits},
                     {"latency_ns", link.latency.count()},
                     {"up", link.up}});
  json trust = json::array();
  for (const auto& [a, b] : world.trusted()) trust.push_back({a, b});
  json faults = json::array();
  for (const auto& [at, fault] : world.scheduled_faults()) faults.push_back(encode_fault(at, fault));
  return {{"format", kWorldFormat},  {"version", kWorldVersion},           {"seed", world.seed()},
          {"clock_ns", world.clock().now().count()}, {"hosts", hosts},      {"storage", storage},
          {"links", links},          {"trust", trust},                     {"scheduled_faults", faults}};
}

std::unique_ptr<World> decode_world(const nlohmann::json& document, const ContentSource& source, const std::string& where) {
  const Decoder in(source, where);
  const std::string root = "world";
  if (!document.is_object() || !document.contains("format") || document["format"] != kWorldFormat)
    in.refuse(root + ".format", fmt::format("\"{}\" (this is not a kzsim world)", kWorldFormat));
  if (const int version = in.get<int>(document, "version", root); version != kWorldVersion)
    in.refuse(root + ".version", fmt::format("{}, the version this kzsim writes, not {}", kWorldVersion, version));
  auto world = std::make_unique<World>(in.get<std::uint64_t>(document, "seed", root));
  world->clock().advance(SimDuration(in.get<std::int64_t>(document, "clock_ns", root)));
  const json& hosts = in.array(document, "hosts", root);
  if (hosts.empty()) in.refuse(root + ".hosts", "at least one host");
  for (std::size_t i = 0; i < hosts.size(); ++i) world->add_host(decode_host(in, hosts[i], fmt::format("hosts[{}]", i)));
  const json& storage = in.array(document, "storage", root);
  for (std::size_t i = 0; i < storage.size(); ++i) world->add_storage(decode_storage(in, storage[i], fmt::format("storage[{}]", i)));
  const json& links = in.array(document, "links", root);
  for (std::size_t i = 0; i < links.size(); ++i) {
    const std::string here = fmt::format("links[{}]", i);
    const auto between = in.get<std::vector<std::string>>(links[i], "between", here);
    if (between.size() != 2) in.refuse(here + ".between", "two host names");
    Link link;
    link.between = {between[0], between[1]};
    link.bandwidth_bits = in.get<std::uint64_t>(links[i], "bandwidth_bits", here);
    link.latency = SimDuration(in.get<std::int64_t>(links[i], "latency_ns", here));
    link.up = in.get<bool>(links[i], "up", here);
    world->add_link(std::move(link));
  }
  for (const auto& [a, b] : in.get<std::vector<std::pair<std::string, std::string>>>(document, "trust", root)) world->trust(a, b);
  const json& faults = in.array(document, "scheduled_faults", root);
  for (std::size_t i = 0; i < faults.size(); ++i) {
    const std::string here = fmt::format("scheduled_faults[{}]", i);
    world->schedule_fault(SimDuration(in.get<std::int64_t>(faults[i], "at_ns", here)), decode_fault(in, faults[i], here));
  }
  return world;
}

}  // namespace kzsim::zones::persistence
