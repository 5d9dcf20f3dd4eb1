/// \file brief.hpp
/// \brief The document model of a brief: what it says, independent of HTML or PDF.
/// Builders fill it from model results; renderers draw it and never compute.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "reports/brief/chart.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

/// A headline number at the top of a brief.
struct KeyFigure {
    std::string label;
    double value = 0;
    ColumnKind kind = ColumnKind::Number;
    int precision = 0;
    std::string note;  ///< e.g. "CMA 2016-2020: 22.6%"
};

struct Paragraph {
    std::string text;
};

using Block = std::variant<Paragraph, Table, Chart>;

struct Section {
    std::string heading;
    std::vector<Block> blocks;
};

/// A value an analyst needs to reproduce the figures.
struct AssumptionLine {
    std::string key;
    std::string value;
    std::string unit;
    std::string description;
};

struct Brief {
    std::string id;        ///< file stem, e.g. "market-overview"
    std::string title;
    std::string subtitle;
    std::string marking;   ///< protective marking, e.g. "OFFICIAL" or "OFFICIAL-SENSITIVE"
    std::string as_of;     ///< ISO date the figures speak of
    std::vector<KeyFigure> key_figures;
    std::vector<Section> sections;
    std::vector<std::string> method_notes;
    std::vector<AssumptionLine> assumptions;
    std::vector<std::string> data_sources;
};

/// Every table of the brief, in the order of its sections (what the extracts write).
std::vector<const Table*> tables_of(const Brief& brief);

/// Assumption lines as a table: key, value, unit, meaning.
Table assumptions_table(std::string id, std::string caption, const std::vector<AssumptionLine>& lines);

}  // namespace oversight
