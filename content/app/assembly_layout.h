#pragma once
// Where circuit assembly happens in a room (assets/assembly/<scene>.json, or <scene>_<kit>.json for a
// kit set out at another place in the same room): the kits it lays out, the trolley the parts wait
// on, each part's model, slot on the trolley and ports, the ports of fixed equipment (pump, patient,
// gas and water supplies), and the scene items the loose parts replace while a circuit is built.
// Positions are in the frame of the room's host item (the heart-lung machine, the ECMO cart...), which is
// also the frame the generated part models are built in, so a mounted part sits where its model says.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace perfuse {

struct PortLayout {
    std::string id;           // the workbench's port id on its part ("in", "out", "gas_in", a patient site...)
    std::string label;        // shown beside the marker
    glm::vec3 position_m{0};  // host frame, with the part mounted
    glm::vec3 direction{0, 1, 0};  // the way a tube leaves the port (host frame)
};

struct PartLayout {
    std::string id;      // the workbench's part id
    std::string model;   // generated model (.glb stem), built in the host frame at its mounted place;
                         // empty: a ring of tubing (a pump boot, mounted at ring_m) or a tubing pack or
                         // cannula (a coil on the trolley, then the tube it is laid as)
    std::string pack_model;  // a coil only: how it looks on the trolley, still packed (empty: a plain coil)
    std::string label;
    std::optional<glm::vec3> ring_m;  // host frame: where a model-less mounted part sits (its centre)
    glm::vec3 slot_m{0};  // trolley frame: where the part's centre rests on the trolley
    // Mounted parts: their ports. Tubing and cannulae: an end that stays at one place once laid
    // (a cannula's connector in the surgical field); their other ends go where they are joined.
    std::vector<PortLayout> ports;
    bool coil() const { return model.empty() && !ring_m; }
};

// Equipment that is already in place (pump boots, the patient's cannulae, gas and water outlets).
struct FixtureLayout {
    std::string id;  // the workbench's part id ("patient" for the patient's sites)
    std::string label;
    std::vector<PortLayout> ports;
};

struct TrolleyLayout {
    std::string model;
    glm::vec3 position_m{0};  // room frame, on the floor
    float rotation_y_deg = 0;
};

struct AssemblyLayout {
    std::string file;                     // the file it was read from (its name), for messages
    std::string scene;                    // theatre, icu, ilp
    std::vector<std::string> kits;        // the kits (assets/procedures/kits) it lays out; empty: any
    std::string host;                     // scene item whose frame the positions use
    std::vector<std::string> hide_items;  // scene items the loose parts stand in for
    TrolleyLayout trolley;
    // Host frame: where two tubing ends joined to each other lie (the loop of a tubing pack joined
    // end to end for priming, before it goes to the patient).
    glm::vec3 junction_m{0.0f, 1.0f, 0.0f};
    std::vector<PartLayout> parts;
    std::vector<FixtureLayout> fixtures;

    const PartLayout* find_part(const std::string& id) const;
    // A part's or fixture's port; nullptr when either is unknown.
    const PortLayout* find_port(const std::string& part, const std::string& port) const;
    std::string label_of(const std::string& part) const;  // the part's or fixture's label, else its id
    bool lays_out(const std::string& kit) const;  // true when KIT is one of kits (or kits is empty)
};

// Throws std::runtime_error with one line "FILE: field: problem" (missing file, bad JSON, missing or
// wrong field, duplicate part or port id, a pack model on a part that is not a coil).
AssemblyLayout load_assembly_layout(const std::filesystem::path& file);

// The layout for KIT in SCENE: assets/assembly/<scene>_<kit>.json when there is one, else
// assets/assembly/<scene>.json; an empty path when neither exists.
std::filesystem::path assembly_layout_file(const std::filesystem::path& asset_dir, const std::string& scene,
                                           const std::string& kit);

// LAYOUT without the parts KIT does not have (a layout may serve several kits: the adult ECMO cart's
// lists the cannulae of both its kits).
AssemblyLayout layout_for_kit(AssemblyLayout layout, const std::vector<std::string>& kit_items);

}  // namespace perfuse
