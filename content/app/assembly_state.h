#pragma once
// What the 3D assembly view shows, read from the workbench each frame: where each part is, which
// ports are joined by a line, which lines are clamped, and what each line carries. Plain data, so the
// view does not depend on how the workbench stores its state.
#include <string>
#include <vector>

namespace perfuse {

// laid: a tubing pack or cannula in use, drawn as its tube between the ports it is joined to.
inline constexpr const char* kJunction = "junction";

enum class PartPlace { trolley, in_hand, mounted, laid };

struct PortKey {
    // A part or fixture id ("patient" for the patient's sites), or kJunction: a tubing end joined to
    // another tubing end (they meet at the layout's junction).
    std::string part;
    std::string port;
    bool operator==(const PortKey&) const = default;
    bool empty() const { return part.empty(); }
};

// What is inside a line, from the flow model (the colour it shows).
enum class LineContent { empty, crystalloid, blood };

struct LineFluid {
    LineContent content = LineContent::empty;
    double saturation = 0.0;  // 0..1, blood only: dark venous (~0.65) to bright arterial (~1.0)
    bool air = false;         // bubbles in the line
};

struct PartView {
    std::string id;
    PartPlace place = PartPlace::trolley;
};

// A tube: a tubing item between the ports its two ends are joined to (an end not yet joined hangs
// loose: empty key), or a direct joint between two ports.
struct LineView {
    std::string id;  // the tubing item's id, or "a|b" for a direct joint
    PortKey a, b;
    bool clamped = false;
    LineFluid fluid;
};

struct AssemblyState {
    std::vector<PartView> parts;
    std::vector<LineView> lines;
    PortKey chosen_port;  // the first port of a line being drawn (empty: none)

    const PartView* find_part(const std::string& id) const {
        for (const PartView& p : parts)
            if (p.id == id) return &p;
        return nullptr;
    }
};

}  // namespace perfuse
