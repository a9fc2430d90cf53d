#pragma once
// --scene benchmark: a fixed, heavier test room for renderer benchmarks: 200 objects and about
// 500,000 triangles on a floor, lit like the theatre. Nothing perfusion-specific; only for measuring.
#include "app/room.h"

namespace perfuse {

Room build_benchmark_room();

}  // namespace perfuse
