// --json on the listing commands (zones/host_commands/listing.hpp): each listing's JSON parsed
// and checked against the values its text form shows, on a world with a configured and an
// installed kernel zone.
#include "zones/host_commands/listing.hpp"

#include <gmock/gmock.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "core/units.hpp"
#include "zones/evacuation/evacuation_status.hpp"
#include "tests/zones/teaching/teaching_world.hpp"

namespace kzsim::zones {
namespace {

using ::testing::ElementsAre;
using Json = nlohmann::ordered_json;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> words_of(const std::string& line, char separator = ' ') {
  std::vector<std::string> words;
  std::istringstream in(line);
  for (std::string word; std::getline(in, word, separator);)
    if (separator != ' ' || !word.empty()) words.push_back(word);
  return words;
}

// Without the empty cells at the end, which a split text line does not show.
std::vector<std::string> texts_of(const Json& row) {
  std::vector<std::string> texts;
  for (const auto& [key, value] : row.items()) texts.push_back(cell_text(value));
  while (!texts.empty() && texts.back().empty()) texts.pop_back();
  return texts;
}

// A settings report (label: value lines) as one object keyed by its labels, every line a member.
void expect_settings_match(const std::string& text, const Json& settings, std::size_t label_width) {
  ASSERT_TRUE(settings.is_object());
  const auto lines = lines_of(text);
  ASSERT_EQ(lines.size(), settings.size());
  std::size_t at = 0;
  for (const auto& [key, value] : settings.items()) {
    const std::string& line = lines[at++];
    std::string label = line.substr(0, label_width);
    label.erase(0, label.find_first_not_of(' '));
    label.erase(label.find_last_not_of(' ') + 1);
    std::ranges::replace_if(label, [](char c) { return c == ' ' || c == '-'; }, '_');
    std::ranges::transform(label, label.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    EXPECT_EQ(key, label) << line;
    EXPECT_EQ(line.substr(label_width + 2), value.get<std::string>()) << line;
  }
}

struct ListingWorld : testing::TeachingWorld {
  ListingWorld() : TeachingWorld("global: {machine: sparc-t5}") {
    run("zonecfg -z kz1 'create -t SYSsolaris-kz'");
    run("zonecfg -z kz2 'create -t SYSsolaris-kz'");
    run("zoneadm -z kz2 install");
  }

  // The command's text and its --json rows (an array), both exiting 0.
  std::pair<std::string, Json> both(const std::string& command) {
    const auto text = run(command);
    EXPECT_EQ(text.exit, 0) << command << ": " << text.err;
    const auto json = run(command + " --json");
    EXPECT_EQ(json.exit, 0) << command << " --json: " << json.err;
    const Json rows = Json::parse(json.out);
    EXPECT_TRUE(rows.is_array()) << command;
    return {text.out, rows};
  }

  // A settings report's text (after `command`) and the --json object of `json_command`.
  Json settings(const std::string& command, const std::string& json_command, std::size_t label_width) {
    const auto text = run(command);
    const auto json = run(json_command);
    EXPECT_EQ(json.exit, 0) << json_command << ": " << json.err;
    const Json object = Json::parse(json.out);
    expect_settings_match(text.out, object, label_width);
    return object;
  }
};

// Each text line, split at blanks (or `separator`), holds the row's values in column order.
void expect_rows_match_lines(const Json& rows, const std::vector<std::string>& lines, char separator = ' ') {
  ASSERT_EQ(rows.size(), lines.size());
  for (std::size_t at = 0; at < lines.size(); ++at)
    EXPECT_EQ(texts_of(rows[at]), words_of(lines[at], separator)) << lines[at];
}

TEST(ListingJson, SharedHelperTypesValuesAndTakesTheOption) {
  std::vector<std::string> args = {"zoneadm", "list", "--json", "-cv"};
  EXPECT_TRUE(take_json_option(args));
  EXPECT_THAT(args, ElementsAre("zoneadm", "list", "-cv"));
  EXPECT_FALSE(take_json_option(args));
  EXPECT_EQ(cell_text(nullptr), "-");
  EXPECT_EQ(cell_text(8192), "8192");
  EXPECT_EQ(cell_text(nlohmann::ordered_json::array({"a", "b"})), "a,b");
  EXPECT_EQ(listing_json({}), "[]\n");
  EXPECT_EQ(listing_json({{{"name", "global"}, {"id", 0}}}), "[\n  {\n    \"name\": \"global\",\n    \"id\": 0\n  }\n]\n");
}

TEST(ListingJson, ZoneadmListInEveryForm) {
  ListingWorld world;
  auto [names, name_rows] = world.both("zoneadm list -c");
  expect_rows_match_lines(name_rows, lines_of(names));
  EXPECT_EQ(name_rows[0], Json({{"name", "global"}}));

  auto [verbose, verbose_rows] = world.both("zoneadm list -cv");
  const auto lines = lines_of(verbose);
  expect_rows_match_lines(verbose_rows, {lines.begin() + 1, lines.end()});
  EXPECT_EQ(verbose_rows[0]["id"], 0);             // a number
  EXPECT_TRUE(verbose_rows[1]["id"].is_null());     // "-": not running
  EXPECT_TRUE(verbose_rows[1]["path"].is_null());

  auto [parsable, parsable_rows] = world.both("zoneadm list -cp");
  expect_rows_match_lines(parsable_rows, lines_of(parsable), ':');
  EXPECT_EQ(parsable_rows[2]["zonename"], "kz2");
  EXPECT_EQ(parsable_rows[2]["uuid"].get<std::string>().size(), 36u);

  auto [installed, installed_rows] = world.both("zoneadm list -ip");
  EXPECT_EQ(installed_rows.size(), 2u);
  EXPECT_EQ(installed_rows[1]["state"], "installed");

  auto [aux, aux_rows] = world.both("zoneadm list -cs");
  const auto aux_lines = lines_of(aux);
  expect_rows_match_lines(aux_rows, {aux_lines.begin() + 1, aux_lines.end()});
  EXPECT_TRUE(aux_rows[1]["auxiliary_state"].is_array());

  auto [one, one_rows] = world.both("zoneadm -z kz1 list -v");
  EXPECT_EQ(one_rows.size(), 1u);
  EXPECT_EQ(one_rows[0]["name"], "kz1");
}

TEST(ListingJson, PagesizePsrinfoVirtinfo) {
  ListingWorld world;
  auto [sizes, size_rows] = world.both("pagesize -a");
  const auto size_lines = lines_of(sizes);
  ASSERT_EQ(size_rows.size(), size_lines.size());
  for (std::size_t at = 0; at < size_lines.size(); ++at)
    EXPECT_EQ(size_rows[at]["pagesize"].get<Bytes>(), std::stoull(size_lines[at]));

  auto [processors, processor_rows] = world.both("psrinfo");
  EXPECT_EQ(processor_rows.size(), lines_of(processors).size());
  EXPECT_EQ(processor_rows[1]["id"], 1);
  EXPECT_EQ(processor_rows[1]["status"], "on-line");
  auto [verbose, verbose_rows] = world.both("psrinfo -v");
  EXPECT_EQ(verbose_rows.size() * 4, lines_of(verbose).size());
  auto [chips, chip_rows] = world.both("psrinfo -p");
  EXPECT_EQ(std::to_string(chip_rows.size()) + "\n", chips);
  auto [physical, physical_rows] = world.both("psrinfo -vp");
  EXPECT_EQ(physical_rows, chip_rows);
  EXPECT_NE(physical.find(physical_rows[0]["description"].get<std::string>()), std::string::npos);

  auto [environments, environment_rows] = world.both("virtinfo");
  const auto lines = lines_of(environments);
  expect_rows_match_lines(environment_rows, {lines.begin() + 1, lines.end()});
  auto [classes, class_rows] = world.both("virtinfo -c supported list -H -o name");
  expect_rows_match_lines(class_rows, lines_of(classes));
  // A control domain supports zones and logical domains (virtinfo of real control domains).
  EXPECT_EQ(class_rows, Json::parse(R"([{"name": "non-global-zone"}, {"name": "kernel-zone"}, {"name": "logical-domain"}])"));
}

TEST(ListingJson, IsainfoOnTheHostAndInAKernelZone) {
  ListingWorld world;
  auto [names, isa_rows] = world.both("isainfo");
  ASSERT_EQ(isa_rows.size(), 2u);
  EXPECT_EQ(names, "sparcv9 sparc\n");
  EXPECT_EQ(isa_rows[0]["bits"], 64);
  auto [verbose, verbose_rows] = world.both("isainfo -v");
  EXPECT_EQ(verbose_rows, isa_rows);
  std::string capabilities;
  for (const auto& capability : isa_rows[1]["capabilities"]) capabilities += " " + capability.get<std::string>();
  EXPECT_NE(verbose.find("32-bit sparc applications\n\t" + capabilities.substr(1, 10)), std::string::npos);
  EXPECT_NE(capabilities.find(" v8plus div32 mul32"), std::string::npos);

  ASSERT_EQ(world.run("zoneadm -z kz2 boot").exit, 0);
  auto [guest, guest_rows] = world.both("zlogin kz2 isainfo -v");
  ASSERT_EQ(guest_rows.size(), 2u);
  EXPECT_EQ(guest_rows[0]["isa"], "sparcv9");
  EXPECT_TRUE(guest.starts_with("64-bit sparcv9 applications\n")) << guest;
}

TEST(ListingJson, SvcsMrpstatRightsHelpExplain) {
  ListingWorld world;
  auto [services, service_rows] = world.both("svcs -a");
  const auto lines = lines_of(services);
  expect_rows_match_lines(service_rows, {lines.begin() + 1, lines.end()});

  world.run("svccfg -s svc:/system/memory-reserve:zones setprop config/pagesize-policy=fixed");
  world.run("svccfg -s svc:/system/memory-reserve:zones setprop config/pagesize=1m");
  world.run("svcadm enable svc:/system/memory-reserve:zones");
  auto [troubled, troubled_rows] = world.both("svcs -x");
  ASSERT_EQ(troubled_rows.size(), 1u);
  EXPECT_EQ(troubled.substr(0, troubled.find(' ')), troubled_rows[0]["fmri"]);
  EXPECT_NE(troubled.find("Reason: " + troubled_rows[0]["reason"].get<std::string>()), std::string::npos);

  auto [pools, pool_rows] = world.both("mrpstat");
  const auto pool_lines = lines_of(pools);
  ASSERT_EQ(pool_rows.size() + 1, pool_lines.size());
  for (std::size_t at = 0; at < pool_rows.size(); ++at)
    EXPECT_THAT(words_of(pool_lines[at + 1]),
                ElementsAre(pool_rows[at]["name"], format_size(pool_rows[at]["pagesize"].get<Bytes>()),
                            format_size(pool_rows[at]["total_mem"].get<Bytes>()),
                            format_size(pool_rows[at]["used_mem"].get<Bytes>()),
                            format_size(pool_rows[at]["free_mem"].get<Bytes>())));

  auto [profiles, profile_rows] = world.both("profiles");
  const auto profile_lines = lines_of(profiles);
  ASSERT_EQ(profile_rows.size() + 1, profile_lines.size());
  EXPECT_EQ(profile_rows[0]["profile"], profile_lines[1]);
  auto [auths, auth_rows] = world.both("auths");
  std::string joined;
  for (const std::string& line : lines_of(auths)) joined += line;
  ASSERT_FALSE(auth_rows.empty());
  EXPECT_EQ(joined.substr(0, joined.find(',')), auth_rows[0]["authorization"]);

  auto [commands, command_rows] = world.both("help");
  EXPECT_EQ(command_rows.size() + 1, lines_of(commands).size());
  EXPECT_NE(commands.find("  " + command_rows[0]["command"].get<std::string>() + " "), std::string::npos);
  auto [rules, rule_rows] = world.both("explain --rules");
  const auto rule_lines = lines_of(rules);
  ASSERT_EQ(rule_rows.size(), rule_lines.size());
  EXPECT_EQ(words_of(rule_lines[0])[0], rule_rows[0]["rule"]);
}

TEST(ListingJson, DladmShowSubcommands) {
  ListingWorld world;
  for (const std::string command : {"dladm show-phys", "dladm show-link", "dladm show-vnic"}) {
    auto [text, rows] = world.both(command);
    const auto lines = lines_of(text);
    expect_rows_match_lines(rows, {lines.begin() + 1, lines.end()});
  }
  auto [links, link_rows] = world.both("dladm show-link");
  ASSERT_FALSE(link_rows.empty());
  EXPECT_EQ(link_rows[0]["mtu"], 1500);  // a number
  EXPECT_EQ(link_rows[0]["class"], "phys");
  auto [property, property_rows] = world.both("dladm show-linkprop -p iov net0");
  ASSERT_EQ(property_rows.size(), 1u);
  EXPECT_EQ(property_rows[0]["possible"], "auto, on, off");
}

TEST(ListingJson, Lofiadm) {
  ListingWorld world;
  world.run("lofiadm -r");
  auto [devices, device_rows] = world.both("lofiadm");
  const auto lines = lines_of(devices);
  ASSERT_EQ(device_rows.size(), 1u);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1], "/dev/lofi/1           -                         " + device_rows[0]["options"].get<std::string>());
  EXPECT_TRUE(device_rows[0]["file"].is_null());  // "-": no image yet
  EXPECT_EQ(device_rows[0]["block_device"], "/dev/lofi/1");
}

TEST(ListingJson, SuriadmLookups) {
  ListingWorld world;
  auto [parsed, parsed_rows] = world.both("suriadm parse -H iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60008");
  expect_rows_match_lines(parsed_rows, lines_of(parsed));
  EXPECT_EQ(parsed_rows[0], Json({{"property", "uri-type"}, {"value", "iscsi"}}));
  auto [mapped, mapped_rows] = world.both("suriadm lookup-mapping dev:/dev/dsk/c9t0d0");
  const auto lines = lines_of(mapped);
  expect_rows_match_lines(mapped_rows, {lines.begin() + 1, lines.end()});
  auto [uris, uri_rows] = world.both("suriadm lookup-uri " + mapped_rows[0]["value"].get<std::string>());
  expect_rows_match_lines(uri_rows, lines_of(uris));
  EXPECT_EQ(mapped_rows[0], Json({{"property", "mapped-dev"}, {"value", "/dev/dsk/c9t0d0"}}));
}

TEST(ListingJson, KzsimAdviseBaselineAndReasons) {
  testing::TeachingWorld world("global: {machine: sparc-t5}\nother: {machine: sparc-t7}");
  world.run("zonecfg -z kz1 'create -t SYSsolaris-kz'");
  const auto text = world.run("kzsim advise global other");
  const auto json = world.run("kzsim advise global other --json");
  EXPECT_EQ(json.exit, text.exit);
  const Json hosts = Json::parse(json.out);
  ASSERT_EQ(hosts.size(), 2u);
  const auto lines = lines_of(text.out);
  EXPECT_EQ(lines[0], "sparc: Oracle (2 hosts: global, other)");
  EXPECT_EQ(lines[1], "  cpu-arch: " + hosts[0]["cpu_arch"].get<std::string>());
  EXPECT_EQ(hosts[0]["group"], "sparc: Oracle");
  EXPECT_EQ(hosts[1]["host"], "other");
  EXPECT_NE(text.out.find("other (native " + hosts[1]["native_class"].get<std::string>() + "): keeps " +
                          std::to_string(hosts[1]["kept"].size()) + "; loses "),
            std::string::npos);
  EXPECT_TRUE(hosts[1]["lost"].is_array());

  const auto reasons_text = world.run("kzsim advise other --zone kz1");
  const auto reasons_json = world.run("kzsim advise other --zone kz1 --json");
  EXPECT_EQ(reasons_json.exit, 1);
  const Json reasons = Json::parse(reasons_json.out);
  ASSERT_FALSE(reasons.empty());
  EXPECT_NE(reasons_text.out.find("1. " + reasons[0]["reason"].get<std::string>().substr(0, 20)), std::string::npos);
  EXPECT_NE(reasons_text.out.find("(guide ch.5 \"" + reasons[0]["section"].get<std::string>() + "\")"), std::string::npos);
}

TEST(ListingJson, ZpoolStatusInsideAZone) {
  ListingWorld world;
  ASSERT_EQ(world.run("zoneadm -z kz2 boot").exit, 0);
  auto [status, pools] = world.both("zlogin kz2 zpool status");
  ASSERT_EQ(pools.size(), 1u);
  EXPECT_EQ(pools[0]["pool"], "rpool");
  EXPECT_EQ(pools[0]["state"], "ONLINE");
  EXPECT_FALSE(pools[0]["mirrored"].get<bool>());
  ASSERT_EQ(pools[0]["disks"].size(), 1u);
  EXPECT_NE(status.find("  pool: rpool\n state: ONLINE\n"), std::string::npos);
  EXPECT_NE(status.find("\t  " + pools[0]["disks"][0].get<std::string>() + " "), std::string::npos);
  auto [one, one_rows] = world.both("zlogin kz2 zpool status rpool");
  EXPECT_EQ(one, status);
  EXPECT_EQ(one_rows, pools);
}

TEST(ListingJson, InsideAKernelZone) {
  ListingWorld world;
  ASSERT_EQ(world.run("zoneadm -z kz2 boot").exit, 0);
  auto [size, size_rows] = world.both("zlogin kz2 pagesize");
  ASSERT_EQ(size_rows.size(), 1u);
  EXPECT_EQ(std::to_string(size_rows[0]["pagesize"].get<Bytes>()) + "\n", size);

  auto [processors, processor_rows] = world.both("zlogin kz2 psrinfo");
  expect_rows_match_lines(processor_rows, lines_of(processors), '\t');
  EXPECT_EQ(processor_rows[0], Json({{"id", 0}, {"status", "on-line"}}));

  auto [disks, disk_rows] = world.both("zlogin kz2 rmformat -l");
  ASSERT_FALSE(disk_rows.empty());
  EXPECT_EQ(disk_rows[0]["number"], 1);
  EXPECT_NE(disks.find("1. Logical Node: " + disk_rows[0]["logical_node"].get<std::string>() +
                       "\n   Physical Node: " + disk_rows[0]["physical_node"].get<std::string>() + "\n"),
            std::string::npos);
  EXPECT_NE(disks.find("   Size: " + disk_rows[0]["size"].get<std::string>() + "\n"), std::string::npos);

  for (const std::string command : {"zlogin kz2 dladm show-phys", "zlogin kz2 dladm show-phys -i"}) {
    auto [links, link_rows] = world.both(command);
    const auto lines = lines_of(links);
    ASSERT_FALSE(link_rows.empty()) << command;
    expect_rows_match_lines(link_rows, {lines.begin() + 1, lines.end()});
    EXPECT_EQ(link_rows[0]["link"], "net0");
  }
  auto [addresses, address_rows] = world.both("zlogin kz2 dladm show-phys -m");
  ASSERT_FALSE(address_rows.empty());
  EXPECT_EQ(address_rows[0]["slot"], "primary");
  EXPECT_NE(addresses.find(address_rows[0]["address"].get<std::string>()), std::string::npos);
  auto [fields, field_rows] = world.both("zlogin kz2 dladm show-phys -o link,speed");
  ASSERT_FALSE(field_rows.empty());
  EXPECT_TRUE(field_rows[0]["speed"].is_number());
}

TEST(ListingJson, CoreadmAndDumpadmSettings) {
  ListingWorld world;
  const Json core_settings = world.settings("coreadm", "coreadm --json", 29);
  EXPECT_EQ(core_settings["kernel_zone_core_dumps"], "disabled");
  EXPECT_EQ(core_settings["global_core_file_pattern"], "");

  ASSERT_EQ(world.run("zoneadm -z kz2 boot").exit, 0);
  const Json dump_settings = world.settings("zlogin kz2 dumpadm -n", "zlogin kz2 dumpadm --json", 18);
  EXPECT_EQ(dump_settings["savecore_enabled"], "no");
  EXPECT_EQ(dump_settings["savecore_directory"], "/var/crash");
}

TEST(ListingJson, PkgListAndSysadmLists) {
  ListingWorld world;
  auto [packages, package_rows] = world.both("pkg list brand/brand-solaris-kz");
  const auto lines = lines_of(packages);
  expect_rows_match_lines(package_rows, {lines.begin() + 1, lines.end()});
  EXPECT_EQ(package_rows[0]["name_(publisher)"], "system/zones/brand/brand-solaris-kz");
  EXPECT_EQ(package_rows[0]["ifo"], "i--");

  auto [none, no_rows] = world.both("sysadm maintain -l");
  EXPECT_EQ(none, "sysadm: system is not in maintenance mode\n");
  EXPECT_TRUE(no_rows.empty());
  ASSERT_EQ(world.run("sysadm maintain -s -m upgrade").exit, 0);
  auto [maintenance, maintenance_rows] = world.both("sysadm maintain -l");
  ASSERT_EQ(maintenance_rows.size(), 1u);
  const Json& on = maintenance_rows[0];
  EXPECT_EQ(lines_of(maintenance)[1], fmt::format("{:<6} {:<8} {:<18} {}", cell_text(on["type"]), cell_text(on["user"]),
                                                  cell_text(on["date"]), cell_text(on["message"])));
  EXPECT_EQ(on["message"], "upgrade");

  auto [evacuation, none_evacuated] = world.both("sysadm evacuate -l");
  EXPECT_EQ(evacuation, "sysadm: no active evacuation\n");
  EXPECT_TRUE(none_evacuated.empty());
  const std::vector<EvacuationRecord> records{{"kz1", EvacuationState::Evacuated, "ssh://other", ""},
                                              {"kz2", EvacuationState::Failed, "", "unreachable"}};
  const auto evacuation_lines = lines_of(evacuation_table(records));
  const Listing evacuated = evacuation_rows(records);
  expect_rows_match_lines(Json(evacuated), {evacuation_lines.begin() + 1, evacuation_lines.end()});
  EXPECT_TRUE(evacuated[1]["dest"].is_null());
}

TEST(ListingJson, ArchiveadmInfo) {
  ListingWorld world;
  ASSERT_EQ(world.run("archiveadm create -z kz2 /var/tmp/kz2.uar").exit, 0);
  auto [info, rows] = world.both("archiveadm info /var/tmp/kz2.uar");
  ASSERT_EQ(rows.size(), 1u);
  const Json& archive = rows[0];
  EXPECT_EQ(archive["source_host"], "global");
  EXPECT_EQ(archive["deployable_systems"], "kz2");
  EXPECT_EQ(archive["dehydrated_publishers"], "");
  EXPECT_EQ(info, "Archive Information\n          Creation Time:  " + archive["creation_time"].get<std::string>() +
                      "\n            Source Host:  global\n           Architecture:  " +
                      archive["architecture"].get<std::string>() + "\n       Operating System:  " +
                      archive["operating_system"].get<std::string>() +
                      "\n  Dehydrated Publishers:  \n     Deployable Systems:  kz2\n");
}

TEST(ListingJson, HelpPagesSayItIsAKzsimExtension) {
  ListingWorld world;
  const auto page = world.run("zoneadm --help");
  EXPECT_NE(page.out.find("KZSIM EXTENSIONS\n     zoneadm [-z zonename] list [-cipsv] --json\n"), std::string::npos);
  EXPECT_NE(page.out.find("(kzsim, not Solaris)"), std::string::npos);
}

}  // namespace
}  // namespace kzsim::zones
