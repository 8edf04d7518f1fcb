#include "core/scenario/load_steps.hpp"

#include <regex>

namespace kzsim::scenario {

namespace {

std::string regex(const Field& field) {
  std::string pattern = field.text();
  try {
    std::regex compiled(pattern, std::regex::ECMAScript);
  } catch (const std::regex_error&) {
    field.refuse("an ECMAScript regular expression");
  }
  return pattern;
}

Expectation load_expectation(const Field& expect) {
  Expectation result;
  for (const Field& field :
       expect.entries({"exit", "stdout", "stderr", "output", "stdout-contains", "stderr-contains",
                       "output-contains", "stdout-matches", "stderr-matches", "output-matches"})) {
    const std::string& key = field.key();
    if (key == "exit") result.exit = field.integer(0, 255);
    else if (key == "stdout") result.stdout_text = field.text();
    else if (key == "stderr") result.stderr_text = field.text();
    else if (key == "output") result.output_text = field.text();
    else if (key == "stdout-contains") result.stdout_contains = field.texts();
    else if (key == "stderr-contains") result.stderr_contains = field.texts();
    else if (key == "output-contains") result.output_contains = field.texts();
    else if (key == "stdout-matches") result.stdout_matches = regex(field);
    else if (key == "stderr-matches") result.stderr_matches = regex(field);
    else result.output_matches = regex(field);
  }
  return result;
}

RunStep load_run(const std::vector<Field>& fields, const References& names) {
  RunStep run;
  run.host = names.first_host();
  for (const Field& field : fields) {
    const std::string& key = field.key();
    if (key == "run") run.command = field.text();
    else if (key == "host") run.host = names.host(field);
    else if (key == "stdin") run.stdin_text = field.text();
    else if (key == "expect") run.expect = load_expectation(field);
  }
  // The user is checked once the host is known, whatever the order of the keys.
  if (const Field* user = find(fields, "user")) run.user = names.user(*user, run.host);
  return run;
}

FaultStep load_fault(const Field& fault, const References& names) {
  FaultStep result;
  result.kind = require(fault.entries(), "kind", fault)
                    .one_of({"link-down", "link-up", "host-crash", "host-boot", "storage-offline",
                             "storage-online"});
  if (result.kind.starts_with("link-")) {
    auto fields = fault.entries({"kind", "between"});
    result.between = names.linked_pair(require(fields, "between", fault));
  } else if (result.kind.starts_with("host-")) {
    auto fields = fault.entries({"kind", "host"});
    result.host = names.host(require(fields, "host", fault));
  } else {
    auto fields = fault.entries({"kind", "uri"});
    result.uri = names.uri(require(fields, "uri", fault));
  }
  return result;
}

Step load_step(const Field& item, int number, const References& names) {
  Step step;
  step.number = number;
  step.where = item.where();
  std::vector<Field> fields = item.entries();
  int forms = (find(fields, "run") ? 1 : 0) + (find(fields, "advance") ? 1 : 0) +
              (find(fields, "fault") ? 1 : 0);
  if (forms != 1) item.refuse("exactly one of the step forms run, advance or fault");
  if (find(fields, "run")) {
    step.action = load_run(item.entries({"run", "host", "user", "stdin", "expect"}), names);
  } else if (const Field* advance = find(fields, "advance")) {
    item.entries({"advance"});
    step.action = AdvanceStep{advance->duration()};
  } else {
    item.entries({"fault"});
    step.action = load_fault(*find(fields, "fault"), names);
  }
  return step;
}

}  // namespace

std::vector<Step> load_steps(const Field& steps, const References& names) {
  std::vector<Step> result;
  int number = 0;
  for (const Field& item : steps.items()) result.push_back(load_step(item, ++number, names));
  return result;
}

}  // namespace kzsim::scenario
