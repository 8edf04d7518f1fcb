// lofiadm: create, fill and list lofi devices, as the guide's virtual CD-ROM procedure uses it.
//   lofiadm [--json]             list (--json: kzsim, not Solaris)
//   lofiadm -r                   new empty removable read-only device
//   lofiadm -r IMAGE DEVICE      insert an image into a removable device
//   lofiadm -a FILE              new device over a file
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "zones/commands.hpp"
#include "zones/devices/lofi.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/network/columns.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage = "usage: lofiadm [-r [IMAGE DEVICE]] | -a FILE";

int refuse(shell::Invocation& call, std::string_view text) {
  call.err(fmt::format("lofiadm: {}\n{}\n", text, kUsage));
  return 1;
}

int list(CommandContext& context, bool json) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& device : lofi_devices(context.host))
    rows.push_back({device.path, device.file.empty() ? "-" : device.file, device.options()});
  print_table(context.call, json, Columns({22, 26}), {"Block Device", "File", "Options"}, rows);
  return 0;
}

int insert(CommandContext& context, const std::string& image, const std::string& path) {
  auto& call = context.call;
  if (!context.host.files.exists(image)) {
    return refuse(call, fmt::format("image '{}' does not exist; expected a file on {}", image, context.host.name));
  }
  auto device = find_lofi(context.host, path);
  if (!device || !device->removable) {
    return refuse(call, fmt::format("'{}' is not a removable lofi device; expected one lofiadm -r created", path));
  }
  if (!device->file.empty()) {
    return refuse(call, fmt::format("{} already holds {}; expected it ejected first", path, device->file));
  }
  device->file = image;
  save_lofi(context.host, *device);
  return 0;
}

int run_lofiadm(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  const auto& args = call.args;
  if (args.size() == 1) return list(context, json);
  if (args[1] == "-r" && args.size() == 2) {
    call.out(add_lofi(context.host, "", true).path + "\n");
    return 0;
  }
  if (args[1] == "-r" && args.size() == 4) return insert(context, args[2], args[3]);
  if (args[1] == "-a" && args.size() == 3) {
    if (!context.host.files.exists(args[2])) {
      return refuse(call, fmt::format("file '{}' does not exist; expected a file on {}", args[2], context.host.name));
    }
    call.out(add_lofi(context.host, args[2], false).path + "\n");
    return 0;
  }
  return refuse(call, fmt::format("unexpected arguments '{}'", fmt::join(args.begin() + 1, args.end(), " ")));
}

const bool registered = register_command("lofiadm", run_lofiadm);

}  // namespace

}  // namespace kzsim::zones
