// The kzsim command line: the input is NUL-separated arguments after "kzsim". Every command line
// is parsed; the subcommands that only read (models, advise) also run. run, shell, exec and bench
// read or write the files they are given and are parsed only.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "tools/command_line.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> words{"kzsim"};
  std::string word;
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] != 0) {
      word += static_cast<char>(data[i]);
      continue;
    }
    words.push_back(word);
    word.clear();
  }
  if (!word.empty()) words.push_back(word);
  std::vector<const char*> argv;
  for (const auto& w : words) argv.push_back(w.c_str());
  kzsim::tools::CommandLine command_line;
  if (command_line.parse(static_cast<int>(argv.size()), argv.data())) return 0;
  static const std::set<std::string> kReadOnly{"models", "advise"};
  if (kReadOnly.contains(command_line.subcommand())) command_line.run();
  return 0;
}
