#pragma once
// kzsim tamper ZONE ...: a simulation-only host command that changes a kernel zone's boot
// modules on its boot storage, so that scenarios can show verified boot at work.
#include "zones/commands.hpp"

namespace kzsim::zones {

// kzsim tamper ZONE flip MODULE [OFFSET|text=STRING]
//                                          flips the low bit of one byte of the module: at OFFSET
//                                          (0, the first, by default) or the first of STRING in it
// kzsim tamper ZONE unsign MODULE          removes the module's signature
// kzsim tamper ZONE third-party            adds the vendor's signed driver and puts the vendor's
//                                          certificate in the global zone
// MODULE is the module's path or last component ("unix").
int run_tamper(CommandContext& context);

}  // namespace kzsim::zones
