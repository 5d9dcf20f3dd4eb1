/// \file provider_briefs.hpp
/// \brief The provider briefs of one market on one date: everything they read (profitability,
/// health, the watchlist, the stress of every provider with its grid) is computed once, so
/// that one brief or a thousand cost the same set-up.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/cli/pipeline.hpp"
#include "reports/brief/brief.hpp"

namespace oversight {

class ProviderBriefs {
public:
    /// Computes for every group (`entities` false) or every entity (true) on `as_of`; with
    /// `only`, the stress of that one provider only (a single brief).
    ProviderBriefs(const StoredMarket& stored, const Assumptions& assumptions, Date as_of, bool entities,
                   const std::string& only = "");
    ~ProviderBriefs();
    ProviderBriefs(const ProviderBriefs&) = delete;
    ProviderBriefs& operator=(const ProviderBriefs&) = delete;

    /// The groups with a setting, in watchlist order (in scope first, riskiest first).
    std::vector<std::string> group_ids() const;

    /// The brief of a group (its top parent's id) or, when built for entities, of an entity.
    /// Throws std::runtime_error when the id is not one (saying what it is instead).
    Brief brief(const std::string& id) const;

private:
    struct Computed;
    std::unique_ptr<Computed> computed_;
};

}  // namespace oversight
