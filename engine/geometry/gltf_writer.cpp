#include "gltf_writer.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace perfuse {
namespace {

using nlohmann::json;

// glTF enums.
constexpr int kFloat = 5126;
constexpr int kUnsignedInt = 5125;
constexpr int kArrayBuffer = 34962;
constexpr int kElementArrayBuffer = 34963;
constexpr int kTriangles = 4;

// Floats go into JSON rounded to 6 significant digits: enough for millimetres and colours, and it keeps
// the text short and stable.
double rounded(float v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", static_cast<double>(v));
    return std::strtod(text, nullptr);
}

template <int N>
json vec(const glm::vec<N, float>& v) {
    json a = json::array();
    for (int i = 0; i < N; ++i) a.push_back(rounded(v[i]));
    return a;
}

class GlbBuilder {
public:
    // Appends raw bytes as a new buffer view (4-byte aligned) and returns its index.
    int add_view(const void* data, std::size_t bytes, int target) {
        while (bin_.size() % 4) bin_.push_back(0);
        const std::size_t offset = bin_.size();
        const auto* p = static_cast<const std::uint8_t*>(data);
        bin_.insert(bin_.end(), p, p + bytes);
        views_.push_back({{"buffer", 0}, {"byteOffset", offset}, {"byteLength", bytes}, {"target", target}});
        return static_cast<int>(views_.size()) - 1;
    }

    int add_accessor(json accessor) {
        accessors_.push_back(std::move(accessor));
        return static_cast<int>(accessors_.size()) - 1;
    }

    // One glTF primitive for a mesh: positions, normals, UVs and 32-bit indices.
    json primitive(const Primitive& prim) {
        const MeshData& m = prim.mesh;
        std::vector<float> pos, nrm, uv;
        pos.reserve(m.vertices.size() * 3);
        for (const Vertex& v : m.vertices) {
            pos.insert(pos.end(), {v.position.x, v.position.y, v.position.z});
            nrm.insert(nrm.end(), {v.normal.x, v.normal.y, v.normal.z});
            uv.insert(uv.end(), {v.uv.x, v.uv.y});
        }
        const Bounds b = m.bounds();
        const auto count = m.vertices.size();
        // Accessor min/max must match the data exactly, so these stay unrounded.
        const int p = add_accessor({{"bufferView", add_view(pos.data(), pos.size() * 4, kArrayBuffer)},
                                    {"componentType", kFloat}, {"count", count}, {"type", "VEC3"},
                                    {"min", {b.min.x, b.min.y, b.min.z}}, {"max", {b.max.x, b.max.y, b.max.z}}});
        const int n = add_accessor({{"bufferView", add_view(nrm.data(), nrm.size() * 4, kArrayBuffer)},
                                    {"componentType", kFloat}, {"count", count}, {"type", "VEC3"}});
        const int t = add_accessor({{"bufferView", add_view(uv.data(), uv.size() * 4, kArrayBuffer)},
                                    {"componentType", kFloat}, {"count", count}, {"type", "VEC2"}});
        const int i = add_accessor({{"bufferView", add_view(m.indices.data(), m.indices.size() * 4, kElementArrayBuffer)},
                                    {"componentType", kUnsignedInt}, {"count", m.indices.size()}, {"type", "SCALAR"}});
        return {{"attributes", {{"POSITION", p}, {"NORMAL", n}, {"TEXCOORD_0", t}}},
                {"indices", i}, {"material", prim.material}, {"mode", kTriangles}};
    }

    std::vector<std::uint8_t>& bin() { return bin_; }
    json& views() { return views_; }
    json& accessors() { return accessors_; }

private:
    std::vector<std::uint8_t> bin_;
    json views_ = json::array();
    json accessors_ = json::array();
};

// Texture paths become images referenced by URI (relative to the .glb), one texture per distinct path.
class TextureTable {
public:
    int index(const std::string& uri) {
        for (std::size_t i = 0; i < uris_.size(); ++i)
            if (uris_[i] == uri) return static_cast<int>(i);
        uris_.push_back(uri);
        return static_cast<int>(uris_.size()) - 1;
    }
    bool empty() const { return uris_.empty(); }
    json images() const {
        json a = json::array();
        for (const std::string& uri : uris_) a.push_back({{"uri", uri}});
        return a;
    }
    json textures() const {
        json a = json::array();
        for (std::size_t i = 0; i < uris_.size(); ++i) a.push_back({{"source", i}});
        return a;
    }

private:
    std::vector<std::string> uris_;
};

json material_json(const Material& m, TextureTable& textures) {
    json pbr = {{"baseColorFactor", vec<4>(m.base_color)}, {"metallicFactor", rounded(m.metallic)},
                {"roughnessFactor", rounded(m.roughness)}};
    if (!m.base_color_texture.empty()) pbr["baseColorTexture"] = {{"index", textures.index(m.base_color_texture)}};
    json j = {{"name", m.name}, {"pbrMetallicRoughness", std::move(pbr)}};
    if (!m.normal_texture.empty()) j["normalTexture"] = {{"index", textures.index(m.normal_texture)}};
    if (m.emissive != glm::vec3(0.0f)) j["emissiveFactor"] = vec<3>(m.emissive);
    if (m.base_color.a < 1.0f) j["alphaMode"] = "BLEND";
    return j;
}

void append_u32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int k = 0; k < 4; ++k) out.push_back(static_cast<std::uint8_t>(v >> (8 * k)));  // little-endian
}

}  // namespace

std::vector<std::uint8_t> encode_glb(const Model& model) {
    GlbBuilder glb;
    json meshes = json::array(), nodes = json::array(), materials = json::array();
    TextureTable textures;
    for (const Material& m : model.materials) materials.push_back(material_json(m, textures));
    for (const ModelNode& node : model.nodes) {
        json jn = {{"name", node.name}};
        if (node.translation != glm::vec3(0.0f)) jn["translation"] = vec<3>(node.translation);
        if (node.rotation != glm::quat(1.0f, 0.0f, 0.0f, 0.0f))
            jn["rotation"] = json::array({rounded(node.rotation.x), rounded(node.rotation.y), rounded(node.rotation.z),
                                          rounded(node.rotation.w)});
        if (node.scale != glm::vec3(1.0f)) jn["scale"] = vec<3>(node.scale);
        if (!node.children.empty()) jn["children"] = node.children;
        json prims = json::array();
        for (const Primitive& p : node.primitives)
            if (!p.mesh.indices.empty()) prims.push_back(glb.primitive(p));
        if (!prims.empty()) {
            jn["mesh"] = meshes.size();
            meshes.push_back({{"name", node.name}, {"primitives", std::move(prims)}});
        }
        nodes.push_back(std::move(jn));
    }
    while (glb.bin().size() % 4) glb.bin().push_back(0);
    json doc = {{"asset", {{"version", "2.0"}, {"generator", "perfuse-assetgen"}}},
                {"scene", 0},
                {"scenes", json::array({{{"name", model.name}, {"nodes", json::array({0})}}})},
                {"nodes", std::move(nodes)},
                {"materials", std::move(materials)},
                {"buffers", json::array({{{"byteLength", glb.bin().size()}}})},
                {"bufferViews", std::move(glb.views())},
                {"accessors", std::move(glb.accessors())}};
    if (!meshes.empty()) doc["meshes"] = std::move(meshes);
    if (!textures.empty()) {
        doc["images"] = textures.images();
        doc["textures"] = textures.textures();
    }
    std::string text = doc.dump();
    while (text.size() % 4) text.push_back(' ');  // JSON chunk is padded with spaces by the spec

    std::vector<std::uint8_t> out;
    const std::size_t total = 12 + 8 + text.size() + 8 + glb.bin().size();
    append_u32(out, 0x46546C67u);  // "glTF"
    append_u32(out, 2);
    append_u32(out, static_cast<std::uint32_t>(total));
    append_u32(out, static_cast<std::uint32_t>(text.size()));
    append_u32(out, 0x4E4F534Au);  // "JSON"
    out.insert(out.end(), text.begin(), text.end());
    append_u32(out, static_cast<std::uint32_t>(glb.bin().size()));
    append_u32(out, 0x004E4942u);  // "BIN\0"
    out.insert(out.end(), glb.bin().begin(), glb.bin().end());
    return out;
}

void write_glb(const Model& model, const std::filesystem::path& path) {
    const std::vector<std::uint8_t> bytes = encode_glb(model);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) throw std::runtime_error(path.string() + ": cannot open for writing");
    file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!file) throw std::runtime_error(path.string() + ": write failed");
}

}  // namespace perfuse
