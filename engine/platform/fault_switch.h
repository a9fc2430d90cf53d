#pragma once
// Test-only fault switches: an environment variable such as PERFUSE_FAULT_DEVICE_LOST_AT_FRAME=40
// makes a failure happen at a chosen frame, so fault handling can be tested deterministically.
#include <cstdint>

namespace perfuse {

// True when VARIABLE holds exactly the positive whole number COUNT. Unset, empty, 0 or anything
// else never fires. Read on every call (a getenv per frame is nothing), so tests can arm and
// disarm a switch in-process.
bool fault_switch_fires(const char* variable, uint64_t count);

}  // namespace perfuse
