#include "core/scenario/load.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace kzsim::scenario {
namespace {

const std::string header = "format: 1\nname: t\nhosts:\n  g1:\n    machine: sparc-t5\n";

// The full text of the refusal of `text` (loaded as file "s.yaml").
std::string refusal(const std::string& text) {
  try {
    load_scenario_text(text, "s.yaml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(LoadScenario, ReadsEveryPartOfTheFormat) {
  Scenario s = load_scenario_text(R"(format: 1
name: evacuate-two-kz
description: two hosts
seed: 7
hosts:
  global1:
    machine: sparc-t5
    firmware: "9.5.2"
    os: "11.4.36"
    memory: 256G
    cores: 16
    virtualization: bare-metal
    microcode: compatible
    bios: {vt-x: true, nx: false}
    packages: {brand/brand-solaris-kz: installed}
    services: {rad:remote: disabled}
  global2:
    machine: sparc-t5
storage:
  - uri: iscsi://zfssa/lu1
    size: 16G
    reachable-from: [global1, global2]
network:
  links:
    - between: [global1, global2]
      bandwidth: 1Gbit/s
      latency: 0.5ms
  ssh-trust:
    - [global1, global2]
users:
  - name: jdoe
    host: global2
    profiles: ["Zone Migration"]
    auths: [solaris.zone.migrate]
files:
  global1:
    /var/tmp/a.txt: |
      hello
steps:
  - run: cat /var/tmp/a.txt
    stdin: |
      exit
    expect:
      exit: 0
      stdout: "hello\n"
      stderr: ""
      output: "hello\n"
      stdout-contains: [hel]
      stderr-contains: []
      output-contains: [lo]
      stdout-matches: '^h'
      stderr-matches: '^$'
      output-matches: 'l+'
  - run: id
    host: global2
    user: jdoe
  - advance: 10m
  - fault: {kind: link-down, between: [global1, global2]}
  - fault: {kind: host-crash, host: global2}
  - fault: {kind: storage-offline, uri: iscsi://zfssa/lu1}
)",
                                  "s.yaml");
  EXPECT_EQ(s.file, "s.yaml");
  EXPECT_EQ(s.name, "evacuate-two-kz");
  EXPECT_EQ(s.description, "two hosts");
  EXPECT_EQ(s.seed, 7u);
  ASSERT_EQ(s.hosts.size(), 2u);
  const HostSpec& h = s.hosts[0];
  EXPECT_EQ(h.name, "global1");
  EXPECT_EQ(h.where.describe(), "s.yaml:6:3");
  EXPECT_EQ(h.machine.value, "sparc-t5");
  EXPECT_EQ(h.machine.where.describe(), "s.yaml:7:14");
  EXPECT_EQ(h.firmware->value, "9.5.2");
  EXPECT_EQ(h.os->value, "11.4.36");
  EXPECT_EQ(h.memory->value, 256 * GiB);
  EXPECT_EQ(h.cores->value, 16);
  EXPECT_EQ(h.virtualization->value, "bare-metal");
  EXPECT_EQ(h.microcode->value, "compatible");
  EXPECT_TRUE(h.bios.at("vt-x").value);
  EXPECT_FALSE(h.bios.at("nx").value);
  EXPECT_EQ(h.packages.at("brand/brand-solaris-kz").value, "installed");
  EXPECT_EQ(h.services.at("rad:remote").value, "disabled");
  EXPECT_EQ(s.hosts[1].name, "global2");
  ASSERT_EQ(s.storage.size(), 1u);
  EXPECT_EQ(s.storage[0].uri.value, "iscsi://zfssa/lu1");
  EXPECT_EQ(s.storage[0].size->value, 16 * GiB);
  EXPECT_EQ(s.storage[0].reachable_from->size(), 2u);
  ASSERT_EQ(s.network.links->size(), 1u);
  EXPECT_EQ(s.network.links->at(0).bandwidth_bits, 1'000'000'000u);
  EXPECT_EQ(s.network.links->at(0).latency, std::chrono::microseconds(500));
  EXPECT_EQ(s.network.ssh_trust->at(0), std::make_pair(std::string("global1"), std::string("global2")));
  ASSERT_EQ(s.users.size(), 1u);
  EXPECT_EQ(s.users[0].host, "global2");
  EXPECT_EQ(s.users[0].profiles, std::vector<std::string>{"Zone Migration"});
  EXPECT_EQ(s.users[0].auths, std::vector<std::string>{"solaris.zone.migrate"});
  EXPECT_EQ(s.files.at("global1").at("/var/tmp/a.txt"), "hello\n");
  ASSERT_EQ(s.steps.size(), 6u);
  EXPECT_EQ(s.steps[0].number, 1);
  EXPECT_EQ(s.steps[0].where.describe(), "s.yaml:40:5");
  const auto& run = std::get<RunStep>(s.steps[0].action);
  EXPECT_EQ(run.command, "cat /var/tmp/a.txt");
  EXPECT_EQ(run.host, "global1");
  EXPECT_EQ(run.user, "root");
  EXPECT_EQ(run.stdin_text, "exit\n");
  const Expectation& e = *run.expect;
  EXPECT_EQ(e.exit, 0);
  EXPECT_EQ(e.stdout_text, "hello\n");
  EXPECT_EQ(e.stderr_text, "");
  EXPECT_EQ(e.output_text, "hello\n");
  EXPECT_EQ(e.stdout_contains, std::vector<std::string>{"hel"});
  EXPECT_TRUE(e.stderr_contains.empty());
  EXPECT_EQ(e.output_contains, std::vector<std::string>{"lo"});
  EXPECT_EQ(e.stdout_matches, "^h");
  EXPECT_EQ(e.stderr_matches, "^$");
  EXPECT_EQ(e.output_matches, "l+");
  const auto& second = std::get<RunStep>(s.steps[1].action);
  EXPECT_EQ(second.host, "global2");
  EXPECT_EQ(second.user, "jdoe");
  EXPECT_FALSE(second.expect);
  EXPECT_EQ(std::get<AdvanceStep>(s.steps[2].action).by, std::chrono::minutes(10));
  EXPECT_EQ(std::get<FaultStep>(s.steps[3].action).kind, "link-down");
  EXPECT_EQ(std::get<FaultStep>(s.steps[4].action).host, "global2");
  EXPECT_EQ(std::get<FaultStep>(s.steps[5].action).uri, "iscsi://zfssa/lu1");
}

TEST(LoadScenario, DefaultsFollowTheFormat) {
  Scenario s = load_scenario_text(header + "steps: []\n", "s.yaml");
  EXPECT_EQ(s.seed, 1u);
  EXPECT_FALSE(s.network.links);
  EXPECT_FALSE(s.network.ssh_trust);
  EXPECT_TRUE(s.steps.empty());
}

TEST(LoadScenario, RefusesWhatIsNotYaml) {
  EXPECT_EQ(refusal("format: 1\nname: [t\n"),
            "s.yaml:3:1: not valid YAML: end of sequence flow not found");
}

TEST(LoadScenario, RefusesMoreThanOneDocument) {
  EXPECT_EQ(refusal(header + "steps: []\n---\nformat: 1\n"),
            "s.yaml:7:1: expected one YAML document, found another");
}

// Debian's yaml-cpp 0.7.0 LoadAll repeats an empty document forever after ',' (scenario_loader
// fuzz finding: the run grew until libFuzzer's timeout).
TEST(LoadScenario, ALoneCommaIsRefusedAtOnce) {
  EXPECT_EQ(refusal(","), "s.yaml:1:1: expected a map with the keys format, name, hosts and steps, got nothing");
}

TEST(LoadScenario, RefusesWhatIsNotAMap) {
  EXPECT_EQ(refusal(""), "s.yaml: expected a map with the keys format, name, hosts and steps, got nothing");
  EXPECT_EQ(refusal("- 1\n"),
            "s.yaml:1:1: expected a map with the keys format, name, hosts and steps, got a list");
}

TEST(LoadScenario, RequiresFormat1) {
  EXPECT_EQ(refusal("name: t\n"), "s.yaml:1:1: format: expected 1 (the key is missing)");
  EXPECT_EQ(refusal("format: 2\nname: t\n"), "s.yaml:1:9: format: expected 1, got '2'");
  EXPECT_EQ(refusal("format: 2\nfuture-key: 1\n"), "s.yaml:1:9: format: expected 1, got '2'");
}

TEST(LoadScenario, RequiresTheTopLevelKeys) {
  EXPECT_EQ(refusal("format: 1\nhosts: {}\nsteps: []\n"), "s.yaml:1:1: missing required key 'name'");
  EXPECT_EQ(refusal("format: 1\nname: t\nsteps: []\n"), "s.yaml:1:1: missing required key 'hosts'");
  EXPECT_EQ(refusal(header), "s.yaml:1:1: missing required key 'steps'");
}

TEST(LoadScenario, RequiresAtLeastOneHost) {
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts: {}\nsteps: []\n"),
            "s.yaml:3:8: hosts: expected at least one host, got a map");
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts:\nsteps: []\n"),
            "s.yaml:3:1: hosts: expected a map, got nothing");
}

// "Billion laughs": each list holds ten aliases of the one before, 10^6 values in nine lines
// (the scenario_loader fuzz run grew to 2.6 GB on such input).
TEST(LoadScenario, RefusesADocumentThatAliasesBlowUp) {
  std::string text = header + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 6; ++i) text += fmt::format("a{}: &a{} [{}]\n", i, i, fmt::join(std::vector<std::string>(10, fmt::format("*a{}", i - 1)), ", "));
  text += "steps: []\n";
  EXPECT_EQ(refusal(text),
            "s.yaml:6:25: the document holds more than 100000 values or 16777216 bytes of text once its aliases (*name) "
            "are expanded; expected at most that (each alias repeats its anchor's whole value)");
}

TEST(LoadScenario, RefusesADocumentThatAliasesOfALongTextBlowUp) {
  std::string text = header + "steps:\n  - run: &t " + std::string(1 << 20, 'x') + "\n";
  for (int i = 0; i < 16; ++i) text += "  - run: *t\n";
  EXPECT_EQ(refusal(text).substr(0, 60), "s.yaml:7:10: the document holds more than 100000 values or 1");
}

TEST(LoadScenario, RefusesAnAliasInsideItsOwnAnchor) {
  EXPECT_NE(refusal(header + "steps: &s [*s]\n").find("more than 100000 values"), std::string::npos);
}

TEST(LoadScenario, RefusesMoreHostsThanTheLimit) {
  std::string hosts;
  for (std::size_t i = 0; i < kMaxHosts; ++i) hosts += fmt::format("  h{}: {{machine: sparc-t5}}\n", i);
  EXPECT_EQ(load_scenario_text("format: 1\nname: t\nhosts:\n" + hosts + "steps: []\n", "s.yaml").hosts.size(),
            kMaxHosts);
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts:\n" + hosts + "  one-more: {machine: sparc-t5}\nsteps: []\n"),
            "s.yaml:260:3: hosts: host 'one-more' is one too many; expected at most 256 hosts");
}

TEST(LoadScenario, RequiresAMachinePerHost) {
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts:\n  g1: {os: '11.4'}\nsteps: []\n"),
            "s.yaml:4:7: hosts.g1: missing required key 'machine'");
}

TEST(LoadScenario, RefusesBadNames) {
  EXPECT_EQ(refusal("format: 1\nname: Big Name\n"),
            "s.yaml:2:7: name: expected a name of a-z, 0-9 and -, got 'Big Name'");
}

TEST(LoadScenario, RefusesUnknownKeysAtEveryLevel) {
  EXPECT_EQ(refusal(header + "stpes: []\n"),
            "s.yaml:6:1: unknown key 'stpes'; expected one of: format, name, description, seed, "
            "hosts, storage, network, users, files, steps");
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts:\n  g1:\n    machine: x\n    ram: 8G\n"),
            "s.yaml:6:5: hosts.g1: unknown key 'ram'; expected one of: machine, firmware, bios, "
            "microcode, os, memory, cores, virtualization, packages, services");
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts:\n  g1:\n    machine: x\n    bios: {vtx: true}\n"),
            "s.yaml:6:12: hosts.g1.bios: unknown key 'vtx'; expected one of: vt-x, svm, ept, "
            "npt, rvi, nx");
  EXPECT_EQ(refusal(header + "storage: [{uri: a, bytes: 1G}]\n"),
            "s.yaml:6:20: storage[1]: unknown key 'bytes'; expected one of: uri, size, "
            "reachable-from");
  EXPECT_EQ(refusal(header + "network: {wan: []}\n"),
            "s.yaml:6:11: network: unknown key 'wan'; expected one of: links, ssh-trust");
  EXPECT_EQ(refusal(header + "network: {links: [{between: [g1, g1], mtu: 9000}]}\n"),
            "s.yaml:6:39: network.links[1]: unknown key 'mtu'; expected one of: between, "
            "bandwidth, latency");
  EXPECT_EQ(refusal(header + "users: [{name: a, roles: []}]\n"),
            "s.yaml:6:19: users[1]: unknown key 'roles'; expected one of: name, host, profiles, "
            "auths");
  EXPECT_EQ(refusal(header + "steps:\n  - run: ls\n    as: jdoe\n"),
            "s.yaml:8:5: steps[1]: unknown key 'as'; expected one of: run, host, user, stdin, "
            "expect, meanwhile");
  EXPECT_EQ(refusal(header + "steps:\n  - run: ls\n    expect: {exit: 0, out: x}\n"),
            "s.yaml:8:23: steps[1].expect: unknown key 'out'; expected one of: exit, stdout, "
            "stderr, output, stdout-contains, stderr-contains, output-contains, stdout-matches, "
            "stderr-matches, output-matches, rendering");
  EXPECT_EQ(refusal(header + "steps:\n  - advance: 1m\n    host: g1\n"),
            "s.yaml:8:5: steps[1]: unknown key 'host'; expected one of: advance");
  EXPECT_EQ(refusal(header + "steps:\n  - fault: {kind: host-crash, host: g1, uri: x}\n"),
            "s.yaml:7:41: steps[1].fault: unknown key 'uri'; expected one of: kind, host, after");
}

// kzsim's `after` (docs/scenario-format-extensions.md): a fault that strikes while a later step runs.
TEST(LoadScenario, AFaultMayStrikeAfterItsStep) {
  const Scenario later = load_scenario_text(header + "steps:\n  - fault: {kind: host-crash, host: g1, after: 1.5s}\n", "s.yaml");
  EXPECT_EQ(std::get<FaultStep>(later.steps.at(0).action).after, std::chrono::milliseconds(1500));
  const Scenario now = load_scenario_text(header + "steps:\n  - fault: {kind: host-crash, host: g1}\n", "s.yaml");
  EXPECT_FALSE(std::get<FaultStep>(now.steps.at(0).action).after.has_value());
  EXPECT_EQ(refusal(header + "steps:\n  - fault: {kind: host-crash, host: g1, after: soon}\n"),
            "s.yaml:7:48: steps[1].fault.after: expected a duration such as 0.1ms, 30s, 10m or 2h, got 'soon'");
}

TEST(LoadScenario, RefusesDuplicateKeys) {
  EXPECT_EQ(refusal(header + "steps: []\nsteps: []\n"), "s.yaml:7:1: duplicate key 'steps'");
}

TEST(LoadScenario, RefusesWrongTypes) {
  EXPECT_EQ(refusal(header + "seed: abc\nsteps: []\n"),
            "s.yaml:6:7: seed: expected a non-negative integer, got 'abc'");
  EXPECT_EQ(refusal(header + "seed: -1\nsteps: []\n"),
            "s.yaml:6:7: seed: expected a non-negative integer, got '-1'");
  EXPECT_EQ(refusal(header + "description: [a]\nsteps: []\n"),
            "s.yaml:6:14: description: expected text, got a list");
  EXPECT_EQ(refusal(header + "steps: {run: ls}\n"), "s.yaml:6:8: steps: expected a list, got a map");
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts:\n  g1:\n    machine: x\n    cores: many\n"),
            "s.yaml:6:12: hosts.g1.cores: expected an integer from 1 to 65536, got 'many'");
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts:\n  g1:\n    machine: x\n    bios: {nx: yes}\n"),
            "s.yaml:6:16: hosts.g1.bios.nx: expected true or false, got 'yes'");
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts:\n  g1:\n    machine: x\n    microcode: new\n"),
            "s.yaml:6:16: hosts.g1.microcode: expected one of compatible, incompatible, got 'new'");
  EXPECT_EQ(refusal(header + "steps:\n  - run: ls\n    expect: {exit: ok}\n"),
            "s.yaml:8:20: steps[1].expect.exit: expected an integer from 0 to 255, got 'ok'");
  EXPECT_EQ(refusal(header + "steps:\n  - run: ls\n    expect: {stdout-contains: ok}\n"),
            "s.yaml:8:31: steps[1].expect.stdout-contains: expected a list of text, got 'ok'");
  EXPECT_EQ(refusal(header + "steps:\n  - run:\n"),
            "s.yaml:7:5: steps[1].run: expected text, got nothing");
  EXPECT_EQ(refusal(header + "steps:\n  - ls\n"),
            "s.yaml:7:5: steps[1]: expected a map, got 'ls'");
  EXPECT_EQ(refusal(header + "steps:\n  - {}\n"),
            "s.yaml:7:5: steps[1]: expected exactly one of the step forms run, advance or fault, "
            "got a map");
  EXPECT_EQ(refusal(header + "steps:\n  - {run: ls, advance: 1m}\n"),
            "s.yaml:7:5: steps[1]: expected exactly one of the step forms run, advance or fault, "
            "got a map");
}

TEST(LoadScenario, RefusesUnknownHosts) {
  EXPECT_EQ(refusal(header + "steps:\n  - run: ls\n    host: g9\n"),
            "s.yaml:8:11: steps[1].host: unknown host 'g9'; expected one of: g1");
  EXPECT_EQ(refusal(header + "users: [{name: a, host: g9}]\n"),
            "s.yaml:6:25: users[1].host: unknown host 'g9'; expected one of: g1");
  EXPECT_EQ(refusal(header + "files:\n  g9:\n    /a: x\n"),
            "s.yaml:7:3: files.g9: unknown host 'g9'; expected one of: g1");
  EXPECT_EQ(refusal(header + "network: {links: [{between: [g1, g9]}]}\n"),
            "s.yaml:6:34: network.links[1].between[2]: unknown host 'g9'; expected one of: g1");
  EXPECT_EQ(refusal(header + "network: {ssh-trust: [[g9, g1]]}\n"),
            "s.yaml:6:24: network.ssh-trust[1][1]: unknown host 'g9'; expected one of: g1");
  EXPECT_EQ(refusal(header + "storage: [{uri: a, reachable-from: [g9]}]\n"),
            "s.yaml:6:37: storage[1].reachable-from[1]: unknown host 'g9'; expected one of: g1");
  EXPECT_EQ(refusal(header + "steps:\n  - fault: {kind: host-boot, host: g9}\n"),
            "s.yaml:7:36: steps[1].fault.host: unknown host 'g9'; expected one of: g1");
  EXPECT_EQ(refusal(header + "steps:\n  - fault: {kind: link-up, between: [g1, g9]}\n"),
            "s.yaml:7:42: steps[1].fault.between[2]: unknown host 'g9'; expected one of: g1");
}

TEST(LoadScenario, RefusesHostPairsThatAreNotTwoHosts) {
  EXPECT_EQ(refusal(header + "network: {ssh-trust: [[g1]]}\n"),
            "s.yaml:6:23: network.ssh-trust[1]: expected a list of two hosts, got a list");
  EXPECT_EQ(refusal(header + "network: {ssh-trust: [[g1, g1]]}\n"),
            "s.yaml:6:23: network.ssh-trust[1]: expected two different hosts, got a list");
}

TEST(LoadScenario, RefusesUnknownUsers) {
  const std::string two_hosts = header + "  g2:\n    machine: sparc-t5\n";
  EXPECT_EQ(refusal(two_hosts + "users: [{name: jdoe, host: g1}]\nsteps:\n"
                                "  - run: id\n    host: g2\n    user: jdoe\n"),
            "s.yaml:12:11: steps[1].user: unknown user 'jdoe' on host 'g2'; expected root or a "
            "user listed in users with host g2");
  EXPECT_NO_THROW(load_scenario_text(
      two_hosts + "users: [{name: jdoe, host: g1}]\nsteps:\n  - {run: id, user: jdoe}\n", "s.yaml"));
}

TEST(LoadScenario, RootIsNotListedAndUsersAreListedOncePerHost) {
  EXPECT_EQ(refusal(header + "users: [{name: root}]\n"),
            "s.yaml:6:16: users[1].name: root exists on every host and holds every right; "
            "expected another user name");
  EXPECT_EQ(refusal(header + "users: [{name: a}, {name: a, host: g1}]\n"),
            "s.yaml:6:20: users[2]: user 'a' is listed twice for host g1");
}

TEST(LoadScenario, ChecksFaultKindsAndTheirKeys) {
  EXPECT_EQ(refusal(header + "steps:\n  - fault: {kind: meteor}\n"),
            "s.yaml:7:19: steps[1].fault.kind: expected one of link-down, link-up, host-crash, "
            "host-boot, storage-offline, storage-online, got 'meteor'");
  EXPECT_EQ(refusal(header + "steps:\n  - fault: {host: g1}\n"),
            "s.yaml:7:12: steps[1].fault: missing required key 'kind'");
  EXPECT_EQ(refusal(header + "steps:\n  - fault: {kind: link-down}\n"),
            "s.yaml:7:12: steps[1].fault: missing required key 'between'");
  EXPECT_EQ(refusal(header + "steps:\n  - fault: {kind: host-crash}\n"),
            "s.yaml:7:12: steps[1].fault: missing required key 'host'");
  EXPECT_EQ(refusal(header + "steps:\n  - fault: {kind: storage-online}\n"),
            "s.yaml:7:12: steps[1].fault: missing required key 'uri'");
}

TEST(LoadScenario, StorageFaultsNameListedUris) {
  EXPECT_EQ(refusal(header + "storage: [{uri: nfs://a/b}]\nsteps:\n"
                             "  - fault: {kind: storage-offline, uri: nfs://a/c}\n"),
            "s.yaml:8:41: steps[1].fault.uri: unknown storage uri 'nfs://a/c'; expected a uri "
            "listed in storage");
  EXPECT_EQ(refusal(header + "storage: [{uri: a}, {uri: a}]\n"),
            "s.yaml:6:21: storage[2]: storage uri 'a' is listed twice");
}

TEST(LoadScenario, LinkFaultsNameListedLinks) {
  const std::string three = header + "  g2: {machine: x}\n  g3: {machine: x}\n";
  EXPECT_EQ(refusal(three + "network: {links: [{between: [g1, g2]}]}\nsteps:\n"
                            "  - fault: {kind: link-down, between: [g3, g1]}\n"),
            "s.yaml:10:39: steps[1].fault.between: no link between g3 and g1; expected a pair "
            "listed in network.links");
  EXPECT_NO_THROW(load_scenario_text(three + "steps:\n  - fault: {kind: link-down, between: [g3, g1]}\n",
                                     "s.yaml"));
}

TEST(LoadScenario, RefusesBadSizesDurationsAndBandwidths) {
  EXPECT_EQ(refusal("format: 1\nname: t\nhosts:\n  g1:\n    machine: x\n    memory: lots\n"),
            "s.yaml:6:13: hosts.g1.memory: expected a size such as 16G or 2048m, got 'lots'");
  EXPECT_EQ(refusal(header + "storage: [{uri: a, size: 1Q}]\n"),
            "s.yaml:6:26: storage[1].size: expected a size such as 16G or 2048m, got '1Q'");
  EXPECT_EQ(refusal(header + "steps:\n  - advance: 10\n"),
            "s.yaml:7:14: steps[1].advance: expected a duration such as 0.1ms, 30s, 10m or 2h, "
            "got '10'");
  const std::string two = header + "  g2: {machine: x}\n";
  EXPECT_EQ(refusal(two + "network: {links: [{between: [g1, g2], bandwidth: fast}]}\n"),
            "s.yaml:7:50: network.links[1].bandwidth: expected a bandwidth such as 10Gbit/s, "
            "100Mbit/s or 125MB/s, got 'fast'");
  EXPECT_EQ(refusal(two + "network: {links: [{between: [g1, g2], latency: 1}]}\n"),
            "s.yaml:7:48: network.links[1].latency: expected a duration such as 0.1ms, 30s, 10m "
            "or 2h, got '1'");
}

// The simulated clock counts 64-bit nanoseconds from 2024-02-01 (core/sim_clock): an advance or
// a fault's after that it cannot reach is refused where it is written, not wrapped to 1731.
TEST(LoadScenario, RefusesTimeBeyondTheSimulatedClock) {
  EXPECT_EQ(refusal(header + "steps:\n  - advance: 3000000h\n"),
            "s.yaml:7:14: steps[1].advance: expected a duration within the simulated clock's range (at most "
            "2562047h: the clock ends at 2316-05-13 08:47:16 UTC), got '3000000h'");
  EXPECT_EQ(refusal(header + "steps:\n  - advance: 2000000h\n  - advance: 600000h\n"),
            "s.yaml:8:14: steps[2].advance: expected an advance that stays within the simulated clock's range (it "
            "ends at 2316-05-13 08:47:16 UTC; the steps before this one advance it by 2000000h), got '600000h'");
  EXPECT_EQ(refusal(header + "steps:\n  - advance: 2000000h\n  - fault: {kind: host-crash, host: g1, after: 600000h}\n"),
            "s.yaml:8:48: steps[2].fault.after: expected an after that stays within the simulated clock's range (it "
            "ends at 2316-05-13 08:47:16 UTC; the steps before this one advance it by 2000000h), got '600000h'");
  EXPECT_EQ(refusal(header + "steps:\n  - advance: 2562047h\n"), "(accepted)");
}

TEST(LoadScenario, RefusesBadRegexes) {
  for (std::string key : {"stdout-matches", "stderr-matches", "output-matches"})
    EXPECT_EQ(refusal(header + "steps:\n  - run: ls\n    expect:\n      " + key + ": '(a'\n"),
              "s.yaml:9:" + std::to_string(9 + key.size()) + ": steps[1].expect." + key +
                  ": expected an ECMAScript regular expression, got '(a'");
}

// A long pattern is refused before std::regex compiles it (the scenario_loader fuzzer found one
// that overflowed the stack in the compiler's recursion).
TEST(LoadScenario, RefusesRegexesTooLongToCompile) {
  const std::string longest(1000, 'a');
  const std::string step = header + "steps:\n  - run: ls\n    expect:\n      output-matches: ";
  EXPECT_NO_THROW(load_scenario_text(step + longest + "\n", "s.yaml"));
  const std::string refused = refusal(step + longest + "a\n");
  EXPECT_TRUE(refused.starts_with("s.yaml:9:23: steps[1].expect.output-matches: expected an ECMAScript regular "
                                  "expression of at most 1000 characters, got 'aaa"))
      << refused;
}

// Matching is breadth-first so that a long command output cannot overflow the stack, which
// leaves back-references out.
TEST(LoadScenario, RefusesBackReferences) {
  EXPECT_EQ(refusal(header + "steps:\n  - run: ls\n    expect:\n      output-matches: '(a)\\1'\n"),
            "s.yaml:9:23: steps[1].expect.output-matches: expected an ECMAScript regular expression "
            "without back-references (kzsim matches breadth-first, in time and stack bounded by the "
            "pattern), got '(a)\\1'");
}

TEST(LoadScenario, FilesNeedAbsolutePaths) {
  EXPECT_EQ(refusal(header + "files:\n  g1:\n    tmp/a: x\n"),
            "s.yaml:8:5: files.g1.tmp/a: expected an absolute path, got 'tmp/a'");
}

TEST(LoadScenario, NamesAFileThatCannotBeRead) {
  try {
    load_scenario("/nonexistent/s.yaml");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "/nonexistent/s.yaml: cannot read the scenario file; expected a "
                           "readable YAML file");
  }
}

TEST(LoadScenario, ReadsAFile) {
  auto path = std::filesystem::temp_directory_path() / "kzsim-load-test.yaml";
  std::ofstream(path) << header << "steps: []\n";
  EXPECT_EQ(load_scenario(path.string()).file, path.string());
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace kzsim::scenario
