// The disposables of the limb perfusion circuit, one model per part so a trainee can mount each: a
// small venous reservoir (the drugs and the tracer go in here), the oxygenator with its heat exchanger,
// and the lines the room shows while the limb is perfused (limb vein -> reservoir -> roller pump ->
// oxygenator -> limb artery; procedures-sources 3: pump, oxygenator and heater on a heart-lung
// machine). In the circuit cart's frame (ilp_layout.h). The lines at the limb itself are in the
// patient's frame: ilp_limb_lines.
#include "devices.h"
#include "ilp_layout.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

using namespace ilp;

Model build_ilp_reservoir() {
    ModelBuilder b("ilp_reservoir");
    const glm::vec3 res = kReservoirBase;
    b.add(turned({{0.0f, 0.0f}, {0.03f, 0.0f}, {0.07f, 0.05f}, {0.07f, 0.22f}, {0.0f, kReservoirHeight}}, res, false, 24), "clear_plastic");
    b.add(turned({{0.0f, 0.005f}, {0.025f, 0.005f}, {0.062f, 0.05f}, {0.062f, 0.1f}, {0.0f, 0.1f}}, res, false, 24), "blood_venous");
    // Inlet on the lid, outlet at the bottom.
    b.add(rod(res + glm::vec3(0, kReservoirHeight - 0.01f, 0), res + glm::vec3(0, kReservoirHeight + 0.03f, 0), 0.008f), "connector_orange");
    b.add(rod(res, res - glm::vec3(0, 0.03f, 0), 0.01f), "connector_orange");
    return std::move(b).finish();
}

Model build_ilp_oxygenator() {
    ModelBuilder b("ilp_oxygenator");
    add_oxygenator_body(b, b.root(), kOxygenatorBase, kOxygenatorHeight);
    return std::move(b).finish();
}

Model build_ilp_lines() {
    ModelBuilder b("ilp_lines");
    const glm::vec3 res = kReservoirBase, oxy = kOxygenatorBase;
    const float r = kLineRadius;
    b.add(hose({{-1.3f, 1.0f, 0.2f}, {-0.9f, 1.1f, 0.25f}, res + glm::vec3(0, 0.32f, 0), res + glm::vec3(0, 0.24f, 0)}, r), "blood_venous");
    b.add(hose({res, res + glm::vec3(0.1f, -0.15f, -0.1f), kPumpInlet + glm::vec3(-0.05f, 0.02f, -0.05f), kPumpInlet}, r), "blood_venous");
    b.add(hose({kPumpOutlet, kPumpOutlet + glm::vec3(0.05f, 0.05f, 0.05f), {-0.25f, 0.9f, 0.25f}, oxy + glm::vec3(0.1f, 0.054f, 0)}, r),
          "blood_venous");
    b.add(hose({oxy + glm::vec3(-0.1f, 0.144f, 0), {-0.7f, 1.0f, 0.15f}, {-1.0f, 0.95f, 0.15f}, {-1.3f, 1.0f, 0.15f}}, r), "blood_arterial");
    return std::move(b).finish();
}

// The perfusion lines from the limb's artery and vein towards the circuit on the +Z side (the
// patient's frame, like the tourniquet).
Model build_ilp_limb_lines() {
    ModelBuilder b("ilp_limb_lines");
    b.add(hose({{0.05f, 1.0f, 0.1f}, {0.1f, 1.05f, 0.3f}, {0.2f, 0.95f, 0.5f}, {0.3f, 0.6f, 0.6f}}, 0.006f), "blood_arterial");
    b.add(hose({{0.07f, 1.0f, 0.13f}, {0.18f, 1.04f, 0.3f}, {0.28f, 0.93f, 0.5f}, {0.4f, 0.6f, 0.6f}}, 0.007f), "blood_venous");
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
