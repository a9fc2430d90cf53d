#pragma once
// The career content for pupils and careers advisers (assets/career/career.json), written in our own
// words from NHSScotland Careers' clinical perfusionist page. Loaded and checked like the scenes.
#include <filesystem>
#include <string>
#include <vector>

namespace perfuse::world {

struct CareerText {
    std::string heading;  // "Heart surgery", "Honours degree", ...
    std::string text;
};

// A skill and where the simulation lets you see or practise it.
struct CareerSkillSeen {
    std::string skill;
    std::string where;
};

// A kind of colleague and the figure that stands for them in a room (for "show me").
struct CareerColleague {
    std::string colleague;
    std::string scene;  // world scene id: theatre, icu, ilp
    std::string item;   // the interactable figure's id in that scene
};

struct CareerSource {
    std::string title;
    std::string url;
};

struct Career {
    std::string title;
    std::vector<std::string> also_called;
    std::string summary;
    std::vector<CareerText> what_they_do;      // heart surgery, isolated limb perfusion, ECMO
    std::string where_they_work;
    std::string subjects_intro;
    std::vector<std::string> school_subjects;
    std::string subjects_tip;
    std::string experience;                    // placements and volunteering
    std::vector<CareerText> training_path;     // in order
    std::vector<std::string> skills;
    std::vector<CareerSkillSeen> skills_in_simulation;  // one per skill, same names
    std::vector<std::string> colleagues;
    std::vector<CareerColleague> colleagues_in_rooms;   // one per colleague, same names
    std::vector<std::string> growth;
    std::string professional_body;
    std::string how_to_apply;
    std::vector<CareerSource> sources;
};

// Throws WorldError ("career.json: training_path[2].text: missing") on any missing or empty field.
Career load_career(const std::filesystem::path& file);

}  // namespace perfuse::world
