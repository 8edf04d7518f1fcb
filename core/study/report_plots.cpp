#include "core/study/report_plots.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>

#include <fmt/format.h>

extern char** environ;

namespace kzsim::study {
namespace {

namespace fs = std::filesystem;

std::string label(const Configuration& c) {
  return fmt::format("{} {} frag {}% guest {}", format_size(c.memory), c.policy, c.fragment, format_size(c.guest_page));
}

// gnuplot single-quoted string: a quote is written twice.
std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

struct Chart {
  std::string suffix, title, ylabel;
  double (*value)(const Result&);
};

const Chart charts[] = {
    {"cycles", "cycles per access", "cycles per access", [](const Result& r) { return r.measurement.cycles_per_access(); }},
    {"walk-share", "share of cycles in page walks", "percent of cycles",
     [](const Result& r) { return 100 * r.measurement.walk_share(); }},
};

// One row per configuration label, one column per workload ("-" where it did not boot).
void write_data(const fs::path& file, const std::vector<const Result*>& results, const Chart& chart,
                const std::vector<Workload>& workloads) {
  std::map<std::size_t, std::pair<std::string, std::map<Workload, std::string>>> rows;  // by first index
  std::map<std::string, std::size_t> first_index;
  for (const Result* r : results) {
    const auto name = label(r->configuration);
    const auto index = first_index.emplace(name, r->configuration.index).first->second;
    rows[index].first = name;
    rows[index].second[r->configuration.workload] = r->ok() ? fmt::format("{:.4f}", chart.value(*r)) : "-";
  }
  std::ofstream out(file);
  out << "configuration";
  for (Workload w : workloads) out << ' ' << workload_name(w);
  out << '\n';
  for (const auto& [index, row] : rows) {
    out << '"' << row.first << '"';
    for (Workload w : workloads) out << ' ' << (row.second.contains(w) ? row.second.at(w) : "-");
    out << '\n';
  }
}

std::string script_for(const fs::path& data, const fs::path& base, const std::string& title, const Chart& chart,
                       std::size_t columns) {
  std::string script = fmt::format(
      "set datafile missing '-'\nset style data histograms\nset style histogram clustered gap 1\n"
      "set style fill solid 0.8 border -1\nset key outside right top noenhanced\nset xtics rotate by -30 left noenhanced\n"
      "set title {} noenhanced\nset ylabel {}\nset yrange [0:*]\nset grid ytics\nset bmargin 10\n",
      quoted(title), quoted(chart.ylabel));
  const auto plot = fmt::format("plot for [col=2:{}] {} using col:xtic(1) title columnheader\n", columns + 1,
                                quoted(data.string()));
  script += fmt::format("set terminal svg size 1100,620 font 'sans,11'\nset output {}\n{}", quoted(base.string() + ".svg"), plot);
  script += fmt::format("set terminal pngcairo size 1100,620 font 'sans,10'\nset output {}\n{}set output\n",
                        quoted(base.string() + ".png"), plot);
  return script;
}

// Runs gnuplot on `script` with its output in `log`; the warning, or "" when it worked.
std::string run_gnuplot(const fs::path& script, const fs::path& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  const std::string program = "gnuplot", path = script.string();
  char* argv[] = {const_cast<char*>(program.c_str()), const_cast<char*>(path.c_str()), nullptr};
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned == ENOENT) return "gnuplot not found in PATH; plots skipped (install gnuplot-nox to draw them)";
  if (spawned != 0) return fmt::format("gnuplot could not start ({}); plots skipped", std::strerror(spawned));
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return fmt::format("gnuplot failed (see {}); plots may be missing", log.string());
  return {};
}

}  // namespace

Plots draw_plots(const fs::path& directory, const std::vector<Result>& results) {
  std::map<std::string, std::vector<const Result*>> by_model;
  std::vector<Workload> workloads;
  for (const auto& r : results) {
    by_model[r.configuration.model].push_back(&r);
    if (std::ranges::find(workloads, r.configuration.workload) == workloads.end()) workloads.push_back(r.configuration.workload);
  }
  Plots plots;
  std::string script;
  for (const auto& [model, rows] : by_model) {
    for (const Chart& chart : charts) {
      const std::string name = model + "-" + chart.suffix;
      write_data(directory / (name + ".dat"), rows, chart, workloads);
      script += script_for(directory / (name + ".dat"), directory / name, model + ": " + chart.title, chart, workloads.size());
      plots.svgs.push_back(name + ".svg");
      plots.pngs.push_back(name + ".png");
    }
  }
  const auto script_file = directory / "plots.gp";
  std::ofstream(script_file) << script;
  plots.warning = run_gnuplot(script_file, directory / "plots.log");
  if (!plots.warning.empty()) {
    std::erase_if(plots.svgs, [&](const std::string& svg) { return !fs::exists(directory / svg); });
    std::erase_if(plots.pngs, [&](const std::string& png) { return !fs::exists(directory / png); });
  }
  return plots;
}

}  // namespace kzsim::study
