#include "career.h"

#include "json_reader.h"

namespace perfuse::world {

Career load_career(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const nlohmann::json doc = read_json_file(file.string(), name);
    const JsonReader r(doc, name);
    Career c;
    c.title = r.string("title");
    c.also_called = r.strings("also_called");
    c.summary = r.string("summary");
    for (const JsonReader& t : r.array("what_they_do")) c.what_they_do.push_back({t.string("topic"), t.string("text")});
    c.where_they_work = r.string("where_they_work");
    const JsonReader subjects = r.at("school_subjects");
    c.subjects_intro = subjects.string("intro");
    c.school_subjects = subjects.strings("subjects");
    c.subjects_tip = subjects.string("tip");
    c.experience = r.string("experience");
    const auto steps = r.array("training_path");
    for (std::size_t i = 0; i < steps.size(); ++i) {
        // Steps are numbered in the file so authors see the order; the numbers must run 1, 2, 3...
        if (steps[i].number("step") != static_cast<float>(i + 1)) steps[i].fail_field("step", "expected " + std::to_string(i + 1));
        c.training_path.push_back({steps[i].string("title"), steps[i].string("text")});
    }
    if (c.training_path.empty()) r.fail_field("training_path", "needs at least one step");
    c.skills = r.strings("skills");
    for (const JsonReader& s : r.array("skills_in_simulation")) c.skills_in_simulation.push_back({s.string("skill"), s.string("where")});
    if (c.skills_in_simulation.size() != c.skills.size()) r.fail_field("skills_in_simulation", "needs one entry per skill");
    c.colleagues = r.strings("colleagues");
    for (const JsonReader& p : r.array("colleagues_in_rooms"))
        c.colleagues_in_rooms.push_back({p.string("colleague"), p.string("scene"), p.string("item")});
    if (c.colleagues_in_rooms.size() != c.colleagues.size()) r.fail_field("colleagues_in_rooms", "needs one entry per colleague");
    c.growth = r.strings("growth");
    c.professional_body = r.string("professional_body");
    c.how_to_apply = r.string("how_to_apply");
    for (const JsonReader& s : r.array("sources")) c.sources.push_back({s.string("title"), s.string("url")});
    if (c.sources.empty()) r.fail_field("sources", "name at least one source");
    return c;
}

}  // namespace perfuse::world
