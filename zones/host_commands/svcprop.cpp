// svcprop -p PG/PROP FMRI: one property of a service or instance.
#include <fmt/format.h>

#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/host_commands/smf.hpp"

namespace kzsim::zones {

namespace {

int run_svcprop(CommandContext& context) {
  auto& call = context.call;
  constexpr std::string_view kUsage = "Usage: svcprop -p pg/prop FMRI";
  auto options = parse_options(call, "", "p", kUsage);
  if (!options) return 2;
  if (options->operands.size() != 1 || !options->values.contains('p')) {
    call.err(fmt::format("{}\n", kUsage));
    return 2;
  }
  const std::string& name = options->operands.front();
  const Service* entity = host_services(context).entity(name);
  if (entity == nullptr) {
    call.err(fmt::format("svcprop: Pattern '{}' doesn't match any entities.\n", name));
    return 1;
  }
  const std::string& property = options->values['p'];
  auto value = context.host.services.property(*entity, property);
  if (!value) {
    call.err(fmt::format("svcprop: Couldn't find property `{}' for {} `{}'.\n", property,
                         entity->is_instance() ? "instance" : "service", entity->fmri));
    return 1;
  }
  call.out(*value + "\n");
  return 0;
}

const bool registered = register_command("svcprop", run_svcprop);

}  // namespace

}  // namespace kzsim::zones
