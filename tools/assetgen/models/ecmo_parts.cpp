// The disposables of an ECMO cart, one model per part so a trainee can mount each (adult and
// paediatric sizes): the centrifugal pump head, the membrane oxygenator with its built-in heat
// exchanger, and the lines the room shows when the circuit is running (drainage and return lines,
// sweep gas line, heater water lines). All in the cart's frame (ecmo_layout.h). Source for what an
// ECMO circuit holds: procedures-sources 2.1 (pump, oxygenator with heat exchanger, no reservoir).
#include "devices.h"
#include "ecmo_layout.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {
namespace {

Model pump_head(const char* name, const ecmo::Size& size) {
    ModelBuilder b(name);
    add_centrifugal_head(b, b.root(), "centrifugal_pump", ecmo::kDrive, ecmo::drive_radius(size));
    return std::move(b).finish();
}

Model oxygenator(const char* name, const ecmo::Size& size) {
    ModelBuilder b(name);
    add_oxygenator_body(b, b.root(), ecmo::kOxygenatorBase, ecmo::oxygenator_height(size));
    return std::move(b).finish();
}

// The running circuit's lines: drainage from the patient to the pump, pump to oxygenator, return to
// the patient; heater water to and from the heat exchanger; sweep gas from the blender.
Model lines(const char* name, const ecmo::Size& size) {
    ModelBuilder b(name);
    const float r = ecmo::line_radius(size);
    const float end_y = size.line_end_height_m;
    const glm::vec3 pump_in = ecmo::pump_inlet(size), pump_out = ecmo::pump_outlet(size);
    const glm::vec3 oxy_in = ecmo::oxygenator_inlet(size), oxy_out = ecmo::oxygenator_outlet(size);
    b.add(hose({{-1.0f, end_y, 0.05f}, {-0.6f, end_y - 0.2f, 0.35f}, {-0.25f, 0.55f, 0.55f}, pump_in + glm::vec3(0, 0, 0.08f), pump_in}, r),
          "blood_venous");
    b.add(hose({pump_out, pump_out + glm::vec3(0.04f, -0.05f, 0.05f), {0.3f, 0.45f, 0.45f}, oxy_in}, r), "blood_venous");
    b.add(hose({oxy_out, oxy_out + glm::vec3(0.0f, 0.1f, 0.1f), {-0.3f, 0.8f, 0.55f}, {-0.7f, end_y, 0.35f}, {-1.0f, end_y, 0.15f}}, r),
          "blood_arterial");
    for (float dz : {-1.0f, 1.0f})
        b.add(hose({ecmo::heater_port(dz), {0.05f, 0.3f, 0.32f + 0.03f * dz}, ecmo::oxygenator_water_port(size, dz)}, 0.007f), "water_blue");
    b.add(hose({ecmo::kGasOutlet, {0.35f, 0.9f, 0.1f}, {0.3f, 0.75f, 0.35f}, ecmo::oxygenator_gas_inlet(size)}, 0.004f), "gas_line_green");
    return std::move(b).finish();
}

}  // namespace

Model build_ecmo_pump_head() { return pump_head("ecmo_pump_head", ecmo::kAdult); }
Model build_paediatric_pump_head() { return pump_head("paediatric_pump_head", ecmo::kPaediatric); }
Model build_ecmo_oxygenator() { return oxygenator("ecmo_oxygenator", ecmo::kAdult); }
Model build_paediatric_oxygenator() { return oxygenator("paediatric_oxygenator", ecmo::kPaediatric); }
Model build_ecmo_lines() { return lines("ecmo_lines", ecmo::kAdult); }
// The adult's cannulae in the right groin, with their lines towards the cart (the patient's frame).
Model build_ecmo_cannula_lines() {
    ModelBuilder b("ecmo_cannula_lines");
    b.add(hose({{0.05f, 0.8f, 0.12f}, {0.1f, 0.86f, 0.35f}, {0.2f, 0.78f, 0.5f}, {0.25f, 0.55f, 0.6f}}, 0.008f), "blood_venous");
    b.add(hose({{0.08f, 0.8f, 0.16f}, {0.2f, 0.85f, 0.38f}, {0.32f, 0.76f, 0.52f}, {0.38f, 0.55f, 0.6f}}, 0.007f), "blood_arterial");
    return std::move(b).finish();
}
Model build_paediatric_ecmo_lines() { return lines("paediatric_ecmo_lines", ecmo::kPaediatric); }

}  // namespace perfuse::assetgen
