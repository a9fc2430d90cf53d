#pragma once
// A stand-in theatre from primitives (floor, walls, table, a heart-lung-machine-sized console,
// lights). Used when the generated world is not available, and as a small fixed scene for tests.
#include "app/room.h"

namespace perfuse {

Room build_placeholder_room();

}  // namespace perfuse
