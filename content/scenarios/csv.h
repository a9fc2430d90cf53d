#pragma once
// CSV time series of the model's snapshots. Column names are fixed (other tools read them); values that
// do not apply to the circuit are left empty. Saturations are fractions 0-1.
#include <string>

#include "snapshot.h"

namespace perfuse::scenarios {

std::string csv_header();
std::string csv_row(const phys::Snapshot& s);

}  // namespace perfuse::scenarios
