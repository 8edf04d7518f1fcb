// kzsim: a full-system simulator of Oracle Solaris kernel-zone hosts.
#include "tools/command_line.hpp"

int main(int argc, char** argv) {
  kzsim::tools::CommandLine command_line;
  if (auto status = command_line.parse(argc, argv)) return *status;
  return command_line.run();
}
