#pragma once
// One way to write a number in a message, so the console panel, the workbench's refusals and the
// procedure panel all say "0.21", "4.5" and "5000" alike (not "0.210000", "4.50" or "5e+03").
#include <string>

namespace perfuse {

// VALUE with at most two decimals and no trailing zeros: "4.5", "300", "0.21", "0" (never "-0").
std::string plain_number(double value);

}  // namespace perfuse
