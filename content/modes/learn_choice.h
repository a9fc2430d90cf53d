#pragma once
// What a trainee picks before Learn or Assess: the procedure, the style (guided, practice, assess)
// and the patient (adult, child or newborn; healthy or failing heart; healthy lungs or ARDS), from
// assets/modes/learn.json, which also says which patients each procedure is offered for.
#include <filesystem>
#include <string>
#include <vector>

namespace perfuse::modes {

struct ChoiceOption {
    std::string id;
    std::string name;  // shown on screen
    std::string text;  // one line of explanation, may be empty
};

struct ProcedureOption {
    ChoiceOption option;
    std::vector<std::string> ages;  // ids of the ages this procedure is offered for
    std::string scene;              // the room it is done in: theatre, icu, ilp
};

struct LearnOptions {
    std::vector<ProcedureOption> procedures;
    std::vector<ChoiceOption> styles;
    std::vector<ChoiceOption> ages;
    std::vector<ChoiceOption> hearts;
    std::vector<ChoiceOption> lungs;
};

struct LearnChoice {
    std::string procedure;  // cpb, va-ecmo, vv-ecmo, ilp (the --procedure ids)
    std::string style;      // guided, practice, assess (the --style ids)
    std::string age;        // adult, child, neonate
    std::string heart;      // healthy, failing
    std::string lungs;      // healthy, ards
    bool operator==(const LearnChoice&) const = default;
};

// Throws world::WorldError naming the file and field; every procedure's ages must be known ages.
LearnOptions load_learn_options(const std::filesystem::path& file);

// The first of everything (a valid choice).
LearnChoice default_choice(const LearnOptions& options);
// "" when CHOICE can be run, else one line saying what does not fit (e.g. limb perfusion for a newborn).
std::string check_choice(const LearnOptions& options, const LearnChoice& choice);
// Keeps CHOICE valid after its procedure changed: an age the procedure does not offer becomes its first.
void fit_age_to_procedure(const LearnOptions& options, LearnChoice& choice);
// "Adult, failing heart, ARDS" from the option names.
std::string patient_text(const LearnOptions& options, const LearnChoice& choice);
const ChoiceOption* find_option(const std::vector<ChoiceOption>& options, const std::string& id);
const ProcedureOption* find_procedure(const LearnOptions& options, const std::string& id);

}  // namespace perfuse::modes
