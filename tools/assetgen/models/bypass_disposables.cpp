// The single-use bypass circuit mounted on the heart-lung machine, one model per part so each can be
// picked and explained: venous reservoir, oxygenator, arterial filter, cardioplegia set, gas blender,
// level and bubble sensors, and the tubing that joins them. All in the console's frame (hlm_layout.h).
#include <cmath>
#include <vector>

#include "devices.h"
#include "hlm_layout.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

using namespace hlm;

namespace {
constexpr float kLineRadius = 0.008f;        // 1/2-inch tubing outer radius, roughly
constexpr float kThinLineRadius = 0.005f;    // suckers, vents, cardioplegia

glm::vec3 pump_port(int pump, float side) {
    return {kPumpX[pump] + side * 0.05f, kPumpTopY + 0.03f, -0.11f};
}
}  // namespace

Model build_venous_reservoir() {
    ModelBuilder b("venous_reservoir");
    const float h = kReservoirHeight;
    b.add(turned({{0.0f, 0.0f}, {0.03f, 0.0f}, {0.09f, 0.07f}, {0.09f, 0.92f * h}, {0.07f, h}, {0.0f, h}}, kReservoirBase, false, 28),
          "clear_plastic");
    // Blood pooled in the bottom, and the filter "sock" the returning blood passes through.
    b.add(turned({{0.0f, 0.005f}, {0.025f, 0.005f}, {0.082f, 0.07f}, {0.082f, 0.12f}, {0.0f, 0.12f}}, kReservoirBase, false, 28),
          "blood_venous");
    b.add(rod(kReservoirBase + glm::vec3(0, 0.12f, 0), kReservoirBase + glm::vec3(0, 0.9f * h, 0), 0.045f, 20), "fibre_white");
    // Inlet ports on the lid and the outlet at the bottom.
    for (int k = 0; k < 4; ++k) {
        const glm::vec3 p = kReservoirBase + glm::vec3(-0.04f + 0.027f * static_cast<float>(k), h, -0.02f);
        b.add(rod(p, p + glm::vec3(0, 0.035f, 0), 0.008f), "connector_orange");
    }
    b.add(rod(kReservoirBase, kReservoirBase - glm::vec3(0, 0.03f, 0), 0.01f), "connector_orange");
    return std::move(b).finish();
}

Model build_oxygenator() {
    ModelBuilder b("oxygenator");
    add_oxygenator_body(b, b.root(), kOxygenatorBase, kOxygenatorHeight);
    return std::move(b).finish();
}

Model build_arterial_filter() {
    ModelBuilder b("arterial_filter");
    const float h = kFilterHeight;
    b.add(turned({{0.0f, 0.0f}, {0.012f, 0.0f}, {0.035f, 0.03f}, {0.035f, 0.9f * h}, {0.02f, h}, {0.0f, h}}, kFilterBase, false, 24),
          "clear_plastic");
    // Pleated screen inside: a ring of thin fins.
    for (int k = 0; k < 12; ++k) {
        const float a = glm::radians(30.0f * static_cast<float>(k));
        const glm::vec3 c = kFilterBase + glm::vec3(0.022f * std::cos(a), 0.0f, 0.022f * std::sin(a));
        b.add(rod(c + glm::vec3(0, 0.035f, 0), c + glm::vec3(0, 0.85f * h, 0), 0.005f, 6), "fibre_white");
    }
    // Purge line from the top, which lets trapped air out.
    b.add(hose({kFilterBase + glm::vec3(0, h, 0), kFilterBase + glm::vec3(0.02f, h + 0.1f, 0.0f), kReservoirBase + glm::vec3(-0.03f, kReservoirHeight + 0.05f, -0.02f)},
               0.003f),
          "tubing_clear");
    return std::move(b).finish();
}

Model build_cardioplegia_set() {
    ModelBuilder b("cardioplegia_set");
    add_fluid_bag(b, b.root(), {kRightPole.x, kPoleTopY - 0.04f, kRightPole.z + 0.05f}, 0.26f, "cardioplegia");
    // Heat exchanger with bubble trap: cools the solution before it goes to the heart.
    const glm::vec3 hx = kRightPole + glm::vec3(0.0f, 0.33f, 0.1f);
    b.add(rod(hx, hx + glm::vec3(0, 0.16f, 0), 0.035f, 20), "clear_plastic");
    b.add(rod(hx + glm::vec3(0, 0.02f, 0), hx + glm::vec3(0, 0.1f, 0), 0.028f, 20), "water_blue");
    b.add(rod(hx + glm::vec3(0, 0.16f, 0), hx + glm::vec3(0, 0.2f, 0), 0.015f, 16), "clear_plastic");
    b.add(block({kRightPole.x - 0.015f, hx.y + 0.06f, kRightPole.z}, {kRightPole.x + 0.015f, hx.y + 0.09f, hx.z - 0.03f}), "mid_grey");
    const glm::vec3 bag_out = {kRightPole.x, kPoleTopY - 0.04f - 0.31f, kRightPole.z + 0.05f};
    b.add(hose({bag_out, bag_out + glm::vec3(-0.1f, -0.15f, -0.05f), pump_port(kCardioplegiaPump, 1.0f) + glm::vec3(0, 0.08f, -0.05f),
                pump_port(kCardioplegiaPump, 1.0f)},
               kThinLineRadius),
          "cardioplegia");
    b.add(hose({pump_port(kCardioplegiaPump, -1.0f), pump_port(kCardioplegiaPump, -1.0f) + glm::vec3(0.05f, 0.1f, -0.05f),
                hx + glm::vec3(-0.05f, 0.22f, 0.0f), hx + glm::vec3(0, 0.2f, 0)},
               kThinLineRadius),
          "cardioplegia");
    // Delivery line behind the console to the surgical field.
    b.add(hose({hx, hx + glm::vec3(-0.05f, -0.15f, -0.25f), {0.0f, 0.95f, -0.42f}, {-1.2f, 0.95f, -0.25f}, {kLinesEndX, 1.0f, 0.0f}},
               kThinLineRadius),
          "cardioplegia");
    return std::move(b).finish();
}

Model build_gas_blender() {
    ModelBuilder b("gas_blender");
    add_blender_body(b, b.root(), kBlenderCentre);
    b.add(block(kBlenderCentre + glm::vec3(-0.16f, -0.02f, -0.06f), kBlenderCentre + glm::vec3(-0.06f, 0.02f, -0.04f)), "mid_grey");
    // Sweep gas line to the oxygenator's gas inlet, and the supply hoses (oxygen white, air black).
    const glm::vec3 gas_in = kOxygenatorBase + glm::vec3(0, 1.2f * kOxygenatorHeight, 0);
    b.add(hose({kBlenderCentre + glm::vec3(0, -0.11f, 0), kBlenderCentre + glm::vec3(-0.1f, -0.2f, 0.0f), {-0.5f, 1.15f, -0.05f},
                gas_in + glm::vec3(0, 0.06f, 0), gas_in},
               0.004f),
          "gas_line_green");
    // Supply hoses rise to the gas outlets of a ceiling service pendant (for a 3 m ceiling, like the lights).
    b.add(rounded_block({0.05f, 2.55f, -0.85f}, {0.45f, 3.0f, -0.55f}, 0.03f), "white_enamel");
    b.add(hose({kBlenderCentre + glm::vec3(0.04f, 0.11f, -0.04f), kBlenderCentre + glm::vec3(0.1f, 0.4f, -0.3f), {0.3f, 2.3f, -0.7f},
                {0.3f, 2.56f, -0.7f}},
               0.006f),
          "badge_white");
    b.add(hose({kBlenderCentre + glm::vec3(-0.04f, 0.11f, -0.04f), kBlenderCentre + glm::vec3(0.0f, 0.42f, -0.3f), {0.2f, 2.3f, -0.7f},
                {0.2f, 2.56f, -0.7f}},
               0.006f),
          "dark_grey");
    return std::move(b).finish();
}

Model build_safety_sensors() {
    ModelBuilder b("safety_sensors");
    // Level sensor pad on the reservoir wall at the minimum safe level.
    const glm::vec3 level = kReservoirBase + glm::vec3(0.0f, 0.09f, 0.092f);
    const NodeId level_node = b.node("level_sensor", level);
    b.add(rounded_block({-0.02f, -0.025f, 0.0f}, {0.02f, 0.025f, 0.02f}, 0.004f), "mid_grey", level_node);
    b.add(ball({0.0f, 0.015f, 0.021f}, 0.004f, 8), "led_green", level_node);
    b.add(hose({level + glm::vec3(0, -0.025f, 0.01f), level + glm::vec3(0.05f, -0.2f, 0.1f), {-0.66f, 0.6f, 0.33f}}, 0.003f), "dark_grey");
    // Ultrasonic bubble detector clamped on the arterial line after the filter.
    const glm::vec3 bubble = kFilterBase + glm::vec3(0.0f, -0.06f, 0.0f);
    const NodeId bubble_node = b.node("bubble_detector", bubble);
    b.add(rounded_block({-0.025f, -0.03f, -0.025f}, {0.025f, 0.03f, 0.025f}, 0.005f), "mid_grey", bubble_node);
    b.add(ball({0.0f, 0.018f, 0.026f}, 0.004f, 8), "led_green", bubble_node);
    b.add(hose({bubble + glm::vec3(0.02f, -0.03f, 0.0f), bubble + glm::vec3(0.1f, -0.2f, 0.15f), {-0.66f, 0.55f, 0.33f}}, 0.003f), "dark_grey");
    return std::move(b).finish();
}

Model build_bypass_tubing() {
    ModelBuilder b("bypass_tubing");
    const glm::vec3 res_top = kReservoirBase + glm::vec3(0.0f, kReservoirHeight + 0.035f, -0.02f);
    const glm::vec3 oxy_in = kOxygenatorBase + glm::vec3(0.056f + 0.05f, 0.3f * kOxygenatorHeight, 0.0f);
    const glm::vec3 oxy_out = kOxygenatorBase + glm::vec3(-0.056f - 0.05f, 0.8f * kOxygenatorHeight, 0.0f);
    const glm::vec3 filter_top = kFilterBase + glm::vec3(0.0f, kFilterHeight, 0.0f);
    // Venous line: patient -> reservoir (dark, low-oxygen blood).
    b.add(hose({{kLinesEndX, 1.0f, 0.22f}, {-1.5f, 0.95f, 0.26f}, {-1.1f, 1.35f, 0.26f}, res_top + glm::vec3(-0.04f, 0.08f, 0.0f),
                res_top + glm::vec3(-0.013f, 0.0f, 0.0f)},
               kLineRadius),
          "blood_venous");
    // Reservoir -> arterial pump -> oxygenator.
    b.add(hose({kReservoirBase - glm::vec3(0, 0.03f, 0), kReservoirBase + glm::vec3(0.04f, -0.14f, -0.1f),
                pump_port(kArterialPump, -1.0f) + glm::vec3(-0.05f, 0.02f, -0.05f), pump_port(kArterialPump, -1.0f)},
               kLineRadius),
          "blood_venous");
    b.add(hose({pump_port(kArterialPump, 1.0f), pump_port(kArterialPump, 1.0f) + glm::vec3(0.08f, 0.05f, 0.05f), {-0.5f, 0.93f, 0.22f}, oxy_in},
               kLineRadius),
          "blood_venous");
    // Oxygenator -> arterial filter -> patient (bright, oxygen-rich blood).
    b.add(hose({oxy_out, oxy_out + glm::vec3(-0.03f, 0.06f, -0.02f), filter_top + glm::vec3(0.0f, 0.05f, 0.0f), filter_top}, kLineRadius),
          "blood_arterial");
    b.add(hose({kFilterBase, kFilterBase + glm::vec3(0, -0.08f, 0), kFilterBase + glm::vec3(-0.12f, -0.1f, 0.02f), {-1.5f, 0.9f, 0.16f},
                {kLinesEndX, 1.0f, 0.16f}},
               kLineRadius),
          "blood_arterial");
    // Sucker and vent lines: pumps 2-4 return blood from the field to the reservoir. They run low behind
    // the pump heads, then climb the holder pole to the reservoir lid.
    for (int pump = 1; pump <= 3; ++pump) {
        const float lane = 0.025f * static_cast<float>(pump);
        const float x = kPumpX[pump];
        b.add(hose({{kLinesEndX, 1.02f, 0.0f + lane}, {-1.45f, 0.97f, -0.08f + lane}, {-0.95f, 0.9f, -0.28f - lane},
                    {x + 0.05f, 0.93f, -0.24f}, pump_port(pump, 1.0f)},
                   kThinLineRadius),
              "blood_venous");
        const glm::vec3 port = res_top + glm::vec3(0.014f + 0.01f * static_cast<float>(pump - 1), 0.0f, 0.0f);
        b.add(hose({pump_port(pump, -1.0f), {x - 0.05f, 0.96f, -0.2f}, {-0.6f, 1.02f, -0.16f - lane}, {-0.74f, 1.5f, -0.02f},
                    port + glm::vec3(0.0f, 0.06f, 0.0f), port},
                   kThinLineRadius),
              "blood_venous");
    }
    // Water lines from the oxygenator's heat exchanger to the heater-cooler behind the machine.
    for (float z : {-1.0f, 1.0f}) {
        const glm::vec3 port = kOxygenatorBase + glm::vec3(0.0f, 0.1f * kOxygenatorHeight, z * 0.056f * 1.1f);
        b.add(hose({port, port + glm::vec3(-0.1f, -0.3f, 0.1f), {-1.0f + 0.04f * z, 0.04f, 0.1f}, {-1.0f + 0.04f * z, 0.03f, -0.9f}}, 0.008f),
              "water_blue");
    }
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
