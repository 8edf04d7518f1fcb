#include "firmware-models/firmware_check.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.hpp"

namespace kzsim::firmware {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const catalog::CpuModel& model(const char* id) { return *catalog::Catalog::builtin().find_model(id); }

std::vector<std::string> texts(const std::vector<FirmwareReason>& reasons) {
  std::vector<std::string> result;
  for (const FirmwareReason& reason : reasons) {
    EXPECT_EQ(reason.section, "Hardware Requirements for Oracle Solaris Kernel Zones");
    result.push_back(reason.text);
  }
  return result;
}

TEST(FirmwareReasons, SparcSystemFirmwareFloors) {
  EXPECT_THAT(texts(firmware_reasons(model("sparc-t4"), "8.7", {}, true)),
              ElementsAre("System Firmware 8.7 is below 8.8, the minimum for kernel zones on SPARC T4"));
  EXPECT_THAT(firmware_reasons(model("sparc-t4"), "8.8", {}, true), IsEmpty());
  EXPECT_THAT(firmware_reasons(model("sparc-t4"), "8.10", {}, true), IsEmpty());
  for (const char* id : {"sparc-t5", "sparc-m5", "sparc-m6"}) {
    EXPECT_EQ(firmware_reasons(model(id), "9.4.3", {}, true).size(), 1u) << id;
    EXPECT_THAT(firmware_reasons(model(id), "9.5", {}, true), IsEmpty()) << id;
  }
  for (const char* id : {"sparc-t7", "sparc-m7", "sparc-s7", "sparc-m8", "sparc-t8", "fujitsu-m12"})
    EXPECT_THAT(firmware_reasons(model(id), "1.0", {}, true), IsEmpty()) << id;
}

TEST(FirmwareReasons, FujitsuXcpFloor) {
  EXPECT_THAT(texts(firmware_reasons(model("fujitsu-m10"), "2220", {}, true)),
              ElementsAre("XCP 2220 is below 2230, the minimum for kernel zones on SPARC64 X/X+"));
  EXPECT_THAT(firmware_reasons(model("fujitsu-m10"), "2230", {}, true), IsEmpty());
}

TEST(FirmwareReasons, NoFirmwareMeansTheNewest) {
  for (const catalog::CpuModel& each : catalog::Catalog::builtin().models())
    EXPECT_THAT(firmware_reasons(each, "", {}, true), IsEmpty()) << each.id;
}

TEST(FirmwareReasons, X86BiosSwitchesInTheGuidesOrder) {
  EXPECT_THAT(texts(firmware_reasons(model("intel-haswell"), "", {{"nx", false}, {"vt-x", false}}, true)),
              ElementsAre("the BIOS does not enable CPU virtualization (for example, VT-x)",
                          ::testing::StartsWith("the BIOS does not enable No-eXecute support")));
  EXPECT_THAT(texts(firmware_reasons(model("amd-zen"), "", {{"svm", false}, {"npt", false}, {"nx", true}}, true)),
              ElementsAre("the BIOS does not enable CPU virtualization (for example, VT-x)",
                          ::testing::StartsWith("the BIOS does not enable Extended/Nested Page Table")));
  EXPECT_THAT(firmware_reasons(model("intel-haswell"), "", {{"vt-x", true}, {"ept", true}}, true), IsEmpty());
}

TEST(FirmwareReasons, X86Microcode) {
  EXPECT_THAT(texts(firmware_reasons(model("intel-nehalem"), "", {}, false)),
              ElementsAre("the CPU microcode level is not compatible with kernel zones"));
  EXPECT_THAT(firmware_reasons(model("sparc-t5"), "", {}, false), IsEmpty());  // SPARC has none
}

TEST(FirmwareReasons, RefusesWhatIsNotAVersionOrASwitch) {
  EXPECT_THROW(firmware_reasons(model("sparc-t4"), "eight", {}, true), InputError);
  EXPECT_THROW(firmware_reasons(model("intel-haswell"), "", {{"turbo", false}}, true), InputError);
  EXPECT_THROW(firmware_reasons(model("sparc-t4"), "", {{"vt-x", true}}, true), InputError);
  try {
    firmware_reasons(model("intel-haswell"), "", {{"turbo", false}}, true);
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "BIOS switch 'turbo' for intel-haswell: expected one of: vt-x, svm, "
                           "amd-v, ept, npt, rvi, nx, xd");
  }
}

}  // namespace
}  // namespace kzsim::firmware
