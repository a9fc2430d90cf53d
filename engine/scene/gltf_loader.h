#pragma once
// glTF 2.0 (.gltf and .glb) through Assimp into a Scene: meshes (positions, normals generated when
// missing, UV0), the node hierarchy, metallic-roughness materials and their textures, decoded.
// Hostile or broken files never crash: either the whole load fails with one line naming the file and
// the problem, or the broken parts are skipped (or given a placeholder texture) and listed as warnings.
#include <filesystem>
#include <string>
#include <vector>

#include "scene/scene.h"

namespace perfuse {

struct LoadResult {
    Scene scene;                        // empty when error is set
    std::string error;                  // empty on success; else "<file>: <problem>", one line
    std::vector<std::string> warnings;  // "<file>: <what was skipped or replaced>", one line each
    bool ok() const { return error.empty(); }
};

// Node tags: a node's glTF "extras": {"tag": "..."} when present, else its name; the primitives of a
// multi-primitive mesh become child nodes that carry their parent's tag. Texture keys in materials are
// absolute paths for files next to the model and "<file>#embedded<N>" for images inside it; every key
// has a decoded entry in Scene::textures (a placeholder when the image could not be read).
// After loading, world matrices and bounds are already up to date. Assimp's own warnings (faces it
// dropped, for one) are passed on; loads from several threads take turns because its logger is global.
LoadResult load_gltf(const std::filesystem::path& path);

}  // namespace perfuse
