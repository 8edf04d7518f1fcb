#pragma once
// A SPARC T4 host and a way to run zonecfg subcommand lines in a session on it.
#include <gtest/gtest.h>

#include <string>

#include "core/shell/streams.hpp"
#include "core/shell/text_input.hpp"
#include "tests/zones/host_fixture.hpp"
#include "tests/zones/zonecfg/rules_fixtures.hpp"
#include "zones/zonecfg/session.hpp"

namespace kzsim::zones::zonecfg::testing {

class SessionTest : public ::testing::Test {
 protected:
  // Runs the line's subcommands; true when every one succeeded.
  bool run(Session& session, std::string_view line) {
    bool ok = true;
    for (const Words& words : split_line(line).subcommands) ok = session.run(words) == Outcome::Ok && ok;
    return ok;
  }

  Session open(std::string zone, bool live = false) { return Session(host, std::move(zone), live, facts, call); }

  // A committed zone made from SYSsolaris-kz.
  void configure(std::string zone) {
    Session session = open(zone);
    ASSERT_TRUE(run(session, "create -t SYSsolaris-kz;commit")) << streams.err();
  }

  // Answers given to confirmations (reload, revert, ...).
  void answer(std::string lines) { input = shell::TextInput(std::move(lines), false); }

  std::string out() const { return streams.out(); }
  std::string err() const { return streams.err(); }

  catalog::CpuModel model = kzsim::zones::testing::sparc_model();
  Host host = kzsim::zones::testing::host_on(model);
  HostFacts facts = sparc_host();
  shell::RecordingStreams streams;
  shell::TextInput input{"", false};
  shell::Invocation call{{"global"}, {"zonecfg"}, input, streams};
};

}  // namespace kzsim::zones::zonecfg::testing
