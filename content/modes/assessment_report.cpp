#include "modes/assessment_report.h"

#include <cstdio>
#include <stdexcept>

#include "modes/assessment_json.h"
#include "modes/html_escape.h"
#include "modes/json_fields.h"
#include "modes/trend_svg.h"
#include "platform/file_io.h"

namespace perfuse::modes {

namespace {
constexpr const char* kDataOpen = "<script type=\"application/json\" id=\"perfuse-assessment\">";
constexpr const char* kDataClose = "</script>";

std::string e(const std::string& s) { return html_escape(s); }

std::string clock_text(double seconds) {
    if (seconds < 0.0) return "-";
    const long long s = static_cast<long long>(seconds + 0.5);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld:%02lld", s / 60, s % 60);
    return buf;
}

std::string summary(const Assessment& a, const ModeText& t) {
    std::string html = "<table class=\"summary\">";
    auto row = [&](const std::string& key, const std::string& value) {
        html += "<tr><th>" + e(t("report." + key)) + "</th><td>" + e(value) + "</td></tr>";
    };
    if (!a.trainee.empty()) row("trainee", a.trainee);
    row("procedure", a.procedure);
    row("patient", a.patient);
    row("date", a.date);
    row("time", clock_text(a.duration_s));
    row("score", std::to_string(a.score_percent) + "%");
    row("result", t(a.passed ? "report.passed" : "report.not_passed"));
    row("steps_correct", std::to_string(a.steps_correct()) + " / " + std::to_string(a.steps.size()));
    row("safety_critical_errors", std::to_string(a.safety_critical_errors()));
    return html + "</table>";
}

std::string steps_table(const Assessment& a, const ModeText& t) {
    std::string html = "<h2>" + e(t("report.steps")) + "</h2><table class=\"steps\"><tr><th>#</th><th>" +
                       e(t("report.step")) + "</th><th>" + e(t("report.outcome")) + "</th><th>" +
                       e(t("report.note")) + "</th></tr>";
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const AssessedStep& s = a.steps[i];
        const std::string cls = s.correct ? "ok" : (s.safety_critical ? "critical" : "wrong");
        std::string outcome = t(s.correct ? "report.correct" : "report.not_correct");
        if (!s.correct && s.safety_critical) outcome += " - " + t("report.safety_critical");
        html += "<tr class=\"" + cls + "\"><td>" + std::to_string(i + 1) + "</td><td>" + e(s.title) + "</td><td>" +
                e(outcome) + "</td><td>" + e(s.note) + "</td></tr>";
    }
    return html + "</table>";
}

std::string errors_list(const Assessment& a, const ModeText& t) {
    std::string html = "<h2>" + e(t("report.errors")) + "</h2>";
    if (a.errors.empty()) return html + "<p>" + e(t("report.no_errors")) + "</p>";
    html += "<table class=\"errors\"><tr><th>" + e(t("report.time")) + "</th><th>" + e(t("report.what")) + "</th></tr>";
    for (const bool critical : {true, false})  // safety-critical ones first: they matter most
        for (const AssessedError& err : a.errors) {
            if (err.safety_critical != critical) continue;
            html += "<tr class=\"" + std::string(critical ? "critical" : "wrong") + "\"><td>" + clock_text(err.time_s) +
                    "</td><td>" + (critical ? "<strong>" + e(t("report.safety_critical")) + ":</strong> " : "") +
                    e(err.text) + "</td></tr>";
        }
    return html + "</table>";
}

std::string crises_table(const Assessment& a, const ModeText& t) {
    std::string html = "<h2>" + e(t("report.crises")) + "</h2>";
    if (a.crises.empty()) return html + "<p>" + e(t("report.no_crises")) + "</p>";
    html += "<table class=\"crises\"><tr><th>" + e(t("report.crisis")) + "</th><th>" + e(t("report.onset")) +
            "</th><th>" + e(t("report.response")) + "</th><th>" + e(t("report.outcome")) + "</th><th>" +
            e(t("report.note")) + "</th></tr>";
    for (const AssessedCrisis& c : a.crises)
        html += "<tr class=\"" + std::string(c.handled ? "ok" : "critical") + "\"><td>" + e(c.name) + "</td><td>" +
                clock_text(c.onset_s) + "</td><td>" + clock_text(c.response_s) + "</td><td>" +
                e(t(c.handled ? "report.handled" : "report.not_handled")) + "</td><td>" + e(c.note) + "</td></tr>";
    return html + "</table>";
}

std::string trends_section(const Assessment& a, const ModeText& t) {
    std::string html = "<h2>" + e(t("report.trends")) + "</h2>";
    if (a.trends.empty()) return html + "<p>" + e(t("report.no_trends")) + "</p>";
    for (const TrendSeries& s : a.trends)
        html += "<figure><figcaption>" + e(s.name + (s.unit.empty() ? "" : " (" + s.unit + ")")) + "</figcaption>" +
                trend_svg(s, t("report.no_data")) + "</figure>";
    return html;
}

std::string embedded_data(const Assessment& a) {
    std::string json = assessment_to_json(a).dump();
    // Inside <script> only "</" could end the block early; JSON allows "<" written as \u003c.
    for (std::size_t at = json.find('<'); at != std::string::npos; at = json.find('<', at)) json.replace(at, 1, "\\u003c");
    return kDataOpen + json + kDataClose;
}

std::string file_safe(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        out += keep ? c : '_';
    }
    return out.empty() ? "assessment" : out.substr(0, 80);
}
}  // namespace

std::string assessment_html(const Assessment& a, const ModeText& t) {
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
                       e(t("report.title") + " - " + a.procedure) + "</title><style>" + t("report.style") +
                       "</style></head><body>";
    html += "<h1>" + e(t("report.title")) + "</h1>";
    html += summary(a, t) + steps_table(a, t) + errors_list(a, t) + crises_table(a, t) + trends_section(a, t);
    html += "<p class=\"footer\">" + e(t("report.footer")) + "</p>";
    html += embedded_data(a) + "</body></html>\n";
    return html;
}

std::filesystem::path write_assessment_report(const std::filesystem::path& folder, const Assessment& a,
                                              const ModeText& t) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw std::runtime_error(folder.string() + ": not a folder (choose a folder for the report)");
    const std::filesystem::path file = folder / (file_safe("perfuse-" + a.procedure + "-" + a.date) + ".html");
    const std::string html = assessment_html(a, t);
    if (const std::string error = write_file_atomic(file, html.data(), html.size()); !error.empty())
        throw std::runtime_error(error);
    return file;
}

Assessment read_assessment_report(const std::string& html) {
    const std::size_t open = html.find(kDataOpen);
    if (open == std::string::npos) throw std::runtime_error("not a Perfuse assessment report (no embedded data)");
    const std::size_t start = open + std::string(kDataOpen).size();
    const std::size_t close = html.find(kDataClose, start);
    if (close == std::string::npos) throw std::runtime_error("report data is cut short");
    try {
        return assessment_from_json(nlohmann::json::parse(html.substr(start, close - start)));
    } catch (const nlohmann::json::exception&) {
        throw std::runtime_error("report data is not valid JSON");
    } catch (const SaveError& err) {
        throw std::runtime_error(std::string("report data: ") + err.what());
    }
}

}  // namespace perfuse::modes
