#include "scene/gltf_precheck.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace perfuse {
namespace {

using nlohmann::json;

// Any nlohmann error, not only parse_error: a number too big for a double (1e999) is an out_of_range,
// which escaped load_gltf as a bare exception without the file name (found by tests/fuzz).
std::string parseProblem(const json::exception& e) {
    std::string what = e.what();  // "[json.exception.parse_error.101] parse error at line 3, ..."
    if (const auto bracket = what.find("] "); bracket != std::string::npos) what.erase(0, bracket + 2);
    return "JSON " + what;
}

// Real glTF is a handful of levels deep; Assimp parses and walks the JSON recursively, so a file
// nested thousands deep (in extras, say) overflowed its stack and crashed (found by tests/fuzz).
constexpr std::size_t kMaxJsonDepth = 64;

std::size_t nestingDepth(const json& doc) {
    std::size_t deepest = 0;
    std::vector<std::pair<const json*, std::size_t>> stack{{&doc, 1}};  // iterative: no recursion here either
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, depth);
        if (depth > kMaxJsonDepth) break;
        if (node->is_structured()) {
            for (const json& child : *node) stack.emplace_back(&child, depth + 1);
        }
    }
    return deepest;
}

// What Assimp needs to be true of the parsed document and does not check itself.
std::string documentProblem(const json& doc) {
    if (!doc.is_object()) return "top level of the JSON is not an object";
    if (nestingDepth(doc) > kMaxJsonDepth) return "JSON nested more than " + std::to_string(kMaxJsonDepth) + " levels deep";
    const auto asset = doc.find("asset");
    if (asset == doc.end() || !asset->is_object() || !asset->contains("version") || !(*asset)["version"].is_string())
        return "no asset.version: not a glTF 2.0 file";
    const std::string version = (*asset)["version"].get<std::string>();
    if (version.rfind("2.", 0) != 0) return "glTF version " + version + " is not supported (need 2.0)";
    if (const auto accessors = doc.find("accessors"); accessors != doc.end() && accessors->is_array()) {
        for (std::size_t i = 0; i < accessors->size(); ++i) {
            const json& accessor = (*accessors)[i];
            if (!accessor.is_object() || !accessor.contains("sparse")) continue;
            // Assimp 5.2 follows sparse.indices and sparse.values without checking they exist.
            const json& sparse = accessor["sparse"];
            const auto has_int = [](const json& o, const char* key) {
                return o.is_object() && o.contains(key) && o[key].is_number_integer();
            };
            const bool complete = sparse.is_object() && has_int(sparse, "count") && sparse.contains("indices") &&
                                  has_int(sparse["indices"], "bufferView") &&
                                  has_int(sparse["indices"], "componentType") && sparse.contains("values") &&
                                  has_int(sparse["values"], "bufferView");
            if (!complete)
                return "accessors[" + std::to_string(i) + "].sparse is incomplete (needs count, indices and values)";
        }
    }
    if (const auto images = doc.find("images"); images != doc.end() && images->is_array()) {
        for (std::size_t i = 0; i < images->size(); ++i) {
            const json& image = (*images)[i];
            if (!image.is_object() || !image.contains("mimeType")) continue;
            const json& mime = image["mimeType"];
            // Assimp 5.2 dereferences strchr(mimeType, '/') + 1 unchecked.
            if (!mime.is_string() || mime.get<std::string>().find('/') == std::string::npos)
                return "images[" + std::to_string(i) + "].mimeType is not a MIME type (expected e.g. image/png)";
        }
    }
    return {};
}

std::uint32_t readU32(const char* bytes) {
    std::uint32_t v = 0;
    std::memcpy(&v, bytes, 4);  // GLB is little-endian, as is every platform we build for
    return v;
}

std::string glbProblem(std::ifstream& in, std::uintmax_t file_size) {
    char header[20] = {};
    in.read(header, sizeof header);
    if (in.gcount() < 20 || std::memcmp(header, "glTF", 4) != 0) return "not a binary glTF (missing 'glTF' header)";
    if (readU32(header + 4) != 2) return "GLB container version " + std::to_string(readU32(header + 4)) + " is not 2";
    const std::uint32_t json_length = readU32(header + 12);
    if (std::memcmp(header + 16, "JSON", 4) != 0) return "GLB does not start with a JSON chunk";
    if (json_length > file_size - 20) return "GLB JSON chunk runs past the end of the file";
    std::string text(json_length, '\0');
    in.read(text.data(), json_length);
    try {
        return documentProblem(json::parse(text));
    } catch (const json::exception& e) {
        return parseProblem(e);
    }
}

std::string gltfProblem(std::ifstream& in) {
    char c = 0;
    while (in.get(c) && std::isspace(static_cast<unsigned char>(c))) {}
    if (!in) return "file holds only whitespace";
    if (c != '{') return "not glTF JSON (does not start with '{')";
    in.seekg(0);
    try {
        return documentProblem(json::parse(in));
    } catch (const json::exception& e) {
        return parseProblem(e);
    }
}

}  // namespace

std::string gltf_precheck(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return "file not found";
    if (std::filesystem::is_directory(path, ec)) return "is a directory, not a glTF file";
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext != ".gltf" && ext != ".glb") return "not a glTF file (expected a .gltf or .glb extension)";
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) return "cannot read file size";
    if (size == 0) return "file is empty";
    std::ifstream in(path, std::ios::binary);
    if (!in) return "cannot open file";
    return ext == ".glb" ? glbProblem(in, size) : gltfProblem(in);
}

}  // namespace perfuse
