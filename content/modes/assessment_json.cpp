#include "modes/assessment_json.h"

#include "modes/json_fields.h"

namespace perfuse::modes {

namespace {
const nlohmann::json& array_at(const nlohmann::json& doc, const char* key) {
    static const nlohmann::json empty = nlohmann::json::array();
    const auto it = doc.find(key);
    if (it == doc.end()) return empty;
    if (!it->is_array()) throw SaveError(std::string(key) + ": expected a list");
    return *it;
}

double number_at(const nlohmann::json& obj, const std::string& key) {
    float value = 0.0f;
    read_field(obj, key, value);
    return obj.contains(key) ? obj.at(key).get<double>() : 0.0;  // full precision once checked
}

std::vector<double> numbers_at(const nlohmann::json& obj, const char* key) {
    std::vector<double> out;
    for (const nlohmann::json& v : array_at(obj, key)) {
        if (!v.is_number()) throw SaveError(std::string(key) + ": expected numbers");
        out.push_back(v.get<double>());
    }
    return out;
}

template <typename T, typename Read>
std::vector<T> list_at(const nlohmann::json& doc, const char* key, Read read) {
    std::vector<T> out;
    const nlohmann::json& items = array_at(doc, key);
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is_object()) throw SaveError(std::string(key) + "[" + std::to_string(i) + "]: expected an object");
        try {
            out.push_back(read(items[i]));
        } catch (const SaveError& e) {
            throw SaveError(std::string(key) + "[" + std::to_string(i) + "]." + e.what());
        }
    }
    return out;
}
}  // namespace

nlohmann::json assessment_to_json(const Assessment& a) {
    nlohmann::json steps = nlohmann::json::array(), errors = nlohmann::json::array();
    nlohmann::json crises = nlohmann::json::array(), trends = nlohmann::json::array();
    for (const AssessedStep& s : a.steps)
        steps.push_back({{"title", s.title}, {"correct", s.correct}, {"safety_critical", s.safety_critical}, {"note", s.note}});
    for (const AssessedError& e : a.errors)
        errors.push_back({{"time_s", e.time_s}, {"text", e.text}, {"safety_critical", e.safety_critical}});
    for (const AssessedCrisis& c : a.crises)
        crises.push_back({{"name", c.name}, {"onset_s", c.onset_s}, {"handled", c.handled},
                          {"response_s", c.response_s}, {"note", c.note}});
    for (const TrendSeries& t : a.trends)
        trends.push_back({{"name", t.name}, {"unit", t.unit}, {"times_s", t.times_s}, {"values", t.values},
                          {"safe_low", t.safe_low}, {"safe_high", t.safe_high}});
    return {{"version", 1}, {"trainee", a.trainee}, {"procedure", a.procedure}, {"patient", a.patient},
            {"date", a.date}, {"duration_s", a.duration_s}, {"score_percent", a.score_percent},
            {"passed", a.passed}, {"steps", steps}, {"errors", errors}, {"crises", crises}, {"trends", trends}};
}

Assessment assessment_from_json(const nlohmann::json& doc) {
    if (!doc.is_object()) throw SaveError("expected an object");
    read_version(doc, 1);
    Assessment a;
    read_field(doc, "trainee", a.trainee);
    read_field(doc, "procedure", a.procedure);
    read_field(doc, "patient", a.patient);
    read_field(doc, "date", a.date);
    a.duration_s = number_at(doc, "duration_s");
    read_field(doc, "score_percent", a.score_percent);
    read_field(doc, "passed", a.passed);
    a.steps = list_at<AssessedStep>(doc, "steps", [](const nlohmann::json& j) {
        AssessedStep s;
        read_field(j, "title", s.title);
        read_field(j, "correct", s.correct);
        read_field(j, "safety_critical", s.safety_critical);
        read_field(j, "note", s.note);
        return s;
    });
    a.errors = list_at<AssessedError>(doc, "errors", [](const nlohmann::json& j) {
        AssessedError e;
        e.time_s = number_at(j, "time_s");
        read_field(j, "text", e.text);
        read_field(j, "safety_critical", e.safety_critical);
        return e;
    });
    a.crises = list_at<AssessedCrisis>(doc, "crises", [](const nlohmann::json& j) {
        AssessedCrisis c;
        read_field(j, "name", c.name);
        c.onset_s = number_at(j, "onset_s");
        read_field(j, "handled", c.handled);
        c.response_s = j.contains("response_s") ? number_at(j, "response_s") : -1.0;
        read_field(j, "note", c.note);
        return c;
    });
    a.trends = list_at<TrendSeries>(doc, "trends", [](const nlohmann::json& j) {
        TrendSeries t;
        read_field(j, "name", t.name);
        read_field(j, "unit", t.unit);
        t.times_s = numbers_at(j, "times_s");
        t.values = numbers_at(j, "values");
        if (t.times_s.size() != t.values.size()) throw SaveError("values: must have one value per time");
        t.safe_low = number_at(j, "safe_low");
        t.safe_high = number_at(j, "safe_high");
        return t;
    });
    return a;
}

}  // namespace perfuse::modes
