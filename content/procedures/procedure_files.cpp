// The procedures folder: which procedure a Learn/Assess choice starts, file paths and the ids present.
#include "procedure_loader.h"

#include <algorithm>
#include <filesystem>

#include "condition_parser.h"

namespace perfuse::procedures {

using nlohmann::json;

std::string procedure_for_choice(const std::string& assets_dir, const std::string& choice, const std::string& age,
                                 std::string& error) {
    const std::string path = assets_dir + "/procedures/choices.json";
    auto text = read_text_file(path, error);
    if (!text) return {};
    auto j = parse_json_text(*text, "choices.json", error);
    if (!j) return {};
    FieldReader r("choices.json");
    const json& list = r.array(*j, "", "choices", true);
    for (size_t i = 0; i < list.size() && !r.failed(); ++i) {
        const std::string c = r.text(list[i], at("choices", i), "choice", true);
        const std::string a = r.text(list[i], at("choices", i), "age", true);
        const std::string p = r.text(list[i], at("choices", i), "procedure", true);
        if (!r.failed() && c == choice && a == age) return p;
    }
    error = r.failed() ? r.error() : "choices.json: no procedure for \"" + choice + "\" with a patient aged \"" + age + "\" yet";
    return {};
}

std::string procedure_path(const std::string& assets_dir, const std::string& id) {
    return assets_dir + "/procedures/" + id + ".json";
}
std::string kit_path(const std::string& assets_dir, const std::string& id) {
    return assets_dir + "/procedures/kits/" + id + ".json";
}

namespace {
std::vector<std::string> json_stems(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path().stem().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}
}  // namespace

std::vector<std::string> procedure_ids(const std::string& assets_dir) {
    std::vector<std::string> ids = json_stems(assets_dir + "/procedures");
    std::erase(ids, std::string("choices"));  // the Learn/Assess choices, not a procedure
    return ids;
}
std::vector<std::string> kit_ids(const std::string& assets_dir) { return json_stems(assets_dir + "/procedures/kits"); }

}  // namespace perfuse::procedures
