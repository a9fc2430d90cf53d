#include "app/assembly_layout.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "world/json_reader.h"

namespace perfuse {

namespace {
std::vector<PortLayout> read_ports(const world::JsonReader& owner) {
    std::vector<PortLayout> ports;
    std::set<std::string> seen;
    for (const world::JsonReader& port : owner.array("ports")) {
        PortLayout p{.id = port.string("id"), .label = port.string("label"), .position_m = port.vec3("position_m")};
        p.direction = port.vec3_or("direction", p.direction);
        if (glm::length(p.direction) < 1e-6f) port.fail_field("direction", "must not be zero");
        p.direction = glm::normalize(p.direction);
        if (!seen.insert(p.id).second) port.fail_field("id", "duplicate port '" + p.id + "'");
        ports.push_back(std::move(p));
    }
    return ports;
}

void check_unique(const AssemblyLayout& layout, const world::JsonReader& where, const std::string& id) {
    if (layout.find_part(id)) where.fail_field("id", "duplicate part '" + id + "'");
    for (const FixtureLayout& f : layout.fixtures)
        if (f.id == id) where.fail_field("id", "duplicate part '" + id + "'");
}
}  // namespace

const PartLayout* AssemblyLayout::find_part(const std::string& id) const {
    for (const PartLayout& p : parts)
        if (p.id == id) return &p;
    return nullptr;
}

const PortLayout* AssemblyLayout::find_port(const std::string& part, const std::string& port) const {
    const std::vector<PortLayout>* ports = nullptr;
    if (const PartLayout* p = find_part(part)) ports = &p->ports;
    for (const FixtureLayout& f : fixtures)
        if (f.id == part) ports = &f.ports;
    if (!ports) return nullptr;
    for (const PortLayout& p : *ports)
        if (p.id == port) return &p;
    return nullptr;
}

std::string AssemblyLayout::label_of(const std::string& part) const {
    if (const PartLayout* p = find_part(part)) return p->label;
    for (const FixtureLayout& f : fixtures)
        if (f.id == part) return f.label;
    return part;
}

bool AssemblyLayout::lays_out(const std::string& kit) const {
    return kits.empty() || std::find(kits.begin(), kits.end(), kit) != kits.end();
}

AssemblyLayout load_assembly_layout(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const nlohmann::json json = world::read_json_file(file.string(), name);
    const world::JsonReader root(json, name);
    AssemblyLayout layout;
    layout.file = name;
    layout.scene = root.string("scene");
    layout.host = root.string("host");
    if (root.has("kits")) layout.kits = root.strings("kits");
    if (root.has("hide_items")) layout.hide_items = root.strings("hide_items");
    layout.junction_m = root.vec3_or("junction_m", layout.junction_m);
    const world::JsonReader trolley = root.at("trolley");
    layout.trolley = {.model = trolley.string("model"),
                      .position_m = trolley.vec3("position_m"),
                      .rotation_y_deg = trolley.number_or("rotation_y_deg", 0.0f)};
    for (const world::JsonReader& part : root.array("parts")) {
        PartLayout p{.id = part.string("id"), .model = part.string_or("model", ""), .label = part.string("label"),
                     .slot_m = part.vec3("slot_m")};
        if (part.has("ring_m")) p.ring_m = part.vec3("ring_m");
        p.pack_model = part.string_or("pack_model", "");
        if (!p.pack_model.empty() && !p.coil()) part.fail_field("pack_model", "only a tubing pack or cannula (no model, no ring) has a pack model");
        if (!p.coil() || part.has("ports")) p.ports = read_ports(part);
        check_unique(layout, part, p.id);
        layout.parts.push_back(std::move(p));
    }
    for (const world::JsonReader& fixture : root.array("fixtures", false)) {
        FixtureLayout f{.id = fixture.string("id"), .label = fixture.string("label"), .ports = read_ports(fixture)};
        check_unique(layout, fixture, f.id);
        layout.fixtures.push_back(std::move(f));
    }
    return layout;
}

std::filesystem::path assembly_layout_file(const std::filesystem::path& asset_dir, const std::string& scene,
                                           const std::string& kit) {
    std::error_code ec;
    for (const std::string& stem : {scene + "_" + kit, scene}) {
        const std::filesystem::path file = asset_dir / "assembly" / (stem + ".json");
        if (std::filesystem::exists(file, ec)) return file;
    }
    return {};
}

AssemblyLayout layout_for_kit(AssemblyLayout layout, const std::vector<std::string>& kit_items) {
    std::erase_if(layout.parts, [&](const PartLayout& part) {
        return std::find(kit_items.begin(), kit_items.end(), part.id) == kit_items.end();
    });
    return layout;
}

}  // namespace perfuse
