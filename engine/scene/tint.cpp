#include "scene/tint.h"

#include <algorithm>

namespace perfuse {

bool set_node_color(Scene& scene, NodeId node, const glm::vec4& base_color) {
    if (node >= scene.nodes.size() || scene.nodes[node].mesh < 0) return false;
    Node& n = scene.nodes[node];
    const bool shared = std::count_if(scene.nodes.begin(), scene.nodes.end(),
                                      [&](const Node& other) { return other.material == n.material; }) > 1;
    if (n.material < 0 || shared) {
        Material own = n.material >= 0 ? scene.materials[std::size_t(n.material)] : Material{};
        own.name += "#" + n.name;
        n.material = add_material(scene, own);
    }
    scene.materials[std::size_t(n.material)].base_color = base_color;
    return true;
}

glm::vec4 blend_color(const glm::vec4& from, const glm::vec4& to, float t) {
    return glm::mix(from, to, std::clamp(t, 0.0f, 1.0f));
}

}  // namespace perfuse
