#pragma once
// A tubing clamp or venous occluder: open (a short connector), partly occluded, or closed (no flow).
#include "part.h"

namespace perfuse::phys {

inline constexpr double kConnectorResistanceMmHgSPerMl = 0.002;  // a short connector (negligible)
// Partial occlusion adds R = range * o / (1 - o): half-occluded ~ a small cannula (approximate).
inline constexpr double kOccluderRangeMmHgSPerMl = 1.0;

class Clamp final : public Part {
public:
    explicit Clamp(PartSpec spec) : Part(std::move(spec)) {}
    double prime_volume_ml() const override { return 5.0; }  // the length of line under the clamp
    void prepare(Network& net, double) override {
        if (closed_ || occlusion_ >= 0.999) { set_law(net, PathLaw{}); return; }
        set_law(net, resistor_law(kConnectorResistanceMmHgSPerMl + kOccluderRangeMmHgSPerMl * occlusion_ / (1.0 - occlusion_)));
    }
    void set_closed(bool c) { closed_ = c; }
    bool closed() const { return closed_; }
    // 0 = fully open, 1 = fully occluded (partial clamping of the venous line).
    void set_occlusion(double o) { occlusion_ = o < 0.0 ? 0.0 : (o > 1.0 ? 1.0 : o); }
    double occlusion() const { return occlusion_; }
    void carry_state_from(const Part& old) override {
        if (const auto* o = dynamic_cast<const Clamp*>(&old)) {
            closed_ = o->closed_;
            occlusion_ = o->occlusion_;
        }
    }

private:
    bool closed_ = false;
    double occlusion_ = 0.0;
};

}  // namespace perfuse::phys
