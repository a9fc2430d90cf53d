#pragma once
// Perfusion parts used by several machines: the heart-lung machine, the ECMO carts and the isolated
// limb perfusion circuit all share pump heads, oxygenators and blenders, drawn at a chosen size.
#include <string>

#include <glm/glm.hpp>

#include "model_builder.h"

namespace perfuse::assetgen {

// Roller pump module on a console deck at deck_centre_m (top of deck): square housing, horizontal
// raceway under a clear lid, a rotor node "<name>_rotor" that turns about Y, a speed knob and a
// small display on the front face. `module_m` is the module's width and depth.
void add_roller_pump(ModelBuilder& b, NodeId to, const std::string& name, const glm::vec3& deck_centre_m, float module_m);

// Centrifugal pump: motor drive (a puck) facing +Z with a clear cone-shaped pump head on it; the
// head's impeller is node "<name>_impeller" turning about the drive axis.
void add_centrifugal_pump(ModelBuilder& b, NodeId to, const std::string& name, const glm::vec3& centre_m, float drive_radius_m);
// The two halves of it: the drive alone (the console's), and the disposable head alone (a part that
// is mounted on the drive), drawn for a drive of the same size at the same centre.
void add_centrifugal_drive(ModelBuilder& b, NodeId to, const glm::vec3& centre_m, float drive_radius_m);
void add_centrifugal_head(ModelBuilder& b, NodeId to, const std::string& name, const glm::vec3& centre_m, float drive_radius_m);

// Hollow-fibre membrane oxygenator standing on its axis: housing, fibre bundle, integrated heat
// exchanger band, and blood, gas and water ports. base_m = bottom centre.
void add_oxygenator_body(ModelBuilder& b, NodeId to, const glm::vec3& base_m, float height_m);

// Gas blender: oxygen/air mixer with an FiO2 knob and a sweep-gas flowmeter tube, facing +Z.
void add_blender_body(ModelBuilder& b, NodeId to, const glm::vec3& centre_m, float scale = 1.0f);

// A compact heater unit (water bath with a display and two water lines), facing +Z.
void add_heater_box(ModelBuilder& b, NodeId to, const glm::vec3& min_m, const glm::vec3& max_m);

// A patient lying on their back along X with the head towards -X, on a surface at top_y_m.
// Returns nothing; body parts go to `to`. cover_material drapes the body from shoulders to feet.
struct LyingBody {
    float top_y_m = 0.9f;        // mattress surface
    float length_m = 1.75f;      // head to heel
    std::string skin = "skin_light";
    std::string cover = "drape_blue";
    bool cover_legs = true;      // false leaves the right leg bare (isolated limb perfusion)
    bool arm_out = false;        // right arm bare and stretched out on an arm board (arm perfusion)
    bool show_head = true;       // false when a drape screen hides it
    bool show_limbs = true;      // false under surgical drapes, which hide the body's shape
};
void add_lying_body(ModelBuilder& b, NodeId to, const LyingBody& body);

}  // namespace perfuse::assetgen
