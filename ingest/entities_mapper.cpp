// entities.csv: legal entities and their parents, from which groups are formed.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "ingest/mappers.hpp"

namespace oversight {

namespace {

/// An entity's link to its parent, kept for the checks that need the whole file:
/// a parent may be listed after its subsidiaries.
struct ParentLink {
    std::string entity_id;
    std::string parent_entity_id;
    CellLocation parent_cell;
};

void check_parents_exist(const std::vector<ParentLink>& links, const KeyIndex& entities,
                         const std::string& file, Diagnostics& diagnostics) {
    for (const ParentLink& link : links)
        if (!entities.contains(link.parent_entity_id))
            report(diagnostics, diagnostic_code::unknown_reference, file, link.parent_cell.line,
                   link.parent_cell.column,
                   "parent_entity_id '" + link.parent_entity_id + "' of entity '" +
                       link.entity_id + "': no entity with that id in entities.csv");
}

/// A group is the chain of parents up to the top; a chain that returns to itself has
/// no top. Each cycle is reported once, at the parent cell of its member listed first.
void check_no_cycles(const std::vector<ParentLink>& links, const std::string& file,
                     Diagnostics& diagnostics) {
    std::unordered_map<std::string_view, const ParentLink*> link_of;
    for (const ParentLink& link : links) link_of.try_emplace(link.entity_id, &link);

    enum class Walk { Unseen, OnPath, Done };
    std::unordered_map<std::string_view, Walk> state;
    for (const ParentLink& start : links) {
        std::vector<const ParentLink*> path;
        const ParentLink* link = &start;
        while (link && state[link->entity_id] == Walk::Unseen) {
            state[link->entity_id] = Walk::OnPath;
            path.push_back(link);
            const auto parent = link_of.find(link->parent_entity_id);
            link = parent == link_of.end() ? nullptr : parent->second;
        }
        if (link && state[link->entity_id] == Walk::OnPath) {
            const auto first = std::find(path.begin(), path.end(), link);
            const std::vector<const ParentLink*> cycle(first, path.end());
            std::string chain;
            for (const ParentLink* member : cycle) chain += member->entity_id + " -> ";
            chain += link->entity_id;
            const ParentLink* shown = *std::min_element(
                cycle.begin(), cycle.end(), [](const ParentLink* a, const ParentLink* b) {
                    return a->parent_cell.line < b->parent_cell.line;
                });
            report(diagnostics, diagnostic_code::ownership_cycle, file, shown->parent_cell.line,
                   shown->parent_cell.column,
                   "ownership cycle: " + chain + "; a group needs a top parent");
        }
        for (const ParentLink* member : path) state[member->entity_id] = Walk::Done;
    }
}

}  // namespace

void map_entities(MapperInput input, std::vector<Entity>& entities, KnownKeys& keys) {
    TableSchema schema;
    const Column entity_id = schema.required("entity_id");
    const Column name = schema.required("name");
    const Column parent_entity_id = schema.optional("parent_entity_id");
    const Column owner_type = schema.required("owner_type");
    const Column wacc_pct = schema.optional("wacc_pct");

    Table table(input.reader, schema, input.diagnostics, input.progress);
    keys.entities.set_checkable(table.has_column(entity_id));
    std::vector<ParentLink> links;
    while (table.next_row()) {
        Entity entity;
        entity.entity_id = table.text(entity_id);
        entity.name = table.text(name);
        entity.parent_entity_id = table.optional_text(parent_entity_id);
        entity.owner_type = table.code<OwnerType>(owner_type);
        entity.wacc_pct = table.optional_decimal(wacc_pct);

        const bool first_of_its_id = !keys.entities.contains(entity.entity_id);
        check_unique(table, keys.entities, entity_id, entity.entity_id);
        if (entity.parent_entity_id && table.cells_ok({entity_id}) && first_of_its_id)
            links.push_back({entity.entity_id, *entity.parent_entity_id, table.location(parent_entity_id)});
        if (table.row_ok()) entities.push_back(std::move(entity));
    }
    if (!keys.entities.checkable()) return;
    check_parents_exist(links, keys.entities, table.file(), input.diagnostics);
    check_no_cycles(links, table.file(), input.diagnostics);
}

}  // namespace oversight
